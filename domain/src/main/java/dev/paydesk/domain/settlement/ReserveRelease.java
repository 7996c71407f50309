package dev.paydesk.domain.settlement;

import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The release of a due {@link ReserveHold}: its whole amount moves reserve → main. */
public record ReserveRelease(ReserveHold hold, LocalDate releasedOn) {

    public static final String COMMAND = "release_reserve";

    public ReserveRelease {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(releasedOn, "releasedOn");
        if (!hold.isDueOn(releasedOn)) {
            throw new IllegalArgumentException("the hold of " + hold.settlementId() + " is not due before " + hold.releaseOn());
        }
    }

    public JournalEntry journalEntry(String entryId, Instant postedAt) {
        var currency = hold.amount().currency();
        return JournalEntry.builder(entryId, EntryCause.of(EntryCause.Kind.RESERVE_RELEASE, hold.settlementId()), COMMAND, postedAt)
                .transfer(LedgerAccount.merchant(hold.merchantId(), MerchantAccountType.RESERVE, currency),
                        LedgerAccount.merchant(hold.merchantId(), MerchantAccountType.MAIN, currency), hold.amount())
                .build();
    }
}
