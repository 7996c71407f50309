package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.bootstrap.testing.Fixtures;
import dev.paydesk.bootstrap.testing.TestServer;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Disputes and chargebacks through the real server (SPEC §7, API.md): every transition, every refusal, the money to the unit. */
class DisputeHttpTest {
    private static final String PDF = base64("%PDF-1.7 signed delivery note".getBytes(StandardCharsets.ISO_8859_1));
    private static final long FEE = 1_500_000; // DisputeSettings.DEFAULT for NGN: 15,000.00
    private static TestServer server;
    private static Fixtures fixtures;

    private Fixtures.MerchantFixture merchant;
    private Fixtures.UserFixture support;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fixtures = new Fixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void aMerchantWithASupportUser() {
        merchant = fixtures.merchant();
        support = fixtures.user(merchant, List.of("support"));
    }

    @AfterEach
    void ledgerIsBalanced() {
        TestServer.Response check = server.get("/v1/ledger/check", TestServer.OPERATOR_KEY);
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().path("balanced").asBoolean()).as(check.body()).isTrue();
    }

    @Test
    void aWonAndALostChargebackMoveTheMerchantsBalancesToTheUnit() {
        String sale = fixtures.completedTransaction(merchant, 5_000_000, "NGN");
        long customersBefore = platform(PlatformAccountType.CUSTOMERS);
        long feesBefore = platform(PlatformAccountType.FEES);
        assertBalances(5_000_000, 0, 0);

        String won = fixtures.dispute(sale, 1_000_000, "chargeback");
        assertBalances(2_500_000, 0, 1_000_000); // amount then fee from shop
        assertThat(refundable(sale)).isEqualTo(4_000_000);
        assertThat(ok(submitEvidence(won, "{\"product_description\":\"a kettle\",\"documents\":[{\"file_name\":\"note.pdf\","
                + "\"content_type\":\"application/pdf\",\"content_base64\":\"" + PDF + "\"}]}")).path("status").asText()).isEqualTo("under_review");
        assertBalances(2_500_000, 0, 1_000_000);
        JsonNode decided = ok(decide(won, "won"));
        assertThat(decided.path("status").asText()).isEqualTo("won");
        assertThat(decided.path("outcome").asText()).isEqualTo("won");
        assertBalances(2_500_000, 1_000_000, 0); // the held amount back to main; the fee stays charged
        assertThat(refundable(sale)).isEqualTo(5_000_000);

        String lost = fixtures.dispute(sale, 2_000_000, "chargeback");
        // 2,000,000 held from shop, then the fee: 500,000 from what shop has left, 1,000,000 from main.
        assertBalances(0, 0, 2_000_000);
        ok(submitEvidence(lost, "{\"uncategorized_text\":\"we shipped it\"}"));
        JsonNode closed = ok(decide(lost, "lost"));
        assertThat(closed.path("outcome").asText()).isEqualTo("lost");
        assertThat(closed.path("closed_at").asText()).isNotEmpty();
        assertBalances(0, 0, 0);
        assertThat(refundable(sale)).isEqualTo(3_000_000);
        assertThat(platform(PlatformAccountType.CUSTOMERS) - customersBefore).isEqualTo(2_000_000);
        assertThat(platform(PlatformAccountType.FEES) - feesBefore).isEqualTo(2 * FEE);
    }

    @Test
    void acceptingADisputeLosesIt() {
        String dispute = fixtures.dispute(fixtures.completedTransaction(merchant, 100_000, "NGN"), 40_000, "claim");
        assertBalances(60_000, 0, 40_000);

        JsonNode accepted = ok(server.post("/v1/disputes/" + dispute + "/accept", support.key(), ""));

        assertThat(accepted.path("status").asText()).isEqualTo("lost");
        assertThat(accepted.path("closure").asText()).isEqualTo("accepted");
        assertThat(accepted.path("chargeback_fee").asLong()).isZero();
        assertBalances(60_000, 0, 0);
    }

    @Test
    void aDisputeReadsBackWithItsEvidenceAndDocuments() {
        String sale = fixtures.completedTransaction(merchant, 100_000, "NGN");
        TestServer.Response opened = server.post("/v1/disputes", TestServer.OPERATOR_KEY, "{\"transaction_id\":\"" + sale
                + "\",\"amount\":25000,\"reason\":\"product_not_received\",\"source\":\"claim\",\"respond_by\":\""
                + Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().path("id").asText();
        assertThat(id).startsWith("dsp_");
        assertThat(opened.json().path("status").asText()).isEqualTo("needs_response");
        assertThat(opened.json().path("evidence").isNull()).isTrue();
        ok(submitEvidence(id, "{\"shipping_tracking\":\"DHL 12345\",\"documents\":[{\"file_name\":\"label.pdf\",\"content_base64\":\"" + PDF + "\"}]}"));

        JsonNode dispute = ok(server.get("/v1/disputes/" + id, support.key()));

        assertThat(dispute.path("transaction_id").asText()).isEqualTo(sale);
        assertThat(dispute.path("amount").asLong()).isEqualTo(25_000);
        assertThat(dispute.path("currency").asText()).isEqualTo("NGN");
        assertThat(dispute.path("reason").asText()).isEqualTo("product_not_received");
        assertThat(dispute.path("source").asText()).isEqualTo("claim");
        assertThat(dispute.path("status").asText()).isEqualTo("under_review");
        assertThat(dispute.path("outcome").isNull()).isTrue();
        assertThat(dispute.path("evidence").path("shipping_tracking").asText()).isEqualTo("DHL 12345");
        JsonNode document = dispute.path("evidence").path("documents").get(0);
        assertThat(document.path("file_name").asText()).isEqualTo("label.pdf");
        assertThat(document.path("content_type").asText()).isEqualTo("application/pdf");
        assertThat(document.path("sha256").asText()).hasSize(64);
        assertThat(server.get("/v1/disputes/" + id, TestServer.OPERATOR_KEY).status()).isEqualTo(200);
        assertProblem(server.get("/v1/disputes/" + id, fixtures.merchant().adminKey()), 404, "not_found");
        assertProblem(server.get("/v1/disputes/dsp_01NOSUCH", support.key()), 404, "not_found");
    }

    @Test
    void everyTransitionFromTheWrongStateIsRefusedWithInvalidState() {
        String sale = fixtures.completedTransaction(merchant, 100_000, "NGN");
        String dispute = fixtures.dispute(sale, 10_000, "claim");
        assertProblem(decide(dispute, "won"), 409, "invalid_state");

        ok(submitEvidence(dispute, "{\"refund_policy\":\"30 days\"}"));
        assertProblem(submitEvidence(dispute, "{\"refund_policy\":\"again\"}"), 409, "invalid_state");
        assertProblem(server.post("/v1/disputes/" + dispute + "/accept", support.key(), ""), 409, "invalid_state");

        ok(decide(dispute, "won"));
        assertProblem(decide(dispute, "lost"), 409, "invalid_state");
        assertProblem(server.post("/v1/disputes/" + dispute + "/accept", support.key(), ""), 409, "invalid_state");
        assertProblem(submitEvidence(dispute, "{\"refund_policy\":\"late\"}"), 409, "invalid_state");

        String accepted = fixtures.dispute(sale, 10_000, "claim");
        ok(server.post("/v1/disputes/" + accepted + "/accept", support.key(), ""));
        assertProblem(decide(accepted, "lost"), 409, "invalid_state");
        assertProblem(submitEvidence(accepted, "{\"refund_policy\":\"x\"}"), 409, "invalid_state");
        assertBalances(100_000 - 20_000, 10_000, 0);
    }

    @Test
    void openingIsRefusedForAnUnknownOrPendingTransactionAndBeyondWhatIsLeft() {
        assertProblem(open("txn_01NOSUCH", 1_000, "claim"), 404, "not_found");
        TestServer.Response pending = server.post("/v1/transactions", TestServer.OPERATOR_KEY, "{\"merchant_id\":\"" + merchant.id()
                + "\",\"reference\":\"p-" + UUID.randomUUID() + "\",\"amount\":5000,\"currency\":\"NGN\",\"status\":\"pending\","
                + "\"payment_method\":{\"type\":\"card\"}}");
        assertThat(pending.status()).as(pending.body()).isEqualTo(201);
        assertProblem(open(pending.json().path("id").asText(), 1_000, "claim"), 409, "invalid_state");

        String sale = fixtures.completedTransaction(merchant, 100_000, "NGN");
        fixtures.refund(support.key(), sale, 60_000);
        TestServer.Response tooMuch = open(sale, 40_001, "claim");
        assertProblem(tooMuch, 422, "validation_failed");
        assertThat(tooMuch.json().path("errors").get(0).path("code").asText()).isEqualTo("exceeds_disputable");
        assertThat(open(sale, 40_000, "claim").status()).isEqualTo(201);
        assertProblem(open(sale, 1, "claim"), 422, "validation_failed");

        TestServer.Response bad = server.post("/v1/disputes", TestServer.OPERATOR_KEY,
                "{\"transaction_id\":\"" + sale + "\",\"amount\":1.5,\"reason\":\"because\",\"source\":\"bank\",\"respond_by\":\"tomorrow\"}");
        assertProblem(bad, 422, "validation_failed");
        assertThat(fields(bad)).containsExactlyInAnyOrder("amount", "reason", "source", "respond_by");
        assertProblem(server.post("/v1/disputes", merchant.adminKey(), "{}"), 403, "forbidden");
    }

    @Test
    void badEvidenceIsRefusedNamingTheFieldAndChangesNothing() {
        String dispute = fixtures.dispute(fixtures.completedTransaction(merchant, 100_000, "NGN"), 10_000, "claim");

        TestServer.Response badBase64 = submitEvidence(dispute, "{\"documents\":[{\"file_name\":\"a.pdf\",\"content_base64\":\"%%%not base64\"}]}");
        assertProblem(badBase64, 422, "validation_failed");
        assertThat(fields(badBase64)).containsExactly("documents[0].content_base64");
        assertThat(badBase64.json().path("errors").get(0).path("code").asText()).isEqualTo("invalid_base64");

        TestServer.Response notAnImage = submitEvidence(dispute, "{\"documents\":[{\"file_name\":\"photo.png\",\"content_type\":\"image/png\","
                + "\"content_base64\":\"" + base64("plain text".getBytes(StandardCharsets.UTF_8)) + "\"},"
                + "{\"file_name\":\"../../etc/passwd.pdf\",\"content_base64\":\"" + PDF + "\"}]}");
        assertProblem(notAnImage, 422, "validation_failed");
        assertThat(notAnImage.json().path("errors").findValuesAsText("code")).containsExactly("unsupported_file_type", "invalid_file_name");

        byte[] tooLarge = pdfOfSize(5 * 1024 * 1024 + 1);
        TestServer.Response large = submitEvidence(dispute, "{\"documents\":[{\"file_name\":\"big.pdf\",\"content_base64\":\"" + base64(tooLarge) + "\"}]}");
        assertProblem(large, 422, "validation_failed");
        assertThat(large.json().path("errors").get(0).path("code").asText()).isEqualTo("file_too_large");

        assertProblem(submitEvidence(dispute, "{}"), 422, "validation_failed");
        assertProblem(submitEvidence(dispute, "{\"notes\":\"x\"}"), 422, "validation_failed");
        assertThat(ok(server.get("/v1/disputes/" + dispute, support.key())).path("status").asText()).isEqualTo("needs_response");
    }

    @Test
    void severalDocumentsOfAlmostFiveMegabytesFitInOneRequest() {
        String dispute = fixtures.dispute(fixtures.completedTransaction(merchant, 100_000, "NGN"), 10_000, "claim");
        StringBuilder documents = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            byte[] content = pdfOfSize(5 * 1024 * 1024 - i);
            documents.append(i == 0 ? "" : ",").append("{\"file_name\":\"scan-").append(i).append(".pdf\",\"content_base64\":\"")
                    .append(base64(content)).append("\"}");
        }

        JsonNode answered = ok(submitEvidence(dispute, "{\"documents\":[" + documents + "]}"));

        assertThat(answered.path("evidence").path("documents")).hasSize(3);
        assertThat(answered.path("evidence").path("documents").get(0).path("size_bytes").asLong()).isEqualTo(5 * 1024 * 1024);
    }

    @Test
    void refundsCannotCoverWhatAnOpenOrLostDisputeHolds() {
        String sale = fixtures.completedTransaction(merchant, 100_000, "NGN");
        String dispute = fixtures.dispute(sale, 30_000, "claim");
        JsonNode transaction = ok(server.get("/v1/transactions/" + sale, merchant.adminKey()));
        assertThat(transaction.path("disputed_amount").asLong()).isEqualTo(30_000);
        assertThat(transaction.path("refundable_amount").asLong()).isEqualTo(70_000);

        TestServer.Response tooMuch = server.post("/v1/refunds", support.key(), "{\"transaction_id\":\"" + sale + "\",\"amount\":70001}");
        assertProblem(tooMuch, 422, "refund_exceeds_refundable");

        ok(server.post("/v1/disputes/" + dispute + "/accept", support.key(), ""));
        assertThat(refundable(sale)).isEqualTo(70_000);
        assertProblem(server.post("/v1/refunds", support.key(), "{\"transaction_id\":\"" + sale + "\",\"amount\":70001}"), 422,
                "refund_exceeds_refundable");
        assertThat(server.post("/v1/refunds", support.key(), "{\"transaction_id\":\"" + sale + "\",\"amount\":70000}").status()).isEqualTo(201);
        assertProblem(open(sale, 1, "claim"), 422, "validation_failed");
    }

    @Test
    void theExpiryJobLosesDisputesPastRespondByOnceAndLateEvidenceIsRefused() throws InterruptedException {
        String sale = fixtures.completedTransaction(merchant, 100_000, "NGN");
        TestServer.Response soon = server.post("/v1/disputes", TestServer.OPERATOR_KEY, "{\"transaction_id\":\"" + sale
                + "\",\"amount\":20000,\"reason\":\"general\",\"source\":\"claim\",\"respond_by\":\"" + Instant.now().plusMillis(1_200) + "\"}");
        assertThat(soon.status()).as(soon.body()).isEqualTo(201);
        String due = soon.json().path("id").asText();
        String later = fixtures.dispute(sale, 10_000, "claim");
        Thread.sleep(1_500);

        assertProblem(submitEvidence(due, "{\"refund_policy\":\"too late\"}"), 409, "invalid_state");
        TestServer.Response run = server.post("/v1/jobs/dispute_expiry/run", TestServer.OPERATOR_KEY, "{}");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().path("processed").asInt()).isEqualTo(1);
        assertThat(server.post("/v1/jobs/dispute_expiry/run", TestServer.OPERATOR_KEY, "{}").json().path("processed").asInt()).isZero();

        JsonNode expired = ok(server.get("/v1/disputes/" + due, support.key()));
        assertThat(expired.path("status").asText()).isEqualTo("lost");
        assertThat(expired.path("closure").asText()).isEqualTo("expired");
        assertThat(ok(server.get("/v1/disputes/" + later, support.key())).path("status").asText()).isEqualTo("needs_response");
        assertBalances(70_000, 0, 10_000);
    }

    @Test
    void disputesListNewestFirstForTheirMerchantOnly() {
        String sale = fixtures.completedTransaction(merchant, 100_000, "NGN");
        String first = fixtures.dispute(sale, 1_000, "claim");
        String second = fixtures.dispute(sale, 1_000, "claim");
        String third = fixtures.dispute(sale, 1_000, "chargeback");

        JsonNode page = ok(server.get("/v1/disputes?limit=2", support.key()));
        assertThat(page.path("data").findValuesAsText("id")).containsExactly(third, second);
        JsonNode next = ok(server.get("/v1/disputes?limit=2&cursor=" + page.path("next_cursor").asText(), support.key()));
        assertThat(next.path("data").findValuesAsText("id")).containsExactly(first);
        assertThat(next.path("next_cursor").isNull()).isTrue();
        assertThat(ok(server.get("/v1/disputes?status=needs_response&transaction_id=" + sale, support.key())).path("data")).hasSize(3);
        assertThat(ok(server.get("/v1/disputes", fixtures.merchant().adminKey())).path("data")).isEmpty();
        assertProblem(server.get("/v1/disputes?status=open", support.key()), 422, "validation_failed");
    }

    private TestServer.Response open(String transactionId, long amount, String source) {
        return server.post("/v1/disputes", TestServer.OPERATOR_KEY, "{\"transaction_id\":\"" + transactionId + "\",\"amount\":" + amount
                + ",\"reason\":\"fraudulent\",\"source\":\"" + source + "\"}");
    }

    private TestServer.Response submitEvidence(String dispute, String body) {
        return server.post("/v1/disputes/" + dispute + "/evidence", support.key(), body);
    }

    private TestServer.Response decide(String dispute, String outcome) {
        return server.post("/v1/disputes/" + dispute + "/decision", TestServer.OPERATOR_KEY, "{\"outcome\":\"" + outcome + "\"}");
    }

    private long refundable(String transactionId) {
        return ok(server.get("/v1/transactions/" + transactionId, merchant.adminKey())).path("refundable_amount").asLong();
    }

    private void assertBalances(long shop, long main, long disputesHeld) {
        JsonNode balances = ok(server.get("/v1/balances", merchant.adminKey())).path("data");
        JsonNode ngn = balances.size() == 0 ? null : balances.get(0);
        assertThat(ngn).as("NGN balances of %s", balances).isNotNull();
        assertThat(ngn.path("currency").asText()).isEqualTo("NGN");
        assertThat(Map.of("shop", ngn.path("shop").asLong(), "main", ngn.path("main").asLong(), "disputes_held", ngn.path("disputes_held").asLong()))
                .isEqualTo(Map.of("shop", shop, "main", main, "disputes_held", disputesHeld));
    }

    /** A platform account's balance, through the application (platform accounts have no merchant endpoint). */
    private static long platform(PlatformAccountType type) {
        PaydeskPorts ports = server.server().injector().getInstance(Paydesk.class).ports();
        return ports.unitOfWork().inTransaction(() -> ports.ledger().balance(LedgerAccount.platform(type, Money.of(0, "NGN").currency())))
                .minorUnits();
    }

    private static JsonNode ok(TestServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertProblem(TestServer.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.problemCode()).isEqualTo(code);
    }

    private static List<String> fields(TestServer.Response response) {
        return response.json().path("errors").findValuesAsText("field");
    }

    private static byte[] pdfOfSize(int size) {
        byte[] content = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), size);
        Arrays.fill(content, 9, size, (byte) 'x');
        return content;
    }

    private static String base64(byte[] content) {
        return Base64.getEncoder().encodeToString(content);
    }
}
