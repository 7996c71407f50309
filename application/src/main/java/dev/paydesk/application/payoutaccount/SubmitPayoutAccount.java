package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.merchant.MerchantRepository;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.application.calendar.BusinessCalendars;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import java.time.Clock;

/**
 * Use case (payout_accounts.manage): sends an account to review, {@code pending_approval}, due 10
 * business days later in the account country's calendar. The instant checks run again first: the agent
 * may have been suspended since the last edit — and the merchant's KYC must be completed
 * ({@code kyc_not_completed}).
 */
public final class SubmitPayoutAccount {
    private final UnitOfWork unitOfWork;
    private final MerchantRepository merchants;
    private final PayoutAccountRepository accounts;
    private final InstantChecks checks;
    private final BusinessCalendars calendars;
    private final PayoutAccountAudit audit;
    private final Clock clock;

    SubmitPayoutAccount(UnitOfWork unitOfWork, MerchantRepository merchants, PayoutAccountRepository accounts, InstantChecks checks,
                        BusinessCalendars calendars, PayoutAccountAudit audit, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.merchants = merchants;
        this.accounts = accounts;
        this.checks = checks;
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
    }

    public PayoutAccountView submit(PayoutAccountId id, CommandContext context) {
        Principal.MerchantUser user = PayoutAccountCallers.manager(context);
        return unitOfWork.inTransaction(() -> {
            PayoutAccount before = PayoutAccountCallers.visible(accounts.findForUpdate(id).orElse(null), user, id);
            boolean verified = merchants.find(before.merchantId()).map(Merchant::verified).orElse(false);
            checks.requireSubmittable(before.details(), verified);
            Country country = Country.fromCode(before.details().corridor().country().code());
            PayoutAccount after = before.submit(clock.instant(), new CalendarBusinessDays(calendars.calendarOf(country)));
            accounts.update(after);
            audit.record(context, "submit_payout_account", before, after);
            return PayoutAccountView.of(after, accounts.preference(after.merchantId(), after.details().corridor().currency()));
        });
    }
}
