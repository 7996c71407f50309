package dev.paydesk.application;

import dev.paydesk.application.identity.Authenticate;
import dev.paydesk.application.identity.BootstrapOperator;
import dev.paydesk.application.ledger.CheckLedger;
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

    private Paydesk(PaydeskPorts ports, Clock clock, IdGenerator ids) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.authenticate = new Authenticate(ports.unitOfWork(), ports.operators());
        this.bootstrapOperator = new BootstrapOperator(ports.unitOfWork(), ports.operators(), ids, clock);
        this.checkLedger = new CheckLedger(ports.unitOfWork(), ports.ledger());
    }

    public static Paydesk over(PaydeskPorts ports, Clock clock) {
        return new Paydesk(ports, clock, new TimeOrderedIdGenerator(clock));
    }

    public static Paydesk over(PaydeskPorts ports, Clock clock, IdGenerator ids) {
        return new Paydesk(ports, clock, ids);
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
}
