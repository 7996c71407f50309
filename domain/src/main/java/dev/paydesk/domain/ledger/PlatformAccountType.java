package dev.paydesk.domain.ledger;

/** The provider's own accounts, per currency (SPEC §3). */
public enum PlatformAccountType {
    ACQUIRER_CLEARING,
    FEES,
    VAT_PAYABLE,
    /** Money owed back to customers. */
    CUSTOMERS,
    /** Money that left for a bank. */
    BANK;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
