package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.bootstrap.testing.Fixtures;
import dev.paydesk.bootstrap.testing.TestServer;
import dev.paydesk.domain.identity.Permission;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated from the route table: every route × {no key, bad key, other merchant, role lacking the
 * permission, right role}. A new route is covered without anyone remembering to; a route whose path
 * ids have no fixture here fails, asking for one.
 */
class AuthorizationMatrixTest {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z_]+)}");
    private static TestServer server;
    private static Fixtures.MerchantFixture merchantA;
    private static Fixtures.MerchantFixture merchantB;
    private static final Map<Permission, Fixtures.UserFixture> HOLDERS = new EnumMap<>(Permission.class);
    private static final Map<Permission, Fixtures.UserFixture> LACKERS = new EnumMap<>(Permission.class);
    private static final Map<String, String> IDS_OF_A = new LinkedHashMap<>();

    @BeforeAll
    static void setUp() {
        server = TestServer.start();
        Fixtures fixtures = new Fixtures(server);
        merchantA = fixtures.merchant();
        merchantB = fixtures.merchant("SN", "XOF");
        for (Permission permission : Permission.values()) {
            String role = "only_" + permission.code().replace('.', '_');
            fixtures.role(merchantA, role, permission.code());
            HOLDERS.put(permission, fixtures.user(merchantA, List.of(role)));
        }
        for (Permission permission : Permission.values()) {
            Permission other = permission == Permission.TRANSACTIONS_READ ? Permission.WEBHOOKS_MANAGE : Permission.TRANSACTIONS_READ;
            LACKERS.put(permission, HOLDERS.get(other));
        }
        Fixtures.UserFixture someUser = fixtures.user(merchantA, List.of("viewer"));
        TestServer.Response key = server.post("/v1/users/" + someUser.id() + "/api_keys", merchantA.adminKey(), "{}");
        IDS_OF_A.put("/v1/merchants/{id}", merchantA.id());
        IDS_OF_A.put("/v1/jobs/{name}", "idempotency_purge");
        IDS_OF_A.put("/v1/calendars/{country}", "NG");
        String transaction = fixtures.completedTransaction(merchantA, 100_000, "NGN");
        IDS_OF_A.put("/v1/transactions/{id}", transaction);
        IDS_OF_A.put("/v1/refunds/{id}", fixtures.refund(HOLDERS.get(Permission.REFUNDS_CREATE).key(), transaction, 1_000));
        IDS_OF_A.put("/v1/disputes/{id}", fixtures.dispute(transaction, 1_000, "claim"));
        IDS_OF_A.put("/v1/users/{id}", someUser.id());
        IDS_OF_A.put("/v1/users/{id}/api_keys/{key_id}", someUser.id() + "|" + key.json().path("id").asText());
        String agent = fixtures.approvedAgent("NG");
        IDS_OF_A.put("/v1/agents/{id}", fixtures.approvedAgent("NG"));
        IDS_OF_A.put("/v1/payout_accounts/{id}", fixtures.payoutAccount(merchantA, Fixtures.nigerianPayoutAccount(agent)));
    }

    @AfterAll
    static void tearDown() {
        server.close();
    }

    @TestFactory
    Stream<DynamicContainer> everyRouteRefusesWhoItMustAndAdmitsWhoItMay() {
        return server.server().http().routes().stream()
                .filter(route -> route.access().requiresKey())
                .map(route -> DynamicContainer.dynamicContainer(route.method() + " " + route.path(), cases(route)));
    }

    private static Stream<DynamicTest> cases(Route route) {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("no key → 401", () ->
                assertProblem(call(route, null), 401, "unauthorized")));
        tests.add(DynamicTest.dynamicTest("bad key → 401", () ->
                assertProblem(call(route, "pdk_usr_" + "x".repeat(43)), 401, "unauthorized")));
        Access access = route.access();
        if (access instanceof Access.Operator) {
            tests.add(DynamicTest.dynamicTest("merchant admin → 403", () ->
                    assertProblem(call(route, merchantA.adminKey()), 403, "forbidden")));
            tests.add(DynamicTest.dynamicTest("operator → admitted", () ->
                    assertAdmitted(call(route, TestServer.OPERATOR_KEY))));
            return tests.stream();
        }
        Permission permission = access.permission();
        if (permission != null) {
            tests.add(DynamicTest.dynamicTest("other merchant → 404 or none of the objects", () -> {
                TestServer.Response response = call(route, merchantB.adminKey());
                if (route.path().contains("{")) {
                    assertProblem(response, 404, "not_found");
                } else {
                    assertThat(response.body()).doesNotContain(merchantA.id()).doesNotContain(merchantA.adminUserId());
                }
            }));
            tests.add(DynamicTest.dynamicTest("role lacking " + permission.code() + " → 403", () ->
                    assertProblem(call(route, LACKERS.get(permission).key()), 403, "forbidden")));
            tests.add(DynamicTest.dynamicTest("role holding only " + permission.code() + " → admitted", () ->
                    assertAdmitted(call(route, HOLDERS.get(permission).key()))));
        } else {
            tests.add(DynamicTest.dynamicTest("any merchant user → admitted", () ->
                    assertAdmitted(call(route, LACKERS.get(Permission.TRANSACTIONS_READ).key()))));
        }
        if (access instanceof Access.OperatorOrMerchant) {
            tests.add(DynamicTest.dynamicTest("operator → admitted", () -> assertAdmitted(call(route, TestServer.OPERATOR_KEY))));
        }
        return tests.stream();
    }

    private static TestServer.Response call(Route route, String key) {
        String path = concretePath(route);
        String body = route.method() == HandlerType.GET ? null : "{}";
        return server.send(route.method().name(), path, key, body);
    }

    private static String concretePath(Route route) {
        if (!route.path().contains("{")) {
            return route.path();
        }
        // The fixture is keyed by the path up to its last id: /v1/users/{id}/api_keys uses the one of /v1/users/{id}.
        String template = route.path().substring(0, route.path().lastIndexOf('}') + 1);
        String ids = IDS_OF_A.get(template);
        assertThat(ids).as("add a fixture id for the path ids of %s to AuthorizationMatrixTest", route.path()).isNotNull();
        String[] values = ids.split("\\|");
        Matcher matcher = PATH_PARAM.matcher(route.path());
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (matcher.find()) {
            matcher.appendReplacement(path, values[i++]);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static void assertProblem(TestServer.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.problemCode()).isEqualTo(code);
    }

    private static void assertAdmitted(TestServer.Response response) {
        assertThat(response.status()).as(response.body()).isNotIn(401, 403, 500);
        if (response.status() == 404) {
            assertThat(response.problemCode()).as("a 404 for an admitted caller must be about the object, not the route").isEqualTo("not_found");
        }
    }
}
