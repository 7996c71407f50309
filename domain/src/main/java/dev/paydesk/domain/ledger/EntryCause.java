package dev.paydesk.domain.ledger;

import java.util.Objects;

/** What a journal entry records: the business object that moved the money. */
public record EntryCause(Kind kind, String sourceId) {

    public enum Kind { TRANSACTION, REFUND, DISPUTE, SETTLEMENT, PAYOUT, RESERVE_RELEASE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public EntryCause {
        Objects.requireNonNull(kind, "kind");
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("an entry names the id of its cause");
        }
    }

    public static EntryCause of(Kind kind, String sourceId) {
        return new EntryCause(kind, sourceId);
    }
}
