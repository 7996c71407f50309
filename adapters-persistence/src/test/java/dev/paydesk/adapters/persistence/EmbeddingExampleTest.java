package dev.paydesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.memory.InMemoryPersistence;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.application.Paydesk;
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
        LedgerCheck check = paydesk.checkLedger().check();

        // Or entirely in memory, for tests and demos:
        Paydesk inMemory = Paydesk.over(InMemoryPersistence.create(), Clock.systemUTC());
        // README:end
        return check.balanced() && inMemory.checkLedger().check().balanced();
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
