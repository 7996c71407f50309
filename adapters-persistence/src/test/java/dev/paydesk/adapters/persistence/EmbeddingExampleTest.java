package dev.paydesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.memory.InMemoryPersistence;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.merchant.CreateMerchant;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.transaction.RecordTransaction;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.ledger.LedgerCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run; the README must show exactly this code. */
class EmbeddingExampleTest {

    static boolean embeddingExample(DataSource dataSource) {
        // README:start
        // Over your own javax.sql.DataSource (PostgreSQL or H2): migrates the schema, then builds every use case.
        Paydesk paydesk = Paydesk.over(JdbiPersistence.migrate(dataSource), Clock.systemUTC());
        CommandContext operator = new CommandContext(new Principal.OperatorPrincipal("opr_batch"), "req_embed_1");

        Merchant shop = paydesk.createMerchant().create(operator,
                new CreateMerchant.Command("Chez Awa", Country.SN, Currencies.of("XOF"), "awa@example.sn")).merchant();
        paydesk.recordTransaction().record(operator, new RecordTransaction.Command(shop.id(), "order-1",
                Money.of(15_000, "XOF"), PaymentMethod.of(PaymentMethodType.MOBILE_MONEY), true));
        LedgerCheck check = paydesk.checkLedger().check(); // balance = sum of postings, every entry sums to 0

        // Or entirely in memory, for tests and demos:
        Paydesk inMemory = Paydesk.over(InMemoryPersistence.create(), Clock.systemUTC());
        // README:end
        return check.balanced() && check.entries() == 1 && inMemory.checkLedger().check().balanced();
    }

    @Test
    void theExampleRunsOverAPlainDataSource() {
        DataSource dataSource = TestDatabases.h2();
        try {
            assertThat(embeddingExample(dataSource)).isTrue();
        } finally {
            TestDatabases.close(dataSource);
        }
    }

    @Test
    void theReadmeShowsExactlyThisExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/paydesk/adapters/persistence/EmbeddingExampleTest.java"));
        String example = source.substring(source.indexOf("// README:start") + "// README:start".length(), source.indexOf("        // README:end"));
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(normalize(readme)).contains(normalize(example));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
