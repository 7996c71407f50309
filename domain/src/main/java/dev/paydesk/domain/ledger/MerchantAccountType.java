package dev.paydesk.domain.ledger;

/** The accounts every merchant holds, per currency (SPEC §3). */
public enum MerchantAccountType {
    /** Completed sales not yet settled. */
    SHOP,
    /** Settled, available for payout; negative only through refunds and disputes. */
    MAIN,
    /** Guarantee held back at settlement. */
    RESERVE,
    REFUNDS_IN_FLIGHT,
    DISPUTES_HELD,
    PAYOUT_IN_TRANSIT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
