package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import java.util.List;

/** The payout-account use cases for tests in other packages (the contract tests of the adapters). */
public final class PayoutAccountUseCasesHarness {
    public static final MerchantId MERCHANT = PayoutAccountTestbed.MERCHANT;

    private final PayoutAccountTestbed bed;
    private final Agent agent;

    public PayoutAccountUseCasesHarness(PaydeskPorts ports) {
        this.bed = new PayoutAccountTestbed(ports);
        this.agent = bed.approvedAgent("NG");
    }

    public PayoutAccountId activeNigerianAccount() {
        return bed.active(PayoutAccountTestbed.nigeria(agent)).id();
    }

    public PayoutAccountId submittedNigerianAccount() {
        return bed.submitted(PayoutAccountTestbed.nigeria(agent)).id();
    }

    public PayoutAccountView prefer(PayoutAccountId id) {
        return bed.accounts.preferPayoutAccount().prefer(id, PayoutAccountTestbed.manager());
    }

    public void approve(PayoutAccountId id) {
        bed.review(id, "bank_account", "approve");
        bed.review(id, "local_entity", "approve");
    }

    /** The ids of the merchant's accounts the list shows as preferred. */
    public List<PayoutAccountId> preferredAccounts() {
        return bed.accounts.listPayoutAccounts().list(PageRequest.first(100), PayoutAccountTestbed.manager()).data().stream()
                .filter(PayoutAccountView::preferred).map(PayoutAccountView::id).toList();
    }
}
