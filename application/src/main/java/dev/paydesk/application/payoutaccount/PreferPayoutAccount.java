package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutPreference;
import dev.paydesk.domain.shared.DomainException;

/**
 * Use case (payout_accounts.manage): makes an account the one its currency's payouts go to. An active
 * account is preferred at once; any other is recorded as a pending switch ({@code preferredPending}) and
 * the previous preferred account stays in use until the review makes this one active. The merchant and
 * currency's preference is locked for the transaction, so concurrent requests leave exactly one
 * preferred account.
 */
public final class PreferPayoutAccount {
    private final UnitOfWork unitOfWork;
    private final PayoutAccountRepository accounts;
    private final PreferenceChanges preferenceChanges;

    PreferPayoutAccount(UnitOfWork unitOfWork, PayoutAccountRepository accounts, PreferenceChanges preferenceChanges) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.preferenceChanges = preferenceChanges;
    }

    public PayoutAccountView prefer(PayoutAccountId id, CommandContext context) {
        Principal.MerchantUser user = PayoutAccountCallers.manager(context);
        return unitOfWork.inTransaction(() -> {
            PayoutAccount seen = PayoutAccountCallers.visible(accounts.find(id).orElse(null), user, id);
            PayoutPreference before = accounts.preferenceForUpdate(seen.merchantId(), seen.details().corridor().currency());
            PayoutAccount account = accounts.findForUpdate(id).orElseThrow();
            if (!account.details().corridor().currency().equals(before.currency())) {
                throw DomainException.invalidState("account " + id + " changed its currency meanwhile; prefer it again");
            }
            PayoutPreference after = before.prefer(account);
            preferenceChanges.save(context, "prefer_payout_account", before, after);
            return PayoutAccountView.of(account, after);
        });
    }
}
