package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paydesk.bootstrap.testing.Fixtures;
import dev.paydesk.bootstrap.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The refund lifecycle of SPEC §6 through the real server, with the manual gateway. */
class RefundHttpTest {
    private static TestServer server;
    private static Fixtures fixtures;

    private Fixtures.MerchantFixture merchant;
    private Fixtures.UserFixture support;
    private Fixtures.UserFixture finance;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("PAYDESK_GATEWAY", "manual"));
        fixtures = new Fixtures(server);
    }

    @AfterAll
    static void stop() {
        JsonNode check = server.get("/v1/ledger/check", TestServer.OPERATOR_KEY).json();
        server.close();
        assertThat(check.path("balanced").asBoolean()).as(check.toString()).isTrue();
    }

    @BeforeEach
    void aMerchantWithACreatorAndAnApprover() {
        merchant = fixtures.merchant();
        support = fixtures.user(merchant, List.of("support"));
        finance = fixtures.user(merchant, List.of("finance"));
    }

    private JsonNode transaction(String id) {
        return server.get("/v1/transactions/" + id, support.key()).json();
    }

    private JsonNode balances() {
        return server.get("/v1/balances", merchant.adminKey()).json().path("data").get(0);
    }

    @Test
    void aRefundGoesFromApprovalThroughTheGatewayToCompletedAndMovesTheMoney() {
        String txn = fixtures.completedTransaction(merchant, 100_000, "NGN");
        assertThat(balances().path("shop").asLong()).isEqualTo(100_000);

        TestServer.Response created = server.post("/v1/refunds", support.key(), "{\"transaction_id\":\"" + txn + "\",\"amount\":30000,\"reason\":\"damaged\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode refund = created.json();
        assertThat(refund.path("status").asText()).isEqualTo("pending_approval");
        assertThat(refund.path("created_by").asText()).isEqualTo(support.id());
        assertThat(transaction(txn).path("refundable_amount").asLong()).isEqualTo(70_000);
        String id = refund.path("id").asText();

        JsonNode approved = server.post("/v1/refunds/" + id + "/approve", finance.key(), "{}").json();
        assertThat(approved.path("status").asText()).isEqualTo("processing");
        assertThat(approved.path("approved_by").asText()).isEqualTo(finance.id());
        assertThat(balances().path("shop").asLong()).isEqualTo(70_000);
        assertThat(balances().path("refunds_in_flight").asLong()).isEqualTo(30_000);

        JsonNode completed = server.post("/v1/refunds/" + id + "/gateway_result", TestServer.OPERATOR_KEY, "{\"outcome\":\"succeeded\"}").json();
        assertThat(completed.path("status").asText()).isEqualTo("completed");
        assertThat(completed.path("expected_credit_by").isTextual()).isTrue();
        assertThat(balances().path("refunds_in_flight").asLong()).isZero();
        assertThat(transaction(txn).path("refunded_amount").asLong()).isEqualTo(30_000);

        assertThat(server.get("/v1/events?limit=100", merchant.adminKey()).json().path("data").findValuesAsText("type"))
                .contains("transaction.completed", "refund.created", "refund.approved", "refund.completed");
    }

    @Test
    void nobodyApprovesTheirOwnRefundNotEvenAnAdmin() {
        String txn = fixtures.completedTransaction(merchant, 10_000, "NGN");
        String id = fixtures.refund(merchant.adminKey(), txn, 1_000);
        TestServer.Response response = server.post("/v1/refunds/" + id + "/approve", merchant.adminKey(), "{}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.problemCode()).isEqualTo("four_eyes_violation");
        TestServer.Response reject = server.post("/v1/refunds/" + id + "/reject", merchant.adminKey(), "{\"reason\":\"mine\"}");
        assertThat(reject.problemCode()).isEqualTo("four_eyes_violation");
    }

    @Test
    void aRefundBeyondTheRefundableAmountIsRefused() {
        String txn = fixtures.completedTransaction(merchant, 10_000, "NGN");
        fixtures.refund(support.key(), txn, 6_000);
        TestServer.Response response = server.post("/v1/refunds", support.key(), "{\"transaction_id\":\"" + txn + "\",\"amount\":4001}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemCode()).isEqualTo("refund_exceeds_refundable");
        assertThat(server.post("/v1/refunds", support.key(), "{\"transaction_id\":\"" + txn + "\",\"amount\":4000}").status()).isEqualTo(201);
    }

    @Test
    void badRefundInputNamesTheFields() {
        TestServer.Response response = server.post("/v1/refunds", support.key(), "{\"transaction_id\":42,\"amount\":12.5,\"status\":\"completed\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").findValuesAsText("field")).contains("transaction_id", "amount", "status");
        assertThat(server.post("/v1/refunds", support.key(), "{\"transaction_id\":\"txn_NOPE\",\"amount\":1}").status()).isIn(404, 422);
    }

    @Test
    void aRejectedRefundNeedsAReasonAndFreesTheAmount() {
        String txn = fixtures.completedTransaction(merchant, 10_000, "NGN");
        String id = fixtures.refund(support.key(), txn, 10_000);
        assertThat(server.post("/v1/refunds/" + id + "/reject", finance.key(), "{}").problemCode()).isEqualTo("validation_failed");

        JsonNode rejected = server.post("/v1/refunds/" + id + "/reject", finance.key(), "{\"reason\":\"no proof of return\"}").json();
        assertThat(rejected.path("status").asText()).isEqualTo("rejected");
        assertThat(rejected.path("rejection_reason").asText()).isEqualTo("no proof of return");
        assertThat(transaction(txn).path("refundable_amount").asLong()).isEqualTo(10_000);
        assertThat(server.post("/v1/refunds/" + id + "/approve", finance.key(), "{}").problemCode()).isEqualTo("invalid_state");
    }

    @Test
    void onlyTheCreatorOrAnAdminCancelsBeforeApproval() {
        String txn = fixtures.completedTransaction(merchant, 10_000, "NGN");
        String id = fixtures.refund(support.key(), txn, 2_000);
        Fixtures.UserFixture otherSupport = fixtures.user(merchant, List.of("support"));
        TestServer.Response byStranger = server.post("/v1/refunds/" + id + "/cancel", otherSupport.key(), "{}");
        assertThat(byStranger.status()).isEqualTo(403);
        assertThat(byStranger.problemCode()).isEqualTo("forbidden");

        assertThat(server.post("/v1/refunds/" + id + "/cancel", support.key(), "{}").json().path("status").asText()).isEqualTo("cancelled");
        assertThat(server.post("/v1/refunds/" + id + "/cancel", support.key(), "{}").problemCode()).isEqualTo("invalid_state");

        String second = fixtures.refund(support.key(), txn, 2_000);
        server.post("/v1/refunds/" + second + "/approve", finance.key(), "{}");
        assertThat(server.post("/v1/refunds/" + second + "/cancel", merchant.adminKey(), "{}").problemCode()).isEqualTo("invalid_state");
    }

    @Test
    void aFailedRefundWaitsForItsRetryAndOperatorsCanForceOne() {
        String txn = fixtures.completedTransaction(merchant, 10_000, "NGN");
        String id = fixtures.refund(support.key(), txn, 5_000);
        server.post("/v1/refunds/" + id + "/approve", finance.key(), "{}");

        TestServer.Response missingCode = server.post("/v1/refunds/" + id + "/gateway_result", TestServer.OPERATOR_KEY, "{\"outcome\":\"failed\"}");
        assertThat(missingCode.problemCode()).isEqualTo("validation_failed");

        JsonNode failed = server.post("/v1/refunds/" + id + "/gateway_result", TestServer.OPERATOR_KEY,
                "{\"outcome\":\"failed\",\"failure_code\":\"issuer_unavailable\"}").json();
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("failure_code").asText()).isEqualTo("issuer_unavailable");
        assertThat(failed.path("next_retry_at").isTextual()).isTrue();
        assertThat(balances().path("refunds_in_flight").asLong()).as("the merchant stays debited while failed").isEqualTo(5_000);

        JsonNode retried = server.post("/v1/refunds/" + id + "/retry", TestServer.OPERATOR_KEY, "{}").json();
        assertThat(retried.path("status").asText()).isEqualTo("processing");
        assertThat(retried.path("attempts").asInt()).isEqualTo(2);
        assertThat(server.post("/v1/jobs/refund_retries/run", TestServer.OPERATOR_KEY, "{}").json().path("processed").asInt()).isZero();
        TestServer.Response resends = server.post("/v1/jobs/refund_resends/run", TestServer.OPERATOR_KEY, "{}");
        assertThat(resends.status()).isEqualTo(200);
        assertThat(resends.json().path("processed").isInt()).isTrue();
        assertThat(resends.json().path("processed").asInt()).as("the retry's answer is not overdue yet").isZero();
    }

    @Test
    void transactionsMoveOnlyFromPendingAndOnlyCompletedOnesAreRefundable() {
        TestServer.Response pending = server.post("/v1/transactions", TestServer.OPERATOR_KEY, "{\"merchant_id\":\"" + merchant.id()
                + "\",\"reference\":\"order-p1\",\"amount\":5000,\"currency\":\"NGN\",\"status\":\"pending\",\"payment_method\":{\"type\":\"mobile_money\"}}");
        assertThat(pending.status()).isEqualTo(201);
        String id = pending.json().path("id").asText();
        assertThat(server.post("/v1/refunds", support.key(), "{\"transaction_id\":\"" + id + "\",\"amount\":100}").status()).isIn(409, 422);

        assertThat(server.post("/v1/transactions/" + id + "/complete", TestServer.OPERATOR_KEY, "{}").json().path("status").asText()).isEqualTo("completed");
        assertThat(server.post("/v1/transactions/" + id + "/cancel", TestServer.OPERATOR_KEY, "{}").problemCode()).isEqualTo("invalid_state");

        TestServer.Response duplicate = server.post("/v1/transactions", TestServer.OPERATOR_KEY, "{\"merchant_id\":\"" + merchant.id()
                + "\",\"reference\":\"order-p1\",\"amount\":5000,\"currency\":\"NGN\",\"status\":\"pending\",\"payment_method\":{\"type\":\"card\"}}");
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.json().path("errors").get(0).path("field").asText()).isEqualTo("reference");
    }

    @Test
    void anotherMerchantsRefundsAndTransactionsAreNotFound() {
        String txn = fixtures.completedTransaction(merchant, 10_000, "NGN");
        String id = fixtures.refund(support.key(), txn, 1_000);
        Fixtures.MerchantFixture other = fixtures.merchant();
        assertThat(server.get("/v1/refunds/" + id, other.adminKey()).status()).isEqualTo(404);
        assertThat(server.get("/v1/transactions/" + txn, other.adminKey()).status()).isEqualTo(404);
        assertThat(server.post("/v1/refunds/" + id + "/approve", other.adminKey(), "{}").status()).isEqualTo(404);
        assertThat(server.post("/v1/refunds", other.adminKey(), "{\"transaction_id\":\"" + txn + "\",\"amount\":1}").status()).isEqualTo(404);
        assertThat(server.get("/v1/refunds", other.adminKey()).body()).doesNotContain(id);
    }

    @Test
    void transactionListsFilterAndPageNewestFirst() {
        for (int i = 0; i < 3; i++) {
            fixtures.completedTransaction(merchant, 1_000 + i, "NGN");
        }
        JsonNode first = server.get("/v1/transactions?limit=2&status=completed", support.key()).json();
        assertThat(first.path("data")).hasSize(2);
        assertThat(first.path("data").get(0).path("amount").asLong()).isEqualTo(1_002);
        JsonNode second = server.get("/v1/transactions?limit=2&status=completed&cursor=" + first.path("next_cursor").asText(), support.key()).json();
        assertThat(second.path("data")).hasSize(1);
        assertThat(second.path("next_cursor").isNull()).isTrue();
        assertThat(server.get("/v1/transactions?status=lost", support.key()).problemCode()).isEqualTo("validation_failed");
        assertThat(server.get("/v1/transactions?created_from=yesterday", support.key()).problemCode()).isEqualTo("validation_failed");
    }
}
