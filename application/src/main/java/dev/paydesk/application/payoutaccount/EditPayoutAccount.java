package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountDetails;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutAccountStatus;
import dev.paydesk.domain.payoutaccount.PayoutPreference;
import dev.paydesk.domain.shared.DomainException;

/**
 * Use case (payout_accounts.manage): PATCH — changes any subset of the fields of a draft, rejected or
 * errored account (see {@link PayoutAccountFields}). The result must pass every instant check. On a
 * rejected or errored account only the review parts whose fields changed are re-opened.
 * The currency of an account that is preferred, or waiting to be, does not change: prefer another
 * account first.
 */
public final class EditPayoutAccount {
    private final UnitOfWork unitOfWork;
    private final PayoutAccountRepository accounts;
    private final InstantChecks checks;
    private final PayoutAccountAudit audit;

    EditPayoutAccount(UnitOfWork unitOfWork, PayoutAccountRepository accounts, InstantChecks checks, PayoutAccountAudit audit) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.checks = checks;
        this.audit = audit;
    }

    public PayoutAccountView edit(PayoutAccountId id, PayoutAccountFields changes, CommandContext context) {
        Principal.MerchantUser user = PayoutAccountCallers.manager(context);
        return unitOfWork.inTransaction(() -> {
            PayoutAccount before = PayoutAccountCallers.visible(accounts.findForUpdate(id).orElse(null), user, id);
            requireEditable(before);
            PayoutAccountDetails details = checks.merged(before.details(), changes);
            PayoutPreference preference = accounts.preference(before.merchantId(), before.details().corridor().currency());
            if (preference.names(id) && !details.corridor().currency().equals(before.details().corridor().currency())) {
                throw DomainException.invalidState("account " + id + " is preferred for "
                        + before.details().corridor().currency().getCurrencyCode() + "; prefer another account before changing its currency");
            }
            PayoutAccount after = before.edit(details);
            accounts.update(after);
            audit.record(context, "edit_payout_account", before, after);
            PayoutPreference now = accounts.preference(after.merchantId(), after.details().corridor().currency());
            return PayoutAccountView.of(after, now);
        });
    }

    /** A state conflict is reported before the field checks: fixing fields would not help. */
    private static void requireEditable(PayoutAccount account) {
        if (account.status() == PayoutAccountStatus.PENDING_APPROVAL || account.status() == PayoutAccountStatus.ACTIVE) {
            throw DomainException.invalidState("a " + account.status().code() + " payout account cannot be edited; add a new account instead");
        }
    }
}
