package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.bootstrap.testing.Fixtures;
import dev.paydesk.bootstrap.testing.TestServer;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated from the route table: every route, called by a principal it admits, with malformed bodies,
 * wrong types for every documented field, absurd numbers, odd query strings and ids that cannot exist,
 * answers with a problem, never a 500. A client's mistake is never the server's error.
 */
class NoServerErrorForBadInputTest {
    private static final List<String> BODIES = List.of("", "{}", "[]", "null", "\"text\"", "42", "{\"a\":", "{\"amount\":1e999}",
            "{\"amount\":-9223372036854775808}", "{\"amount\":92233720368547758070}", "{\"amount\":\"12\"}", "{\"amount\":1.5}",
            "{\"" + "x".repeat(300) + "\":1}", "{\"roles\":[[]],\"permissions\":{},\"documents\":[1,\"a\",null,{}],\"payment_method\":[]}",
            "{\"business_date\":\"2026-02-30\",\"date\":\"tomorrow\",\"respond_by\":\"soon\",\"created_from\":1}");
    private static final List<String> QUERIES = List.of("?limit=-1", "?limit=abc", "?cursor=%00%01", "?cursor=" + "A".repeat(300),
            "?status=%27;drop", "?created_from=2026-13-45T99:99:99Z", "?year=99999", "?country=XX");

    private static TestServer server;
    private static Fixtures.MerchantFixture merchant;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("PAYDESK_GATEWAY", "manual"));
        merchant = new Fixtures(server).verifiedMerchant();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersBadInputWithAProblem() {
        return server.server().http().routes().stream()
                .filter(route -> route.access().requiresKey())
                .map(route -> DynamicTest.dynamicTest(route.method() + " " + route.path(), () -> {
                    String key = route.access().allows(new dev.paydesk.domain.identity.Principal.OperatorPrincipal("opr_x"))
                            ? TestServer.OPERATOR_KEY : merchant.adminKey();
                    List<String> paths = new ArrayList<>(List.of(concrete(route, "nope"), concrete(route, "txn_0000000000"),
                            concrete(route, "%2e%2e%2f"), concrete(route, "x".repeat(500))));
                    for (String path : paths) {
                        if (route.method() == HandlerType.GET) {
                            for (String query : QUERIES) {
                                assertNoServerError(route, path + query, server.get(path + query, key));
                            }
                        } else {
                            for (String body : BODIES) {
                                assertNoServerError(route, path + " " + body, server.send(route.method().name(), path, key, body));
                            }
                        }
                    }
                }));
    }

    private static String concrete(Route route, String id) {
        return route.path().replaceAll("\\{[a-z_]+}", id);
    }

    private static void assertNoServerError(Route route, String what, TestServer.Response response) {
        assertThat(response.status()).as("%s %s → %s", route.method(), what, response.body()).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.header("Content-Type")).as("%s %s", route.method(), what).startsWith("application/problem+json");
        }
    }
}
