package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.transaction.RecordTransaction;
import dev.paydesk.bootstrap.testing.Fixtures;
import dev.paydesk.bootstrap.testing.TestServer;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Settlement over HTTP on the real server. The server's clock is real time, and the sweep of a date takes the sales
 * completed before that date's cutoff; so the sales are recorded backdated, through the server's own ports with a
 * fixed clock, and the sweep is run over HTTP for past business dates (a catch-up, which operators may always run).
 * Each test uses its own dates in November 2026 (business days in every served country) and its own merchants.
 */
class SettlementHttpTest {
    private static final CommandContext OPERATOR = new CommandContext(new Principal.OperatorPrincipal("op_backdating"), "req_backdated");

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

    /** A completed sale recorded as if at {@code completedAt}, through the same use case the server runs. */
    private static void saleAt(Fixtures.MerchantFixture merchant, long amount, String currency, String completedAt) {
        PaydeskPorts ports = server.server().injector().getInstance(PaydeskPorts.class);
        Paydesk backdated = Paydesk.over(ports, Clock.fixed(Instant.parse(completedAt), ZoneOffset.UTC));
        backdated.recordTransaction().record(OPERATOR, new RecordTransaction.Command(new MerchantId(merchant.id()), "order-" + UUID.randomUUID(),
                Money.of(amount, currency), PaymentMethod.of(PaymentMethodType.CARD), true));
    }

    private static TestServer.Response run(String businessDate) {
        return server.post("/v1/settlements/run", TestServer.OPERATOR_KEY, "{\"business_date\":\"" + businessDate + "\"}");
    }

    private static JsonNode onlySettlementOf(Fixtures.MerchantFixture merchant) {
        TestServer.Response response = server.get("/v1/settlements", merchant.adminKey());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("data")).hasSize(1);
        return response.json().path("data").get(0);
    }

    private static void assertLedgerBalanced() {
        TestServer.Response check = server.get("/v1/ledger/check", TestServer.OPERATOR_KEY);
        assertThat(check.json().path("balanced").asBoolean()).as(check.body()).isTrue();
    }

    @Test
    void theSpecExampleSettlesOverHttpIntoFeeVatGuaranteeAndNet() {
        Fixtures.MerchantFixture merchant = fixtures.merchant("NG", "NGN");
        saleAt(merchant, 100_000, "NGN", "2026-11-09T12:00:00Z");

        TestServer.Response run = run("2026-11-10");

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().path("business_date").asText()).isEqualTo("2026-11-10");
        assertThat(run.json().path("settlements_created").asInt()).isEqualTo(1);
        JsonNode settlement = onlySettlementOf(merchant);
        assertThat(settlement.path("id").asText()).startsWith("stl_");
        assertThat(settlement.path("business_date").asText()).isEqualTo("2026-11-10");
        assertThat(settlement.path("currency").asText()).isEqualTo("NGN");
        assertThat(settlement.path("sales").asLong()).isEqualTo(100_000);
        assertThat(settlement.path("fees").asLong()).isEqualTo(1_500);
        assertThat(settlement.path("vat").asLong()).isEqualTo(113);
        assertThat(settlement.path("guarantee").asLong()).isEqualTo(10_000);
        assertThat(settlement.path("net").asLong()).isEqualTo(88_387);
        assertThat(settlement.path("lines")).extracting(line -> line.path("type").asText())
                .containsExactly("sale", "fee", "vat", "guarantee");
        JsonNode balances = server.get("/v1/balances", merchant.adminKey()).json().path("data").get(0);
        assertThat(balances.path("currency").asText()).isEqualTo("NGN");
        assertThat(balances.path("shop").asLong()).isZero();
        assertThat(balances.path("main").asLong()).isEqualTo(88_387);
        assertThat(balances.path("reserve").asLong()).isEqualTo(10_000);
        JsonNode completed = server.get("/v1/events", merchant.adminKey()).json().path("data").get(0);
        assertThat(completed.path("type").asText()).isEqualTo("settlement.completed");
        assertThat(completed.path("object_id").asText()).isEqualTo(settlement.path("id").asText());
        assertThat(completed.path("data").path("net").asLong()).isEqualTo(88_387);
        assertLedgerBalanced();
    }

    @Test
    void francsCfaAndShillingsHaveNoMinorUnitsAndEachLineRoundsHalfUp() {
        Fixtures.MerchantFixture senegal = fixtures.merchant("SN", "XOF");
        Fixtures.MerchantFixture uganda = fixtures.merchant("UG", "UGX");
        saleAt(senegal, 10_000, "XOF", "2026-11-11T12:00:00Z");
        saleAt(senegal, 2_333, "XOF", "2026-11-11T13:00:00Z");
        saleAt(uganda, 1_000_001, "UGX", "2026-11-11T12:00:00Z");

        assertThat(run("2026-11-12").json().path("settlements_created").asInt()).isEqualTo(2);

        // XOF: fees 150 + 34.995 → 35; VAT 18 % of each fee: 27 + 6.3 → 6; guarantee 10 % of 12,333 → 1,233.3 → 1,233
        JsonNode xof = onlySettlementOf(senegal);
        assertThat(xof.path("fees").asLong()).isEqualTo(185);
        assertThat(xof.path("vat").asLong()).isEqualTo(33);
        assertThat(xof.path("guarantee").asLong()).isEqualTo(1_233);
        assertThat(xof.path("net").asLong()).isEqualTo(12_333 - 185 - 33 - 1_233);
        // UGX: fee 15,000.015 → 15,000; VAT 2,700; guarantee 100,000.1 → 100,000
        JsonNode ugx = onlySettlementOf(uganda);
        assertThat(ugx.path("fees").asLong()).isEqualTo(15_000);
        assertThat(ugx.path("vat").asLong()).isEqualTo(2_700);
        assertThat(ugx.path("guarantee").asLong()).isEqualTo(100_000);
        assertThat(ugx.path("net").asLong()).isEqualTo(1_000_001 - 15_000 - 2_700 - 100_000);
        assertLedgerBalanced();
    }

    @Test
    void aHolidayAddedAtRunTimeStopsThatDaysSweepForThatCountryOnly() {
        Fixtures.MerchantFixture nigeria = fixtures.merchant("NG", "NGN");
        Fixtures.MerchantFixture ghana = fixtures.merchant("GH", "GHS");
        saleAt(nigeria, 50_000, "NGN", "2026-11-17T12:00:00Z");
        saleAt(ghana, 50_000, "GHS", "2026-11-17T12:00:00Z");
        TestServer.Response added = server.post("/v1/calendars/NG/holidays", TestServer.OPERATOR_KEY,
                "{\"date\":\"2026-11-18\",\"name\":\"Extraordinary public holiday\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(server.get("/v1/calendars/NG?year=2026", TestServer.OPERATOR_KEY).json().path("holidays"))
                .anySatisfy(holiday -> assertThat(holiday.path("date").asText()).isEqualTo("2026-11-18"));

        assertThat(run("2026-11-18").json().path("settlements_created").asInt()).isEqualTo(1);

        assertThat(onlySettlementOf(ghana).path("business_date").asText()).isEqualTo("2026-11-18");
        assertThat(server.get("/v1/settlements", nigeria.adminKey()).json().path("data")).isEmpty();
        assertThat(run("2026-11-19").json().path("settlements_created").asInt()).isEqualTo(1);
        assertThat(onlySettlementOf(nigeria).path("business_date").asText()).isEqualTo("2026-11-19");
        assertLedgerBalanced();
    }

    @Test
    void runningTheSameDateTwiceCreatesNothingTheSecondTime() {
        Fixtures.MerchantFixture merchant = fixtures.merchant("KE", "KES");
        saleAt(merchant, 70_000, "KES", "2026-11-23T08:00:00Z");

        assertThat(run("2026-11-24").json().path("settlements_created").asInt()).isEqualTo(1);
        TestServer.Response again = run("2026-11-24");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("settlements_created").asInt()).isZero();
        assertThat(onlySettlementOf(merchant).path("sales").asLong()).isEqualTo(70_000);
        assertLedgerBalanced();
    }

    @Test
    void aTariffSetByAnOperatorComesBackAndBadValuesAreRefusedNamingEachField() {
        Fixtures.MerchantFixture merchant = fixtures.merchant("GH", "GHS");
        String path = "/v1/merchants/" + merchant.id() + "/tariff";
        assertThat(server.get(path, TestServer.OPERATOR_KEY).json().path("rate_bps").asInt()).isEqualTo(150);

        TestServer.Response set = server.send("PUT", path, TestServer.OPERATOR_KEY,
                "{\"rate_bps\":200,\"fixed_amount\":50,\"reserve_bps\":500,\"reserve_days\":14}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("reserve_days").asInt()).isEqualTo(14);
        assertThat(server.get(path, TestServer.OPERATOR_KEY).json().path("rate_bps").asInt()).isEqualTo(200);

        TestServer.Response bad = server.send("PUT", path, TestServer.OPERATOR_KEY,
                "{\"rate_bps\":10001,\"fixed_amount\":-1,\"reserve_bps\":-5,\"reserve_days\":400,\"extra\":1}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.problemCode()).isEqualTo("validation_failed");
        assertThat(bad.json().path("errors")).extracting(error -> error.path("field").asText())
                .containsExactlyInAnyOrder("rate_bps", "fixed_amount", "reserve_bps", "reserve_days", "extra");
        assertThat(server.send("PUT", "/v1/merchants/mer_unknown000/tariff", TestServer.OPERATOR_KEY,
                "{\"rate_bps\":200,\"fixed_amount\":0,\"reserve_bps\":500,\"reserve_days\":14}").status()).isEqualTo(404);
    }

    @Test
    void badDatesAndUnknownCountriesAreRefused() {
        TestServer.Response badDate = run("2026-02-30");
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.json().path("errors").get(0).path("field").asText()).isEqualTo("business_date");
        assertThat(run("24/11/2026").status()).isEqualTo(422);
        TestServer.Response future = run("2099-01-05");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().path("errors").get(0).path("field").asText()).isEqualTo("business_date");

        assertThat(server.get("/v1/calendars/ZZ", TestServer.OPERATOR_KEY).status()).isEqualTo(404);
        assertThat(server.post("/v1/calendars/ZZ/holidays", TestServer.OPERATOR_KEY, "{\"date\":\"2026-12-01\",\"name\":\"x\"}").status())
                .isEqualTo(404);
        TestServer.Response badHoliday = server.post("/v1/calendars/GH/holidays", TestServer.OPERATOR_KEY, "{\"date\":\"2026-13-01\"}");
        assertThat(badHoliday.status()).isEqualTo(422);
        assertThat(badHoliday.json().path("errors")).extracting(error -> error.path("field").asText()).containsExactlyInAnyOrder("date", "name");
        TestServer.Response badYear = server.get("/v1/calendars/GH?year=1999", TestServer.OPERATOR_KEY);
        assertThat(badYear.status()).isEqualTo(422);
        assertThat(badYear.json().path("errors").get(0).path("field").asText()).isEqualTo("year");

        JsonNode calendar = server.get("/v1/calendars/KE?year=2027", TestServer.OPERATOR_KEY).json();
        assertThat(calendar.path("time_zone").asText()).isEqualTo("Africa/Nairobi");
        assertThat(calendar.path("weekend")).extracting(JsonNode::asText).containsExactly("saturday", "sunday");
        assertThat(calendar.path("holidays")).isNotEmpty();
    }

    @Test
    void theReserveReleaseAndSweepJobsRunByName() {
        TestServer.Response release = server.post("/v1/jobs/reserve_release/run", TestServer.OPERATOR_KEY, "{}");
        assertThat(release.status()).as(release.body()).isEqualTo(200);
        TestServer.Response sweeps = server.post("/v1/jobs/settlement_sweeps/run", TestServer.OPERATOR_KEY, "{}");
        assertThat(sweeps.status()).as(sweeps.body()).isEqualTo(200);
        assertLedgerBalanced();
    }
}
