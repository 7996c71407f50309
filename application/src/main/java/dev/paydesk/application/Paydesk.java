package dev.paydesk.application;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.audit.ListAuditEvents;
import dev.paydesk.application.audit.VerifyAuditLog;
import dev.paydesk.application.calendar.AddHoliday;
import dev.paydesk.application.calendar.BusinessCalendars;
import dev.paydesk.application.calendar.GetCalendar;
import dev.paydesk.application.calendar.StoredBusinessCalendars;
import dev.paydesk.application.idempotency.RunIdempotently;
import dev.paydesk.application.identity.Authenticate;
import dev.paydesk.application.identity.BootstrapOperator;
import dev.paydesk.application.identity.CreateRole;
import dev.paydesk.application.identity.CreateUser;
import dev.paydesk.application.identity.ListRoles;
import dev.paydesk.application.identity.ListUsers;
import dev.paydesk.application.identity.ManageApiKeys;
import dev.paydesk.application.identity.UpdateUser;
import dev.paydesk.application.ledger.CheckLedger;
import dev.paydesk.application.merchant.CreateMerchant;
import dev.paydesk.application.merchant.GetMerchant;
import dev.paydesk.application.merchant.UpdateKyc;
import dev.paydesk.application.settlement.DueSweeps;
import dev.paydesk.application.settlement.GetTariff;
import dev.paydesk.application.settlement.ListSettlements;
import dev.paydesk.application.settlement.ReleaseReserves;
import dev.paydesk.application.settlement.RunSettlement;
import dev.paydesk.application.settlement.SetTariff;
import dev.paydesk.application.settlement.SettlementSettings;
import dev.paydesk.domain.calendar.HolidayData;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.TimeOrderedIdGenerator;
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
 */
public final class Paydesk {
    private final PaydeskPorts ports;
    private final Clock clock;
    private final IdGenerator ids;

    private final Authenticate authenticate;
    private final BootstrapOperator bootstrapOperator;
    private final CheckLedger checkLedger;
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
    private final BusinessCalendars businessCalendars;
    private final GetCalendar getCalendar;
    private final AddHoliday addHoliday;
    private final SetTariff setTariff;
    private final GetTariff getTariff;
    private final RunSettlement runSettlement;
    private final ReleaseReserves releaseReserves;
    private final ListSettlements listSettlements;
    private final DueSweeps dueSweeps;

    private Paydesk(PaydeskPorts ports, Clock clock, IdGenerator ids, SettlementSettings settlement) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        var unitOfWork = ports.unitOfWork();
        AuditRecorder audit = new AuditRecorder(ports.auditLog(), ids, clock);
        HolidayData holidays = HolidayData.load();
        this.businessCalendars = new StoredBusinessCalendars(holidays, ports.holidays(), unitOfWork);
        this.authenticate = new Authenticate(unitOfWork, ports.operators(), ports.apiKeys(), ports.users(), ports.roles());
        this.bootstrapOperator = new BootstrapOperator(unitOfWork, ports.operators(), ids, clock);
        this.checkLedger = new CheckLedger(unitOfWork, ports.ledger());
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
        Objects.requireNonNull(settlement, "settlement");
        this.getCalendar = new GetCalendar(businessCalendars);
        this.addHoliday = new AddHoliday(unitOfWork, ports.holidays(), businessCalendars, audit);
        this.setTariff = new SetTariff(unitOfWork, ports.merchants(), ports.tariffs(), audit, clock);
        this.getTariff = new GetTariff(unitOfWork, ports.merchants(), ports.tariffs());
        this.runSettlement = new RunSettlement(unitOfWork, ports.merchants(), ports.sweepableSales(), ports.settlements(), ports.tariffs(),
                ports.reserveHolds(), ports.settlementEvents(), ports.settlementRuns(), ports.ledger(), businessCalendars, audit,
                settlement, ids, clock);
        this.releaseReserves = new ReleaseReserves(unitOfWork, ports.reserveHolds(), ports.ledger(), ids, clock);
        this.listSettlements = new ListSettlements(unitOfWork, ports.settlements());
        this.dueSweeps = new DueSweeps(unitOfWork, ports.settlementRuns(), businessCalendars);
    }

    public static Paydesk over(PaydeskPorts ports, Clock clock) {
        return new Paydesk(ports, clock, new TimeOrderedIdGenerator(clock), SettlementSettings.DEFAULTS);
    }

    public static Paydesk over(PaydeskPorts ports, Clock clock, IdGenerator ids) {
        return new Paydesk(ports, clock, ids, SettlementSettings.DEFAULTS);
    }

    /** With start-up settlement configuration (VAT rates per country, sweep batch sizes). */
    public static Paydesk over(PaydeskPorts ports, Clock clock, IdGenerator ids, SettlementSettings settlement) {
        return new Paydesk(ports, clock, ids, settlement);
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
}
