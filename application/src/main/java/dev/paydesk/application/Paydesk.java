package dev.paydesk.application;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.audit.ListAuditEvents;
import dev.paydesk.application.audit.VerifyAuditLog;
import dev.paydesk.application.diagnostics.ProbeWrite;
import dev.paydesk.application.dispute.AcceptDispute;
import dev.paydesk.application.dispute.DecideDispute;
import dev.paydesk.application.dispute.DisputeUseCases;
import dev.paydesk.application.dispute.ExpireDisputes;
import dev.paydesk.application.dispute.GetDispute;
import dev.paydesk.application.dispute.ListDisputes;
import dev.paydesk.application.dispute.OpenDispute;
import dev.paydesk.application.dispute.OpenOrLostDisputes;
import dev.paydesk.application.dispute.SubmitEvidence;
import dev.paydesk.application.idempotency.PurgeIdempotencyKeys;
import dev.paydesk.application.calendar.AddHoliday;
import dev.paydesk.application.calendar.BusinessCalendars;
import dev.paydesk.application.calendar.GetCalendar;
import dev.paydesk.application.calendar.StoredBusinessCalendars;
import dev.paydesk.application.idempotency.RunIdempotently;
import dev.paydesk.application.job.Jobs;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.event.ListEvents;
import dev.paydesk.application.agent.AgentUseCases;
import dev.paydesk.application.agent.ApproveAgent;
import dev.paydesk.application.agent.ListAgents;
import dev.paydesk.application.agent.RegisterAgent;
import dev.paydesk.application.agent.SuspendAgent;
import dev.paydesk.application.calendar.BusinessCalendars;
import dev.paydesk.application.identity.Authenticate;
import dev.paydesk.application.identity.BootstrapOperator;
import dev.paydesk.application.identity.CreateRole;
import dev.paydesk.application.identity.CreateUser;
import dev.paydesk.application.identity.ListRoles;
import dev.paydesk.application.identity.ListUsers;
import dev.paydesk.application.identity.ManageApiKeys;
import dev.paydesk.application.identity.UpdateUser;
import dev.paydesk.application.ledger.CheckLedger;
import dev.paydesk.application.ledger.ViewBalances;
import dev.paydesk.application.merchant.CreateMerchant;
import dev.paydesk.application.merchant.GetMerchant;
import dev.paydesk.application.merchant.UpdateKyc;
import dev.paydesk.application.settlement.DueSweeps;
import dev.paydesk.application.settlement.GetTariff;
import dev.paydesk.application.settlement.ListSettlements;
import dev.paydesk.application.settlement.OutboxSettlementEvents;
import dev.paydesk.application.settlement.ReleaseReserves;
import dev.paydesk.application.settlement.RunSettlement;
import dev.paydesk.application.settlement.SetTariff;
import dev.paydesk.application.settlement.SweepDueSettlements;
import dev.paydesk.domain.calendar.HolidayData;
import dev.paydesk.application.refund.ApproveRefund;
import dev.paydesk.application.refund.CancelRefund;
import dev.paydesk.application.refund.CreateRefund;
import dev.paydesk.application.refund.ForceRefundRetry;
import dev.paydesk.application.refund.GetRefund;
import dev.paydesk.application.refund.ListRefunds;
import dev.paydesk.application.refund.RecordRefundGatewayResult;
import dev.paydesk.application.refund.RefundDispatch;
import dev.paydesk.application.refund.RefundOutcomes;
import dev.paydesk.application.refund.RefundRetries;
import dev.paydesk.application.refund.RejectRefund;
import dev.paydesk.application.refund.ResendUnansweredRefunds;
import dev.paydesk.application.refund.RetryFailedRefunds;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.TimeOrderedIdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.application.transaction.CancelTransaction;
import dev.paydesk.application.transaction.CompleteTransaction;
import dev.paydesk.application.transaction.GetTransaction;
import dev.paydesk.application.transaction.ListTransactions;
import dev.paydesk.application.transaction.RecordTransaction;
import dev.paydesk.application.transaction.TransactionViews;
import dev.paydesk.application.payoutaccount.CreatePayoutAccount;
import dev.paydesk.application.payoutaccount.EditPayoutAccount;
import dev.paydesk.application.payoutaccount.GetPayoutAccount;
import dev.paydesk.application.payoutaccount.ListOverduePayoutAccountReviews;
import dev.paydesk.application.payoutaccount.ListPayoutAccounts;
import dev.paydesk.application.payoutaccount.ListRejectionReasons;
import dev.paydesk.application.payoutaccount.OutboxPayoutAccountEvents;
import dev.paydesk.application.payoutaccount.PayoutAccountUseCases;
import dev.paydesk.application.payoutaccount.PreferPayoutAccount;
import dev.paydesk.application.payoutaccount.ReviewPayoutAccount;
import dev.paydesk.application.payoutaccount.SubmitPayoutAccount;
import dev.paydesk.domain.payoutaccount.PhoneNumberRule;
import java.time.Clock;
import java.util.List;
import java.time.Duration;
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
    private final ViewBalances viewBalances;
    private final RunIdempotently runIdempotently;
    private final CreateMerchant createMerchant;
    private final GetMerchant getMerchant;
    private final UpdateKyc updateKyc;
    private final CreateUser createUser;
    private final ListUsers listUsers;
    private final UpdateUser updateUser;
    private final CreateRole createRole;
    private final ListRoles listRoles;
    private final ManageApiKeys manageApiKeys;
    private final ListAuditEvents listAuditEvents;
    private final VerifyAuditLog verifyAuditLog;
    private final Jobs jobs;
    private final ProbeWrite probeWrite;
    private final RecordTransaction recordTransaction;
    private final CompleteTransaction completeTransaction;
    private final CancelTransaction cancelTransaction;
    private final GetTransaction getTransaction;
    private final ListTransactions listTransactions;
    private final CreateRefund createRefund;
    private final ApproveRefund approveRefund;
    private final RejectRefund rejectRefund;
    private final CancelRefund cancelRefund;
    private final RecordRefundGatewayResult recordRefundGatewayResult;
    private final RetryFailedRefunds retryFailedRefunds;
    private final ResendUnansweredRefunds resendUnansweredRefunds;
    private final ForceRefundRetry forceRefundRetry;
    private final GetRefund getRefund;
    private final ListRefunds listRefunds;
    private final ListEvents listEvents;
    private final AgentUseCases agents;
    private final PayoutAccountUseCases payoutAccounts;
    private final DisputeUseCases disputes;

    private final BusinessCalendars businessCalendars;
    private final GetCalendar getCalendar;
    private final AddHoliday addHoliday;
    private final SetTariff setTariff;
    private final GetTariff getTariff;
    private final RunSettlement runSettlement;
    private final ReleaseReserves releaseReserves;
    private final ListSettlements listSettlements;
    private final DueSweeps dueSweeps;

    private Paydesk(PaydeskPorts ports, Clock clock, IdGenerator ids, PaydeskOptions options) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(options, "options");
        var unitOfWork = ports.unitOfWork();
        // Stored timestamps keep microseconds (PostgreSQL's precision), so what a use case returns equals what it stored.
        Clock micros = Clock.tick(clock, Duration.ofNanos(1_000));
        AuditRecorder audit = new AuditRecorder(ports.auditLog(), ids, micros);
        HolidayData holidays = HolidayData.load();
        this.businessCalendars = new StoredBusinessCalendars(holidays, ports.holidays(), unitOfWork);
        this.authenticate = new Authenticate(unitOfWork, ports.operators(), ports.apiKeys(), ports.roles());
        this.bootstrapOperator = new BootstrapOperator(unitOfWork, ports.operators(), ids, clock);
        this.checkLedger = new CheckLedger(unitOfWork, ports.ledger());
        this.viewBalances = new ViewBalances(unitOfWork, ports.ledger());
        this.runIdempotently = new RunIdempotently(unitOfWork, ports.idempotency(), clock);
        this.createMerchant = new CreateMerchant(unitOfWork, ports.merchants(), ports.users(), ports.apiKeys(), audit, ids, clock);
        this.getMerchant = new GetMerchant(unitOfWork, ports.merchants());
        this.updateKyc = new UpdateKyc(unitOfWork, ports.merchants(), audit, businessCalendars::calendarOf, clock);
        this.createUser = new CreateUser(unitOfWork, ports.users(), ports.apiKeys(), ports.roles(), audit, ids, clock);
        this.listUsers = new ListUsers(unitOfWork, ports.users());
        this.updateUser = new UpdateUser(unitOfWork, ports.users(), ports.roles(), audit);
        this.createRole = new CreateRole(unitOfWork, ports.roles(), audit);
        this.listRoles = new ListRoles(unitOfWork, ports.roles(), ports.users());
        this.manageApiKeys = new ManageApiKeys(unitOfWork, ports.users(), ports.apiKeys(), audit, ids, clock);
        this.listAuditEvents = new ListAuditEvents(unitOfWork, ports.auditTrail());
        this.verifyAuditLog = new VerifyAuditLog(unitOfWork, ports.auditTrail());
        this.getCalendar = new GetCalendar(businessCalendars);
        this.addHoliday = new AddHoliday(unitOfWork, ports.holidays(), businessCalendars, audit);
        this.setTariff = new SetTariff(unitOfWork, ports.merchants(), ports.tariffs(), audit, clock);
        this.getTariff = new GetTariff(unitOfWork, ports.merchants(), ports.tariffs());
        this.runSettlement = new RunSettlement(unitOfWork, ports.merchants(), ports.sweepableSales(), ports.settlements(), ports.tariffs(),
                ports.reserveHolds(), new OutboxSettlementEvents(ports.events(), ids), ports.settlementRuns(), ports.ledger(), businessCalendars, audit,
                options.settlement(), ids, clock);
        this.releaseReserves = new ReleaseReserves(unitOfWork, ports.reserveHolds(), ports.ledger(), ids, clock);
        this.listSettlements = new ListSettlements(unitOfWork, ports.settlements());
        this.dueSweeps = new DueSweeps(unitOfWork, ports.settlementRuns(), businessCalendars);
        this.probeWrite = new ProbeWrite(unitOfWork, ports.writeProbes(), ids, clock);

        EventRecorder events = new EventRecorder(ports.events(), ids, micros);
        TransactionViews views = new TransactionViews(ports.refunds(), new OpenOrLostDisputes(ports.disputes()));
        this.recordTransaction = new RecordTransaction(ports.unitOfWork(), ports.merchants(), ports.transactions(), ports.ledger(), views, audit, events, ids, micros);
        this.completeTransaction = new CompleteTransaction(ports.unitOfWork(), ports.transactions(), ports.ledger(), views, audit, events, ids, micros);
        this.cancelTransaction = new CancelTransaction(ports.unitOfWork(), ports.transactions(), views, audit, events);
        this.getTransaction = new GetTransaction(ports.unitOfWork(), ports.transactions(), views);
        this.listTransactions = new ListTransactions(ports.unitOfWork(), ports.transactions(), views);

        RefundOutcomes outcomes = new RefundOutcomes(ports.unitOfWork(), ports.refunds(), ports.ledger(), audit, events, ids, micros);
        RefundDispatch dispatch = new RefundDispatch(ports.unitOfWork(), ports.refunds(), ports.transactions(), options.refundGateway(), outcomes);
        RefundRetries retries = new RefundRetries(ports.refunds(), dispatch, audit, events, micros);
        this.createRefund = new CreateRefund(ports.unitOfWork(), ports.transactionClaims(), ports.refunds(), views, audit, events, ids, micros);
        this.approveRefund = new ApproveRefund(ports.unitOfWork(), ports.refunds(), ports.transactionClaims(), ports.ledger(), dispatch, audit, events,
                ids, micros);
        this.rejectRefund = new RejectRefund(ports.unitOfWork(), ports.refunds(), audit, events, micros);
        this.cancelRefund = new CancelRefund(ports.unitOfWork(), ports.refunds(), audit, events, micros);
        this.recordRefundGatewayResult = new RecordRefundGatewayResult(outcomes);
        this.retryFailedRefunds = new RetryFailedRefunds(ports.unitOfWork(), ports.refunds(), retries, micros);
        this.resendUnansweredRefunds = new ResendUnansweredRefunds(ports.unitOfWork(), ports.refunds(), dispatch, micros);
        this.forceRefundRetry = new ForceRefundRetry(ports.unitOfWork(), ports.refunds(), retries);
        this.getRefund = new GetRefund(ports.unitOfWork(), ports.refunds());
        this.listRefunds = new ListRefunds(ports.unitOfWork(), ports.refunds());
        this.listEvents = new ListEvents(ports.unitOfWork(), ports.events());
        this.agents = new AgentUseCases(unitOfWork, ports.agents(), ports.auditLog(), ids, micros);
        this.payoutAccounts = new PayoutAccountUseCases(unitOfWork, ports.merchants(), ports.payoutAccounts(), ports.agents(),
                new OutboxPayoutAccountEvents(events), ports.auditLog(), options.phoneNumbers(), businessCalendars, ids, micros);
        this.disputes = new DisputeUseCases(unitOfWork, ports.transactions(), ports.transactionClaims(), ports.disputes(), ports.ledger(),
                options.documents(), options.disputeSettings(), audit, events, ids, micros);
        this.jobs = new Jobs(List.of(
                retryFailedRefunds,
                resendUnansweredRefunds,
                disputes.expireDisputes(),
                releaseReserves,
                new SweepDueSettlements(dueSweeps, runSettlement, clock),
                new PurgeIdempotencyKeys(unitOfWork, ports.idempotency(), clock)));
    }

    /** With the default options: a simulated refund gateway that succeeds at once, no audit log. */
    public static Paydesk over(PaydeskPorts ports, Clock clock) {
        return over(ports, clock, PaydeskOptions.defaults());
    }

    public static Paydesk over(PaydeskPorts ports, Clock clock, IdGenerator ids) {
        return new Paydesk(ports, clock, ids, PaydeskOptions.defaults());
    }

    public static Paydesk over(PaydeskPorts ports, Clock clock, PaydeskOptions options) {
        return new Paydesk(ports, clock, new TimeOrderedIdGenerator(clock), options);
    }

    public static Paydesk over(PaydeskPorts ports, Clock clock, IdGenerator ids, PaydeskOptions options) {
        return new Paydesk(ports, clock, ids, options);
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

    /** For a driving adapter: runs one request so that its reads and its transaction share a connection ({@link UnitOfWork#sharingOneConnection}). */
    public void serveRequest(UnitOfWork.Task request) throws Exception {
        ports.unitOfWork().sharingOneConnection(request);
    }

    public BootstrapOperator bootstrapOperator() {
        return bootstrapOperator;
    }

    public CheckLedger checkLedger() {
        return checkLedger;
    }

    public ViewBalances viewBalances() {
        return viewBalances;
    }

    public RunIdempotently runIdempotently() {
        return runIdempotently;
    }

    public CreateMerchant createMerchant() {
        return createMerchant;
    }

    public GetMerchant getMerchant() {
        return getMerchant;
    }

    public UpdateKyc updateKyc() {
        return updateKyc;
    }

    public CreateUser createUser() {
        return createUser;
    }

    public ListUsers listUsers() {
        return listUsers;
    }

    public UpdateUser updateUser() {
        return updateUser;
    }

    public CreateRole createRole() {
        return createRole;
    }

    public ListRoles listRoles() {
        return listRoles;
    }

    public ManageApiKeys manageApiKeys() {
        return manageApiKeys;
    }

    public ListAuditEvents listAuditEvents() {
        return listAuditEvents;
    }

    public VerifyAuditLog verifyAuditLog() {
        return verifyAuditLog;
    }

    public ProbeWrite probeWrite() {
        return probeWrite;
    }

    /** Background jobs by name, for the scheduler and {@code POST /v1/jobs/{name}/run}. */
    public Jobs jobs() {
        return jobs;
    }

    public RecordTransaction recordTransaction() {
        return recordTransaction;
    }

    public CompleteTransaction completeTransaction() {
        return completeTransaction;
    }

    public CancelTransaction cancelTransaction() {
        return cancelTransaction;
    }

    public GetTransaction getTransaction() {
        return getTransaction;
    }

    public ListTransactions listTransactions() {
        return listTransactions;
    }

    public CreateRefund createRefund() {
        return createRefund;
    }

    public ApproveRefund approveRefund() {
        return approveRefund;
    }

    public RejectRefund rejectRefund() {
        return rejectRefund;
    }

    public CancelRefund cancelRefund() {
        return cancelRefund;
    }

    public RecordRefundGatewayResult recordRefundGatewayResult() {
        return recordRefundGatewayResult;
    }

    public RetryFailedRefunds retryFailedRefunds() {
        return retryFailedRefunds;
    }

    public ResendUnansweredRefunds resendUnansweredRefunds() {
        return resendUnansweredRefunds;
    }

    public ForceRefundRetry forceRefundRetry() {
        return forceRefundRetry;
    }

    public GetRefund getRefund() {
        return getRefund;
    }

    public ListRefunds listRefunds() {
        return listRefunds;
    }

    public ListEvents listEvents() {
        return listEvents;
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

    public BusinessCalendars businessCalendars() {
        return businessCalendars;
    }

    public GetCalendar getCalendar() {
        return getCalendar;
    }

    public AddHoliday addHoliday() {
        return addHoliday;
    }

    public SetTariff setTariff() {
        return setTariff;
    }

    public GetTariff getTariff() {
        return getTariff;
    }

    public RunSettlement runSettlement() {
        return runSettlement;
    }

    public ReleaseReserves releaseReserves() {
        return releaseReserves;
    }

    public ListSettlements listSettlements() {
        return listSettlements;
    }

    public DueSweeps dueSweeps() {
        return dueSweeps;
    }

    public OpenDispute openDispute() {
        return disputes.openDispute();
    }

    public SubmitEvidence submitEvidence() {
        return disputes.submitEvidence();
    }

    public AcceptDispute acceptDispute() {
        return disputes.acceptDispute();
    }

    public DecideDispute decideDispute() {
        return disputes.decideDispute();
    }

    public ExpireDisputes expireDisputes() {
        return disputes.expireDisputes();
    }

    public GetDispute getDispute() {
        return disputes.getDispute();
    }

    public ListDisputes listDisputes() {
        return disputes.listDisputes();
    }
}
