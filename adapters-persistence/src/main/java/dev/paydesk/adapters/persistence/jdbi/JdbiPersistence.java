package dev.paydesk.adapters.persistence.jdbi;

import dev.paydesk.adapters.persistence.audit.JdbiAuditLog;
import dev.paydesk.adapters.persistence.calendar.JdbiHolidayRepository;
import dev.paydesk.adapters.persistence.idempotency.JdbiIdempotencyStore;
import dev.paydesk.adapters.persistence.identity.JdbiApiKeyRepository;
import dev.paydesk.adapters.persistence.identity.JdbiOperatorRepository;
import dev.paydesk.adapters.persistence.identity.JdbiRoleRepository;
import dev.paydesk.adapters.persistence.identity.JdbiUserRepository;
import dev.paydesk.adapters.persistence.ledger.JdbiLedgerRepository;
import dev.paydesk.adapters.persistence.merchant.JdbiMerchantRepository;
import dev.paydesk.adapters.persistence.settlement.JdbiReserveHolds;
import dev.paydesk.adapters.persistence.settlement.JdbiSettlementEvents;
import dev.paydesk.adapters.persistence.settlement.JdbiSettlementRepository;
import dev.paydesk.adapters.persistence.settlement.JdbiSettlementRuns;
import dev.paydesk.adapters.persistence.settlement.JdbiSweepableSales;
import dev.paydesk.adapters.persistence.settlement.JdbiTariffRepository;
import dev.paydesk.application.PaydeskPorts;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The JDBI adapter over any {@link DataSource} (H2 or PostgreSQL): migrates the schema with Flyway,
 * then provides every outbound port over one shared transaction boundary.
 */
public final class JdbiPersistence {
    private JdbiPersistence() {
    }

    /** Brings the schema up to date, then builds the ports. */
    public static PaydeskPorts migrate(DataSource dataSource) {
        migrateSchema(dataSource);
        return over(dataSource);
    }

    /** Builds the ports over an already migrated schema. */
    public static PaydeskPorts over(DataSource dataSource) {
        JdbiUnitOfWork unitOfWork = new JdbiUnitOfWork(Jdbi.create(dataSource));
        JdbiAuditLog audit = new JdbiAuditLog(unitOfWork);
        return new PaydeskPorts(
                unitOfWork,
                new JdbiLedgerRepository(unitOfWork),
                new JdbiOperatorRepository(unitOfWork),
                new JdbiMerchantRepository(unitOfWork),
                new JdbiUserRepository(unitOfWork),
                new JdbiRoleRepository(unitOfWork),
                new JdbiApiKeyRepository(unitOfWork),
                new JdbiIdempotencyStore(unitOfWork),
                audit,
                audit,
                new JdbiHolidayRepository(unitOfWork),
                new JdbiTariffRepository(unitOfWork),
                new JdbiSweepableSales(unitOfWork),
                new JdbiSettlementRepository(unitOfWork),
                new JdbiReserveHolds(unitOfWork),
                new JdbiSettlementEvents(unitOfWork),
                new JdbiSettlementRuns(unitOfWork));
    }

    /** Flyway with the common migrations plus the ones written for this database (folder h2 or postgresql). */
    public static int migrateSchema(DataSource dataSource) {
        String vendor = Jdbi.create(dataSource).withHandle(SqlDialect::of).name().toLowerCase(java.util.Locale.ROOT);
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
