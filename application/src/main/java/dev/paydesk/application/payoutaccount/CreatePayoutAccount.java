package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountDetails;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;

/**
 * Use case (payout_accounts.manage): a new payout account in {@code draft}, when its details pass every
 * instant check; otherwise {@code validation_failed} with every problem, and nothing is stored.
 */
public final class CreatePayoutAccount {
    private final UnitOfWork unitOfWork;
    private final PayoutAccountRepository accounts;
    private final InstantChecks checks;
    private final PayoutAccountAudit audit;
    private final IdGenerator ids;

    CreatePayoutAccount(UnitOfWork unitOfWork, PayoutAccountRepository accounts, InstantChecks checks, PayoutAccountAudit audit,
                        IdGenerator ids) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.checks = checks;
        this.audit = audit;
        this.ids = ids;
    }

    public PayoutAccountView create(PayoutAccountFields fields, CommandContext context) {
        Principal.MerchantUser user = PayoutAccountCallers.manager(context);
        return unitOfWork.inTransaction(() -> {
            PayoutAccountDetails details = checks.detailsOf(fields);
            PayoutAccount account = PayoutAccount.draft(new PayoutAccountId(ids.next(PayoutAccountId.PREFIX)), user.merchantId(), details);
            accounts.add(account);
            audit.record(context, "create_payout_account", null, account);
            return new PayoutAccountView(account, false, false);
        });
    }
}
