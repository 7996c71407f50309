package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutPreference;
import dev.paydesk.domain.shared.PrefixedId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Use case (payout_accounts.manage): the caller's merchant's payout accounts, newest first, a page at a time. */
public final class ListPayoutAccounts {
    private final UnitOfWork unitOfWork;
    private final PayoutAccountRepository accounts;

    ListPayoutAccounts(UnitOfWork unitOfWork, PayoutAccountRepository accounts) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
    }

    public PayoutAccountPage list(PageRequest page, CommandContext context) {
        Principal.MerchantUser user = PayoutAccountCallers.manager(context);
        PayoutAccountId before = null;
        if (page.cursor() != null) {
            if (!PrefixedId.isValid(page.cursor(), PayoutAccountId.PREFIX)) {
                throw PageRequest.badCursor();
            }
            before = new PayoutAccountId(page.cursor());
        }
        PayoutAccountId cursor = before;
        return unitOfWork.inTransaction(() -> {
            List<PayoutAccount> found = accounts.page(user.merchantId(), cursor, page.limit() + 1);
            Map<Currency, PayoutPreference> preferences = accounts.preferences(user.merchantId()).stream()
                    .collect(Collectors.toMap(PayoutPreference::currency, Function.identity()));
            List<PayoutAccountView> data = found.stream().limit(page.limit())
                    .map(account -> {
                        Currency currency = account.details().corridor().currency();
                        return PayoutAccountView.of(account, preferences.getOrDefault(currency, PayoutPreference.none(user.merchantId(), currency)));
                    })
                    .toList();
            String next = found.size() > page.limit() ? data.get(data.size() - 1).id().value() : null;
            return new PayoutAccountPage(data, next);
        });
    }
}
