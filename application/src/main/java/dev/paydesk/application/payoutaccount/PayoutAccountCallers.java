package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;

/** Who may do what with payout accounts: merchant users with payout_accounts.manage on their own, operators on all. */
final class PayoutAccountCallers {
    private PayoutAccountCallers() {
    }

    static Principal.MerchantUser manager(CommandContext context) {
        if (context.actor() instanceof Principal.MerchantUser user && user.can(Permission.PAYOUT_ACCOUNTS_MANAGE)) {
            return user;
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "managing payout accounts needs a merchant user with payout_accounts.manage");
    }


    /** The account when the caller may see it; another merchant's account is not found, never forbidden. */
    static PayoutAccount visible(PayoutAccount account, Principal caller, PayoutAccountId id) {
        if (account == null) {
            throw notFound(id);
        }
        if (caller instanceof Principal.MerchantUser user && !account.merchantId().equals(user.merchantId())) {
            throw notFound(id);
        }
        return account;
    }

    static DomainException notFound(PayoutAccountId id) {
        return DomainException.notFound("payout account " + id);
    }
}
