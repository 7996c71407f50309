package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.bootstrap.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the first start prints of the operator's key: a generated one once, a configured one never. */
class OperatorKeyAtStartTest {
    private static final Pattern PRINTED_KEY = Pattern.compile("Operator API key \\(shown once, keep it safe\\): (pdk_op_\\S+)");

    private static String welcome(TestServer server) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server.server().printWelcome(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGeneratedKeyIsPrintedAtTheFirstStartOnlyAndWorks() throws IOException {
        Map<String, String> unconfigured = Map.of("PAYDESK_OPERATOR_KEY", "", "PAYDESK_DATA_DIR", Files.createTempDirectory("paydesk-first").toString());
        String key;
        try (TestServer first = TestServer.start(unconfigured)) {
            Matcher printed = PRINTED_KEY.matcher(welcome(first));
            assertThat(printed.find()).isTrue();
            key = printed.group(1);
            assertThat(first.get("/v1/ledger/check", key).status()).isEqualTo(200);
        }
        try (TestServer again = TestServer.start(unconfigured)) {
            assertThat(welcome(again)).doesNotContain(key).doesNotContain("shown once");
            assertThat(again.get("/v1/ledger/check", key).status()).isEqualTo(200);
        }
    }

    @Test
    void aConfiguredKeyIsNeverPrinted() {
        try (TestServer server = TestServer.start()) {
            assertThat(welcome(server)).doesNotContain(TestServer.OPERATOR_KEY).contains("PAYDESK_OPERATOR_KEY");
            assertThat(server.get("/v1/ledger/check", TestServer.OPERATOR_KEY).status()).isEqualTo(200);
        }
    }
}
