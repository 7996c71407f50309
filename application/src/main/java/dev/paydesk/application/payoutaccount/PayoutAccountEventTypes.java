package dev.paydesk.application.payoutaccount;

/** The event types the payout-account use cases publish. */
public final class PayoutAccountEventTypes {
    public static final String APPROVED = "payout_account.approved";
    public static final String REJECTED = "payout_account.rejected";
    public static final String PREFERRED = "payout_account.preferred";

    private PayoutAccountEventTypes() {
    }
}
