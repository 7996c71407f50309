package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;

/** Use case: one payout account — a merchant user (payout_accounts.manage) sees its own merchant's, an operator any. */
public final class GetPayoutAccount {
    private final UnitOfWork unitOfWork;
    private final PayoutAccountRepository accounts;

    GetPayoutAccount(UnitOfWork unitOfWork, PayoutAccountRepository accounts) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
    }

    public PayoutAccountView get(PayoutAccountId id, CommandContext context) {
        Principal caller = context.actor() instanceof Principal.OperatorPrincipal operator ? operator : PayoutAccountCallers.manager(context);
        return unitOfWork.inTransaction(() -> {
            PayoutAccount account = PayoutAccountCallers.visible(accounts.find(id).orElse(null), caller, id);
            return PayoutAccountView.of(account, accounts.preference(account.merchantId(), account.details().corridor().currency()));
        });
    }
}
