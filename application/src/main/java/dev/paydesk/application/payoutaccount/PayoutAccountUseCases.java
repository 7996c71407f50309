package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.merchant.MerchantRepository;
import dev.paydesk.application.agent.AgentRepository;
import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.calendar.BusinessCalendars;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.payoutaccount.PhoneNumberRule;
import java.time.Clock;

/** Builds the payout-account use cases over their ports, sharing one set of checks, audit and events. */
public final class PayoutAccountUseCases {
    private final CreatePayoutAccount create;
    private final EditPayoutAccount edit;
    private final SubmitPayoutAccount submit;
    private final ReviewPayoutAccount review;
    private final PreferPayoutAccount prefer;
    private final GetPayoutAccount get;
    private final ListPayoutAccounts list;
    private final ListOverduePayoutAccountReviews listOverdue;
    private final ListRejectionReasons rejectionReasons = new ListRejectionReasons();

    public PayoutAccountUseCases(UnitOfWork unitOfWork, MerchantRepository merchants, PayoutAccountRepository accounts, AgentRepository agents,
                                 PayoutAccountEvents events,
                                 AuditLog auditLog, PhoneNumberRule phones, BusinessCalendars calendars, IdGenerator ids, Clock clock) {
        InstantChecks checks = new InstantChecks(agents, phones);
        PayoutAccountAudit audit = new PayoutAccountAudit(auditLog, ids, clock);
        PreferenceChanges preferenceChanges = new PreferenceChanges(accounts, audit, events);
        this.create = new CreatePayoutAccount(unitOfWork, accounts, checks, audit, ids);
        this.edit = new EditPayoutAccount(unitOfWork, accounts, checks, audit);
        this.submit = new SubmitPayoutAccount(unitOfWork, merchants, accounts, checks, calendars, audit, clock);
        this.review = new ReviewPayoutAccount(unitOfWork, accounts, audit, events, preferenceChanges);
        this.prefer = new PreferPayoutAccount(unitOfWork, accounts, preferenceChanges);
        this.get = new GetPayoutAccount(unitOfWork, accounts);
        this.list = new ListPayoutAccounts(unitOfWork, accounts);
        this.listOverdue = new ListOverduePayoutAccountReviews(unitOfWork, accounts, clock);
    }

    public CreatePayoutAccount createPayoutAccount() {
        return create;
    }

    public EditPayoutAccount editPayoutAccount() {
        return edit;
    }

    public SubmitPayoutAccount submitPayoutAccount() {
        return submit;
    }

    public ReviewPayoutAccount reviewPayoutAccount() {
        return review;
    }

    public PreferPayoutAccount preferPayoutAccount() {
        return prefer;
    }

    public GetPayoutAccount getPayoutAccount() {
        return get;
    }

    public ListPayoutAccounts listPayoutAccounts() {
        return list;
    }

    public ListOverduePayoutAccountReviews listOverduePayoutAccountReviews() {
        return listOverdue;
    }

    public ListRejectionReasons listRejectionReasons() {
        return rejectionReasons;
    }
}
