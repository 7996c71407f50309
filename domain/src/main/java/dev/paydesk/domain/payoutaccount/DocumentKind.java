package dev.paydesk.domain.payoutaccount;

import java.util.Locale;
import java.util.Optional;

/** The documents a payout account carries, and the review part each one belongs to. */
public enum DocumentKind {
    BANK_LETTER(ReviewPart.BANK_ACCOUNT),
    CHANGE_OF_PAYMENT_FORM(ReviewPart.LOCAL_ENTITY),
    TRIPARTY_AGREEMENT(ReviewPart.LOCAL_ENTITY);

    private final ReviewPart part;

    DocumentKind(ReviewPart part) {
        this.part = part;
    }

    public ReviewPart part() {
        return part;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocumentKind> fromCode(String code) {
        for (DocumentKind kind : values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
