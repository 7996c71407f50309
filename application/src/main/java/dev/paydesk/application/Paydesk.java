package dev.paydesk.application;

import dev.paydesk.application.agent.AgentUseCases;
import dev.paydesk.application.agent.ApproveAgent;
import dev.paydesk.application.agent.ListAgents;
import dev.paydesk.application.agent.RegisterAgent;
import dev.paydesk.application.agent.SuspendAgent;
import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.calendar.BusinessCalendars;
import dev.paydesk.application.calendar.ShippedBusinessCalendars;
import dev.paydesk.application.identity.Authenticate;
import dev.paydesk.application.identity.BootstrapOperator;
import dev.paydesk.application.ledger.CheckLedger;
import dev.paydesk.application.payoutaccount.CreatePayoutAccount;
import dev.paydesk.application.payoutaccount.EditPayoutAccount;
import dev.paydesk.application.payoutaccount.GetPayoutAccount;
import dev.paydesk.application.payoutaccount.ListOverduePayoutAccountReviews;
import dev.paydesk.application.payoutaccount.ListPayoutAccounts;
import dev.paydesk.application.payoutaccount.ListRejectionReasons;
import dev.paydesk.application.payoutaccount.PayoutAccountUseCases;
import dev.paydesk.application.payoutaccount.PreferPayoutAccount;
import dev.paydesk.application.payoutaccount.ReviewPayoutAccount;
import dev.paydesk.application.payoutaccount.SubmitPayoutAccount;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.TimeOrderedIdGenerator;
import dev.paydesk.domain.payoutaccount.PhoneNumberRule;
import java.time.Clock;
import java.util.Objects;

/**
 * The embedding entry point: every Paydesk use case, built over the ports of one persistence
 * adapter with plain constructors — no framework. The HTTP server uses the same object.
 *
 * <pre>{@code
 * Paydesk paydesk = Paydesk.over(JdbiPersistence.migrate(dataSource), Clock.systemUTC());
 * LedgerCheck check = paydesk.checkLedger().check();
 * }</pre>
 *
 * The agent and payout-account use cases also need the audit log, a phone-number rule and the business
 * calendars: {@link #over(PaydeskPorts, Clock, IdGenerator, AuditLog, PhoneNumberRule, BusinessCalendars)}.
 * Built without them, those use cases fail when called and say what is missing.
 */
public final class Paydesk {
    private final PaydeskPorts ports;
    private final Clock clock;
    private final IdGenerator ids;

    private final Authenticate authenticate;
    private final BootstrapOperator bootstrapOperator;
    private final CheckLedger checkLedger;
    private final AgentUseCases agents;
    private final PayoutAccountUseCases payoutAccounts;

    private Paydesk(PaydeskPorts ports, Clock clock, IdGenerator ids, AuditLog audit, PhoneNumberRule phones, BusinessCalendars calendars) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.authenticate = new Authenticate(ports.unitOfWork(), ports.operators());
        this.bootstrapOperator = new BootstrapOperator(ports.unitOfWork(), ports.operators(), ids, clock);
        this.checkLedger = new CheckLedger(ports.unitOfWork(), ports.ledger());
        this.agents = new AgentUseCases(ports.unitOfWork(), ports.agents(), audit, ids, clock);
        this.payoutAccounts = new PayoutAccountUseCases(ports.unitOfWork(), ports.payoutAccounts(), ports.agents(),
                ports.payoutAccountEvents(), audit, phones, calendars, ids, clock);
    }

    public static Paydesk over(PaydeskPorts ports, Clock clock) {
        return over(ports, clock, new TimeOrderedIdGenerator(clock));
    }

    public static Paydesk over(PaydeskPorts ports, Clock clock, IdGenerator ids) {
        return new Paydesk(ports, clock, ids,
                Unwired.port(AuditLog.class, "build Paydesk with Paydesk.over(ports, clock, ids, auditLog, phones, calendars)"),
                Unwired.port(PhoneNumberRule.class, "build Paydesk with Paydesk.over(ports, clock, ids, auditLog, phones, calendars)"),
                new ShippedBusinessCalendars());
    }

    public static Paydesk over(PaydeskPorts ports, Clock clock, IdGenerator ids, AuditLog audit, PhoneNumberRule phones,
                               BusinessCalendars calendars) {
        return new Paydesk(ports, clock, ids, Objects.requireNonNull(audit, "audit"), Objects.requireNonNull(phones, "phones"),
                Objects.requireNonNull(calendars, "calendars"));
    }

    public PaydeskPorts ports() {
        return ports;
    }

    public Clock clock() {
        return clock;
    }

    public IdGenerator ids() {
        return ids;
    }

    public Authenticate authenticate() {
        return authenticate;
    }

    public BootstrapOperator bootstrapOperator() {
        return bootstrapOperator;
    }

    public CheckLedger checkLedger() {
        return checkLedger;
    }

    public RegisterAgent registerAgent() {
        return agents.registerAgent();
    }

    public ApproveAgent approveAgent() {
        return agents.approveAgent();
    }

    public SuspendAgent suspendAgent() {
        return agents.suspendAgent();
    }

    public ListAgents listAgents() {
        return agents.listAgents();
    }

    public CreatePayoutAccount createPayoutAccount() {
        return payoutAccounts.createPayoutAccount();
    }

    public EditPayoutAccount editPayoutAccount() {
        return payoutAccounts.editPayoutAccount();
    }

    public SubmitPayoutAccount submitPayoutAccount() {
        return payoutAccounts.submitPayoutAccount();
    }

    public ReviewPayoutAccount reviewPayoutAccount() {
        return payoutAccounts.reviewPayoutAccount();
    }

    public PreferPayoutAccount preferPayoutAccount() {
        return payoutAccounts.preferPayoutAccount();
    }

    public GetPayoutAccount getPayoutAccount() {
        return payoutAccounts.getPayoutAccount();
    }

    public ListPayoutAccounts listPayoutAccounts() {
        return payoutAccounts.listPayoutAccounts();
    }

    public ListOverduePayoutAccountReviews listOverduePayoutAccountReviews() {
        return payoutAccounts.listOverduePayoutAccountReviews();
    }

    public ListRejectionReasons listRejectionReasons() {
        return payoutAccounts.listRejectionReasons();
    }
}
