package dev.paydesk.adapters.persistence.jdbi;

import dev.paydesk.adapters.persistence.audit.JdbiAuditLog;
import dev.paydesk.adapters.persistence.diagnostics.JdbiWriteProbes;
import dev.paydesk.adapters.persistence.calendar.JdbiHolidayRepository;
import dev.paydesk.adapters.persistence.idempotency.JdbiIdempotencyStore;
import dev.paydesk.adapters.persistence.identity.JdbiApiKeyRepository;
import dev.paydesk.adapters.persistence.agent.JdbiAgentRepository;
import dev.paydesk.adapters.persistence.identity.JdbiOperatorRepository;
import dev.paydesk.adapters.persistence.identity.JdbiRoleRepository;
import dev.paydesk.adapters.persistence.identity.JdbiUserRepository;
import dev.paydesk.adapters.persistence.merchant.JdbiMerchantRepository;
import dev.paydesk.adapters.persistence.dispute.JdbiDisputeRepository;
import dev.paydesk.adapters.persistence.event.JdbiEventOutbox;
import dev.paydesk.adapters.persistence.ledger.JdbiLedgerRepository;
import dev.paydesk.adapters.persistence.refund.JdbiRefundRepository;
import dev.paydesk.adapters.persistence.transaction.JdbiTransactionClaims;
import dev.paydesk.adapters.persistence.transaction.JdbiTransactionRepository;
import dev.paydesk.adapters.persistence.payoutaccount.AesGcmAccountNumberCipher;
import dev.paydesk.adapters.persistence.payoutaccount.JdbiPayoutAccountRepository;
import dev.paydesk.adapters.persistence.settlement.JdbiReserveHolds;
import dev.paydesk.adapters.persistence.settlement.JdbiSettlementRepository;
import dev.paydesk.adapters.persistence.settlement.JdbiSettlementRuns;
import dev.paydesk.adapters.persistence.settlement.JdbiSweepableSales;
import dev.paydesk.adapters.persistence.settlement.JdbiTariffRepository;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.application.payoutaccount.AccountNumberCipher;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;

/**
 * The JDBI adapter over any {@link DataSource} (H2 or PostgreSQL): migrates the schema with Flyway,
 * then provides every outbound port over one shared transaction boundary.
 */
public final class JdbiPersistence {
    private JdbiPersistence() {
    }

    /**
     * Brings the schema up to date, then builds the ports. Account numbers are encrypted with a random
     * key that lives as long as these ports: for tests and throwaway databases only — anything durable
     * uses {@link #migrate(DataSource, AccountNumberCipher)}.
     */
    public static PaydeskPorts migrate(DataSource dataSource) {
        return migrate(dataSource, AesGcmAccountNumberCipher.ephemeral());
    }

    /** Brings the schema up to date, then builds the ports; account numbers are encrypted with {@code cipher}. */
    public static PaydeskPorts migrate(DataSource dataSource, AccountNumberCipher cipher) {
        migrateSchema(dataSource);
        return over(dataSource, cipher);
    }

    /** Builds the ports over an already migrated schema, with a throwaway account-number key (see {@link #migrate(DataSource)}). */
    public static PaydeskPorts over(DataSource dataSource) {
        return over(dataSource, AesGcmAccountNumberCipher.ephemeral());
    }

    /** Builds the ports over an already migrated schema; account numbers and stored idempotent responses are encrypted with {@code cipher}. */
    public static PaydeskPorts over(DataSource dataSource, AccountNumberCipher cipher) {
        JdbiUnitOfWork unitOfWork = new JdbiUnitOfWork(Jdbi.create(dataSource));
        JdbiAuditLog audit = new JdbiAuditLog(unitOfWork);
        JdbiDisputeRepository disputes = new JdbiDisputeRepository(unitOfWork);
        return new PaydeskPorts(
                unitOfWork,
                new JdbiLedgerRepository(unitOfWork),
                new JdbiOperatorRepository(unitOfWork),
                new JdbiMerchantRepository(unitOfWork),
                new JdbiUserRepository(unitOfWork),
                new JdbiRoleRepository(unitOfWork),
                new JdbiApiKeyRepository(unitOfWork),
                new JdbiIdempotencyStore(unitOfWork, cipher),
                audit,
                audit,
                new JdbiWriteProbes(unitOfWork),
                new JdbiTransactionRepository(unitOfWork),
                new JdbiRefundRepository(unitOfWork),
                new JdbiEventOutbox(unitOfWork),
                new JdbiAgentRepository(unitOfWork),
                new JdbiPayoutAccountRepository(unitOfWork, cipher),
                new JdbiHolidayRepository(unitOfWork),
                new JdbiTariffRepository(unitOfWork),
                new JdbiSweepableSales(unitOfWork),
                new JdbiSettlementRepository(unitOfWork),
                new JdbiReserveHolds(unitOfWork),
                new JdbiSettlementRuns(unitOfWork),
                disputes,
                new JdbiTransactionClaims(unitOfWork, disputes));
    }

    /** Runs every migration not applied yet; returns how many ran. */
    public static int migrateSchema(DataSource dataSource) {
        return flyway(dataSource).load().migrate().migrationsExecuted;
    }

    /** Flyway with the common migrations plus the ones written for this database (folder h2 or postgresql). */
    public static FluentConfiguration flyway(DataSource dataSource) {
        String vendor = Jdbi.create(dataSource).withHandle(SqlDialect::of).name().toLowerCase(java.util.Locale.ROOT);
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
    }
}
