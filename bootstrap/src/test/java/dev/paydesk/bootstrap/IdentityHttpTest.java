package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paydesk.bootstrap.testing.Fixtures;
import dev.paydesk.bootstrap.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Merchants, users, roles and keys through the real server. */
class IdentityHttpTest {
    private static TestServer server;
    private static Fixtures fixtures;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fixtures = new Fixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aNewMerchantHasAnAdminWhoseKeyWorksAndIsShownOnlyOnce() {
        TestServer.Response created = server.post("/v1/merchants", TestServer.OPERATOR_KEY,
                "{\"name\":\"Chez Awa\",\"country\":\"SN\",\"default_currency\":\"XOF\",\"admin_email\":\"awa@example.sn\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode merchant = created.json();
        assertThat(merchant.path("id").asText()).startsWith("mer_");
        assertThat(merchant.path("admin_user_id").asText()).startsWith("usr_");
        assertThat(merchant.path("admin_api_key").asText()).startsWith("pdk_usr_");
        assertThat(merchant.path("kyc").path("verified").asBoolean()).isFalse();

        TestServer.Response users = server.get("/v1/users", merchant.path("admin_api_key").asText());
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().path("data").get(0).path("roles").get(0).asText()).isEqualTo("admin");
        assertThat(users.body()).doesNotContain("api_key");

        TestServer.Response fetched = server.get("/v1/merchants/" + merchant.path("id").asText(), TestServer.OPERATOR_KEY);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body()).doesNotContain("admin_api_key");
    }

    @Test
    void badMerchantInputNamesEveryFieldAndCreatesNothing() {
        TestServer.Response response = server.post("/v1/merchants", TestServer.OPERATOR_KEY,
                "{\"name\":\"\",\"country\":\"FR\",\"default_currency\":\"EURO\",\"admin_email\":\"nope\",\"status\":\"active\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemCode()).isEqualTo("validation_failed");
        assertThat(response.json().path("errors").findValuesAsText("field"))
                .contains("name", "country", "default_currency", "admin_email", "status");
    }

    @Test
    void malformedJsonIsA400Problem() {
        TestServer.Response response = server.post("/v1/merchants", TestServer.OPERATOR_KEY, "{\"name\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.problemCode()).isEqualTo("malformed_json");
        assertThat(server.post("/v1/merchants", TestServer.OPERATOR_KEY, "[1,2]").problemCode()).isEqualTo("malformed_json");
    }

    @Test
    void kycIsVerifiedWhenBothSectionsAreCompletedAndAReviewIsDueAfterSubmission() {
        Fixtures.MerchantFixture merchant = fixtures.merchant();
        TestServer.Response submitted = server.send("PUT", "/v1/merchants/" + merchant.id() + "/kyc", TestServer.OPERATOR_KEY,
                "{\"shop_information\":\"submitted\"}");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().path("kyc").path("review_due_by").isTextual()).isTrue();
        assertThat(submitted.json().path("kyc").path("verified").asBoolean()).isFalse();

        TestServer.Response completed = server.send("PUT", "/v1/merchants/" + merchant.id() + "/kyc", TestServer.OPERATOR_KEY,
                "{\"shop_information\":\"completed\",\"business_information\":\"completed\"}");
        assertThat(completed.json().path("kyc").path("verified").asBoolean()).isTrue();
        assertThat(completed.json().path("kyc").path("review_due_by").isNull()).isTrue();

        assertThat(server.send("PUT", "/v1/merchants/" + merchant.id() + "/kyc", TestServer.OPERATOR_KEY,
                "{\"shop_information\":\"done\"}").problemCode()).isEqualTo("validation_failed");
    }

    @Test
    void aMerchantCannotSetServerOwnedFields() {
        Fixtures.MerchantFixture merchant = fixtures.merchant();
        TestServer.Response response = server.post("/v1/users", merchant.adminKey(),
                "{\"email\":\"x@example.com\",\"name\":\"X\",\"roles\":[\"viewer\"],\"merchant_id\":\"mer_OTHER\",\"status\":\"active\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").findValuesAsText("field")).contains("merchant_id", "status");
        assertThat(response.json().path("errors").findValuesAsText("code")).containsOnly("not_allowed");
    }

    @Test
    void aDisabledUsersKeyStopsWorkingAtOnce() {
        Fixtures.MerchantFixture merchant = fixtures.merchant();
        Fixtures.UserFixture user = fixtures.user(merchant, List.of("admin"));
        assertThat(server.get("/v1/users", user.key()).status()).isEqualTo(200);

        assertThat(server.send("PATCH", "/v1/users/" + user.id(), merchant.adminKey(), "{\"status\":\"disabled\"}").status()).isEqualTo(200);

        assertThat(server.get("/v1/users", user.key()).status()).isEqualTo(401);
    }

    @Test
    void aRevokedKeyStopsWorkingAndAnotherKeyOfTheSameUserStillWorks() {
        Fixtures.MerchantFixture merchant = fixtures.merchant();
        Fixtures.UserFixture user = fixtures.user(merchant, List.of("admin"));
        JsonNode second = server.post("/v1/users/" + user.id() + "/api_keys", merchant.adminKey(), "{}").json();

        assertThat(server.post("/v1/users/" + user.id() + "/api_keys/" + second.path("id").asText() + "/revoke", merchant.adminKey(), "{}").status())
                .isEqualTo(200);

        assertThat(server.get("/v1/users", second.path("api_key").asText()).status()).isEqualTo(401);
        assertThat(server.get("/v1/users", user.key()).status()).isEqualTo(200);
    }

    @Test
    void theLastActiveAdminCannotBeDisabledOrDemoted() {
        Fixtures.MerchantFixture merchant = fixtures.merchant();
        TestServer.Response disable = server.send("PATCH", "/v1/users/" + merchant.adminUserId(), merchant.adminKey(), "{\"status\":\"disabled\"}");
        assertThat(disable.status()).isEqualTo(409);
        assertThat(disable.problemCode()).isEqualTo("last_admin");
        TestServer.Response demote = server.send("PATCH", "/v1/users/" + merchant.adminUserId(), merchant.adminKey(), "{\"roles\":[\"viewer\"]}");
        assertThat(demote.problemCode()).isEqualTo("last_admin");

        Fixtures.UserFixture second = fixtures.user(merchant, List.of("admin"));
        assertThat(server.send("PATCH", "/v1/users/" + merchant.adminUserId(), merchant.adminKey(), "{\"roles\":[\"viewer\"]}").status()).isEqualTo(200);
        assertThat(server.send("PATCH", "/v1/users/" + second.id(), second.key(), "{\"status\":\"disabled\"}").problemCode()).isEqualTo("last_admin");
    }

    @Test
    void rolesListPermissionsAndHowManyUsersHoldEach() {
        Fixtures.MerchantFixture merchant = fixtures.merchant();
        fixtures.role(merchant, "refund_desk", "refunds.create", "transactions.read");
        fixtures.user(merchant, List.of("refund_desk"));
        fixtures.user(merchant, List.of("refund_desk", "viewer"));

        JsonNode roles = server.get("/v1/roles", merchant.adminKey()).json().path("data");

        assertThat(roles.findValuesAsText("name")).containsExactly("admin", "finance", "support", "viewer", "refund_desk");
        for (JsonNode role : roles) {
            switch (role.path("name").asText()) {
                case "admin" -> assertThat(role.path("user_count").asLong()).isEqualTo(1);
                case "viewer" -> assertThat(role.path("user_count").asLong()).isEqualTo(1);
                case "refund_desk" -> {
                    assertThat(role.path("user_count").asLong()).isEqualTo(2);
                    assertThat(role.path("permissions").toString()).isEqualTo("[\"refunds.create\",\"transactions.read\"]");
                }
                case "finance" -> assertThat(role.path("permissions")).hasSize(6);
                default -> assertThat(role.path("user_count").asLong()).isZero();
            }
        }
    }

    @Test
    void unknownRolesAndPermissionsAreRefused() {
        Fixtures.MerchantFixture merchant = fixtures.merchant();
        assertThat(server.post("/v1/users", merchant.adminKey(), "{\"email\":\"y@example.com\",\"name\":\"Y\",\"roles\":[\"boss\"]}").problemCode())
                .isEqualTo("validation_failed");
        TestServer.Response role = server.post("/v1/roles", merchant.adminKey(), "{\"name\":\"x_role\",\"permissions\":[\"refunds.steal\"]}");
        assertThat(role.json().path("errors").get(0).path("code").asText()).isEqualTo("unknown_permission");
        assertThat(server.post("/v1/roles", merchant.adminKey(), "{\"name\":\"admin\",\"permissions\":[\"refunds.create\"]}").problemCode())
                .isEqualTo("validation_failed");
    }

    @Test
    void listsPageWithACursor() {
        Fixtures.MerchantFixture merchant = fixtures.merchant();
        for (int i = 0; i < 4; i++) {
            fixtures.user(merchant, List.of("viewer"));
        }
        JsonNode first = server.get("/v1/users?limit=2", merchant.adminKey()).json();
        JsonNode second = server.get("/v1/users?limit=2&cursor=" + first.path("next_cursor").asText(), merchant.adminKey()).json();
        JsonNode third = server.get("/v1/users?limit=2&cursor=" + second.path("next_cursor").asText(), merchant.adminKey()).json();
        assertThat(first.path("data")).hasSize(2);
        assertThat(second.path("data")).hasSize(2);
        assertThat(third.path("data")).hasSize(1);
        assertThat(third.path("next_cursor").isNull()).isTrue();
        assertThat(server.get("/v1/users?limit=0", merchant.adminKey()).problemCode()).isEqualTo("validation_failed");
        assertThat(server.get("/v1/users?limit=101", merchant.adminKey()).problemCode()).isEqualTo("validation_failed");
    }

    @Test
    void everyCommandIsAuditedAndMerchantsSeeOnlyTheirOwnRows() {
        Fixtures.MerchantFixture merchant = fixtures.merchant();
        Fixtures.MerchantFixture other = fixtures.merchant();
        fixtures.user(merchant, List.of("viewer"));

        JsonNode own = server.get("/v1/audit_events?limit=100", merchant.adminKey()).json().path("data");
        assertThat(own.findValuesAsText("command")).contains("create_merchant", "create_user");
        assertThat(own.findValuesAsText("merchant_id")).containsOnly(merchant.id());
        assertThat(own.get(0).path("request_id").asText()).isNotEmpty();
        assertThat(server.get("/v1/audit_events?limit=100", other.adminKey()).body()).doesNotContain(merchant.id());

        JsonNode verification = server.get("/v1/audit_events/verification", TestServer.OPERATOR_KEY).json();
        assertThat(verification.path("intact").asBoolean()).isTrue();
        assertThat(verification.path("events").asLong()).isGreaterThanOrEqualTo(3);
    }
}
