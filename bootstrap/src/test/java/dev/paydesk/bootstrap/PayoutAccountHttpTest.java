package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.bootstrap.testing.Fixtures;
import dev.paydesk.bootstrap.testing.TestServer;
import dev.paydesk.domain.payoutaccount.NubanCheck;
import dev.paydesk.domain.payoutaccount.RejectionReason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** Payout accounts, agents and the rejection-reason catalogue through the real server (SPEC §10–§12). */
class PayoutAccountHttpTest {
    /** The IBAN registry's examples for Senegal and Côte d'Ivoire. */
    private static final String SN_IBAN = "SN08SN0100152000048500003035";
    private static final String CI_IBAN = "CI93CI0080111301134291200589";
    /** A published NUBAN example: First Bank (011), serial 000001457, check digit 9. */
    private static final String NUBAN = "0000014579";

    /** Codes only a human reviewer can see (the document itself, the bank's answer, the signatures). */
    private static final Set<String> HUMAN_ONLY = Set.of("document_not_readable", "document_password_protected", "handwritten_document",
            "cheque_not_accepted", "invalid_or_closed_account", "missing_bank_stamp", "remove_spaces", "change_of_payment_form_not_signed",
            "change_of_payment_form_incomplete", "store_name_mismatch", "triparty_agreement_not_signed_by_all",
            "triparty_agreement_wrong_agent", "triparty_agreement_outdated_version");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
    private static TestServer server;
    private static Fixtures fixtures;
    private static Fixtures.MerchantFixture merchant;
    private static String nigerianAgent;
    private static String senegaleseAgent;
    private static String ivorianAgent;

    @BeforeAll
    static void start() {
        LOGS.start();
        root().addAppender(LOGS);
        server = TestServer.start();
        fixtures = new Fixtures(server);
        merchant = fixtures.verifiedMerchant();
        nigerianAgent = fixtures.approvedAgent("NG");
        senegaleseAgent = fixtures.approvedAgent("SN");
        ivorianAgent = fixtures.approvedAgent("CI");
    }

    @AfterAll
    static void stop() {
        server.close();
        root().detachAppender(LOGS);
        LOGS.stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    // ---- instant checks -------------------------------------------------------------------------------------------

    static Stream<Arguments> oneProblemEach() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("missing_bank_name", change(f -> with(f, "bank_name", ""))));
        cases.add(Arguments.of("wrong_bank_name", change(f -> with(f, "bank_name", "12345"))));
        cases.add(Arguments.of("missing_bank_code", change(f -> without(f, "bank_code"))));
        cases.add(Arguments.of("wrong_bank_code", change(f -> with(f, "bank_code", "11"))));
        cases.add(Arguments.of("wrong_branch_code", change(f -> with(f, "branch_code", "AB-12"))));
        cases.add(Arguments.of("missing_account_number", change(f -> with(f, "account_number", null))));
        cases.add(Arguments.of("wrong_account_number", change(f -> with(f, "account_number", "0000014578"))));
        cases.add(Arguments.of("missing_beneficiary_name", change(f -> with(f, "beneficiary_name", "  "))));
        cases.add(Arguments.of("wrong_beneficiary_name", change(f -> with(f, "beneficiary_name", "Adaeze Stores #2"))));
        cases.add(Arguments.of("missing_phone_number", change(f -> without(f, "phone"))));
        cases.add(Arguments.of("wrong_phone_number", change(f -> with(f, "phone", "+233241234567"))));
        cases.add(Arguments.of("missing_business_registration_number", change(f -> with(f, "business_registration_number", ""))));
        cases.add(Arguments.of("wrong_business_registration_number", change(f -> with(f, "business_registration_number", "#1"))));
        cases.add(Arguments.of("agent_not_approved", change(f -> without(f, "agent_id"))));
        cases.add(Arguments.of("rename_attachment", change(f -> with(f, "documents", List.of(
                document("bank_letter", "relevé bancaire.pdf"), document("change_of_payment_form", "form.pdf"),
                document("triparty_agreement", "tri.pdf"))))));
        cases.add(Arguments.of("missing_change_of_payment_form", change(f -> with(f, "documents", List.of(document("triparty_agreement", "tri.pdf"))))));
        cases.add(Arguments.of("missing_triparty_agreement", change(f -> with(f, "documents", List.of(document("change_of_payment_form", "f.pdf"))))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneProblemEach")
    void createReportsEachDetectableProblemWithItsCatalogueCode(String code, UnaryOperator<Map<String, Object>> problem) {
        TestServer.Response refused = server.post("/v1/payout_accounts", merchant.adminKey(), json(problem.apply(nigeria())));

        assertValidationCodes(refused).containsExactly(code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneProblemEach")
    void editReportsEachDetectableProblemWithItsCatalogueCodeAndChangesNothing(String code, UnaryOperator<Map<String, Object>> problem) {
        String id = create(nigeria());
        String before = get(id).body();
        Map<String, Object> patch = problem.apply(nigeria());
        // A field the problem removes is cleared with JSON null on a PATCH.
        for (String field : nigeria().keySet()) {
            patch.putIfAbsent(field, null);
        }

        assertValidationCodes(server.send("PATCH", "/v1/payout_accounts/" + id, merchant.adminKey(), json(patch))).containsExactly(code);
        assertThat(get(id).body()).isEqualTo(before);
    }

    @Test
    void everyCatalogueCodeIsEitherDetectedThroughHttpOrLeftToTheHumanReview() {
        Set<String> detected = new HashSet<>();
        oneProblemEach().forEach(arguments -> detected.add((String) arguments.get()[0]));
        detected.add("kyc_not_completed"); // at submission: aMerchantWhoseKycIsNotCompletedCannotSubmit
        JsonNode catalogue = server.get("/v1/rejection_reasons", merchant.adminKey()).json().path("data");
        Set<String> all = new HashSet<>(catalogue.findValuesAsText("code"));

        assertThat(all).hasSize(31);
        assertThat(detected).doesNotContainAnyElementsOf(HUMAN_ONLY);
        Set<String> union = new HashSet<>(detected);
        union.addAll(HUMAN_ONLY);
        assertThat(union).isEqualTo(all);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        TestServer.Response refused = server.post("/v1/payout_accounts", merchant.adminKey(), "{\"country\":\"NG\",\"currency\":\"NGN\"}");

        assertValidationCodes(refused).containsExactly("missing_bank_name", "missing_bank_code", "missing_account_number",
                "missing_beneficiary_name", "missing_phone_number", "missing_business_registration_number", "agent_not_approved",
                "missing_change_of_payment_form", "missing_triparty_agreement");
        assertThat(refused.json().path("errors").findValuesAsText("field")).contains("bank_name", "account_number", "agent_id", "documents");
    }

    @Test
    void severalWrongFieldsAreReportedTogether() {
        Map<String, Object> fields = nigeria();
        fields.put("account_number", "123");
        fields.put("phone", "0803");
        fields.put("beneficiary_name", "Adaeze@Stores");
        fields.put("documents", List.of(document("change_of_payment_form", "form 1.pdf")));

        assertValidationCodes(server.post("/v1/payout_accounts", merchant.adminKey(), json(fields)))
                .containsExactly("wrong_account_number", "wrong_beneficiary_name", "wrong_phone_number", "rename_attachment",
                        "missing_triparty_agreement");
    }

    @Test
    void aMerchantWhoseKycIsNotCompletedCannotSubmit() {
        String id = create(nigeria());
        server.send("PUT", "/v1/merchants/" + merchant.id() + "/kyc", TestServer.OPERATOR_KEY, "{\"business_information\":\"submitted\"}");

        assertValidationCodes(server.post("/v1/payout_accounts/" + id + "/submit", merchant.adminKey(), "{}")).containsExactly("kyc_not_completed");
        assertThat(get(id).json().path("status").asText()).isEqualTo("draft");
    }

    @Test
    void submittingChecksAgainForAnAgentSuspendedSinceTheLastEdit() {
        String agent = fixtures.approvedAgent("NG");
        String id = create(with(nigeria(), "agent_id", agent));
        assertThat(server.post("/v1/agents/" + agent + "/suspend", TestServer.OPERATOR_KEY, "{}").json().path("status").asText())
                .isEqualTo("suspended");

        assertValidationCodes(server.post("/v1/payout_accounts/" + id + "/submit", merchant.adminKey(), "{}")).containsExactly("agent_not_approved");
        assertThat(get(id).json().path("status").asText()).isEqualTo("draft");
    }

    @Test
    void anAgentOfAnotherCountryOrNotYetApprovedIsRefused() {
        String pending = server.post("/v1/agents", TestServer.OPERATOR_KEY, "{\"country\":\"NG\",\"name\":\"Pending Agent\"}").json().path("id").asText();

        assertValidationCodes(server.post("/v1/payout_accounts", merchant.adminKey(), json(with(nigeria(), "agent_id", senegaleseAgent))))
                .containsExactly("agent_not_approved");
        assertValidationCodes(server.post("/v1/payout_accounts", merchant.adminKey(), json(with(nigeria(), "agent_id", pending))))
                .containsExactly("agent_not_approved");
    }

    @Test
    void theIbanRegistryExamplesForSenegalAndIvoryCoastAreAccepted() {
        TestServer.Response senegal = server.post("/v1/payout_accounts", merchant.adminKey(), json(senegal()));
        TestServer.Response ivoryCoast = server.post("/v1/payout_accounts", merchant.adminKey(), json(ivoryCoast()));

        assertThat(senegal.status()).as(senegal.body()).isEqualTo(201);
        assertThat(senegal.json().path("account_number_last4").asText()).isEqualTo("3035");
        assertThat(ivoryCoast.status()).as(ivoryCoast.body()).isEqualTo(201);
        assertThat(ivoryCoast.json().path("account_number_last4").asText()).isEqualTo("0589");
        assertThat(ivoryCoast.json().path("currency").asText()).isEqualTo("XOF");
    }

    /** Positions in the IBAN check digits, the 12-digit account and the RIB key; the domain tests change every position. */
    @ParameterizedTest(name = "digit {0}")
    @ValueSource(ints = {2, 3, 14, 19, 25, 26, 27})
    void aSingleChangedDigitInTheIbanExamplesIsRefused(int position) {
        assertValidationCodes(server.post("/v1/payout_accounts", merchant.adminKey(),
                json(with(senegal(), "account_number", changedDigit(SN_IBAN, position))))).containsExactly("wrong_account_number");
        assertValidationCodes(server.post("/v1/payout_accounts", merchant.adminKey(),
                json(with(ivoryCoast(), "account_number", changedDigit(CI_IBAN, position))))).containsExactly("wrong_account_number");
    }

    @Test
    void aBankOrBranchCodeThatDisagreesWithTheRibIsRefused() {
        Map<String, Object> fields = senegal();
        fields.put("bank_code", "SN011");
        fields.put("branch_code", "01521");

        assertValidationCodes(server.post("/v1/payout_accounts", merchant.adminKey(), json(fields))).containsExactly("wrong_bank_code", "wrong_branch_code");
    }

    @Test
    void spacesTypedInsideAnAccountNumberAreRemovedNotRefused() {
        TestServer.Response nuban = server.post("/v1/payout_accounts", merchant.adminKey(), json(with(nigeria(), "account_number", "0000 0145 79")));
        TestServer.Response iban = server.post("/v1/payout_accounts", merchant.adminKey(),
                json(with(senegal(), "account_number", "SN08 SN01 0015 2000 0485 0000 3035")));

        assertThat(nuban.status()).as(nuban.body()).isEqualTo(201);
        assertThat(nuban.json().path("account_number_last4").asText()).isEqualTo("4579");
        assertThat(iban.status()).as(iban.body()).isEqualTo(201);
        assertThat(iban.json().path("account_number_last4").asText()).isEqualTo("3035");
    }

    @Test
    void theShapeOfTheBodyIsCheckedBeforeTheValues() {
        Map<String, Object> fields = nigeria();
        fields.put("status", "active");
        fields.put("merchant_id", "mer_other");
        fields.put("account_number", 14579);
        fields.put("documents", List.of(Map.of("kind", "bank_letter", "file_name", "a.pdf", "content", "...")));

        TestServer.Response refused = server.post("/v1/payout_accounts", merchant.adminKey(), json(fields));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("status", "merchant_id", "account_number", "documents[0].content");
    }

    // ---- PATCH ----------------------------------------------------------------------------------------------------

    @Test
    void patchChangesOnlyTheGivenFieldsAndNullClearsOne() {
        String id = create(with(nigeria(), "branch_code", "001"));

        TestServer.Response patched = server.send("PATCH", "/v1/payout_accounts/" + id, merchant.adminKey(),
                "{\"bank_name\":\"First Bank of Nigeria Plc\",\"branch_code\":null}");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("bank_name").asText()).isEqualTo("First Bank of Nigeria Plc");
        assertThat(patched.json().path("branch_code").isNull()).isTrue();
        assertThat(patched.json().path("beneficiary_name").asText()).isEqualTo("Adaeze Okafor Stores Ltd.");
        assertThat(patched.json().path("account_number_last4").asText()).isEqualTo("4579");
    }

    @Test
    void theCorridorOfAnAccountCanBeChangedButNotCleared() {
        String id = create(nigeria());

        TestServer.Response refused = server.send("PATCH", "/v1/payout_accounts/" + id, merchant.adminKey(), "{\"country\":null}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("code")).containsExactly("cannot_be_cleared");
    }

    @Test
    void anotherMerchantsAccountIsNotFound() {
        String id = create(nigeria());
        Fixtures.MerchantFixture other = fixtures.verifiedMerchant();

        assertThat(server.get("/v1/payout_accounts/" + id, other.adminKey()).problemCode()).isEqualTo("not_found");
        assertThat(server.send("PATCH", "/v1/payout_accounts/" + id, other.adminKey(), "{\"bank_name\":\"X Bank\"}").status()).isEqualTo(404);
        assertThat(server.post("/v1/payout_accounts/" + id + "/submit", other.adminKey(), "{}").status()).isEqualTo(404);
        assertThat(server.post("/v1/payout_accounts/" + id + "/prefer", other.adminKey(), "{}").status()).isEqualTo(404);
        assertThat(server.get("/v1/payout_accounts", other.adminKey()).json().path("data")).isEmpty();
        assertThat(server.get("/v1/payout_accounts/pa_doesNotExist", merchant.adminKey()).status()).isEqualTo(404);
        assertThat(server.get("/v1/payout_accounts/not-an-id", merchant.adminKey()).status()).isEqualTo(404);
    }

    // ---- review -----------------------------------------------------------------------------------------------------

    @Test
    void bothPartsApprovedMakeTheAccountActive() {
        String id = create(nigeria());

        JsonNode submitted = submit(id);
        assertThat(submitted.path("status").asText()).isEqualTo("pending_approval");
        Instant submittedAt = Instant.parse(submitted.path("submitted_at").asText());
        Instant dueBy = Instant.parse(submitted.path("review_due_by").asText());
        // 10 business days on the real clock: 13 days and some hours when submitted on a Saturday, up to 21 with holidays.
        assertThat(Duration.between(submittedAt, dueBy)).isBetween(Duration.ofDays(12), Duration.ofDays(21));

        JsonNode half = review(id, "bank_account", "approve");
        assertThat(half.path("status").asText()).isEqualTo("pending_approval");
        assertThat(half.path("reviews").path("bank_account").path("status").asText()).isEqualTo("approved");
        assertThat(half.path("reviews").path("local_entity").path("status").asText()).isEqualTo("pending");

        JsonNode active = review(id, "local_entity", "approve");
        assertThat(active.path("status").asText()).isEqualTo("active");
        assertThat(get(id).json().path("status").asText()).isEqualTo("active");
    }

    @Test
    void aRejectedPartCarriesItsReasonsAndAnEditReopensOnlyThatPart() {
        String id = create(nigeria());
        submit(id);
        review(id, "local_entity", "approve");

        JsonNode rejected = review(id, "bank_account", "reject", "wrong_bank_name", "missing_bank_stamp");
        assertThat(rejected.path("status").asText()).isEqualTo("rejected");
        assertThat(rejected.path("reviews").path("bank_account").path("status").asText()).isEqualTo("rejected");
        assertThat(texts(rejected.path("reviews").path("bank_account").path("reasons"))).containsExactly("wrong_bank_name", "missing_bank_stamp");

        assertThat(server.post("/v1/payout_accounts/" + id + "/submit", merchant.adminKey(), "{}").problemCode()).isEqualTo("invalid_state");

        JsonNode edited = server.send("PATCH", "/v1/payout_accounts/" + id, merchant.adminKey(),
                "{\"bank_name\":\"First Bank of Nigeria Plc\"}").json();
        assertThat(edited.path("status").asText()).isEqualTo("rejected");
        assertThat(edited.path("reviews").path("bank_account").path("status").asText()).isEqualTo("pending");
        assertThat(edited.path("reviews").path("local_entity").path("status").asText()).isEqualTo("approved");

        JsonNode resubmitted = submit(id);
        assertThat(resubmitted.path("status").asText()).isEqualTo("pending_approval");
        assertThat(resubmitted.path("reviews").path("local_entity").path("status").asText()).isEqualTo("approved");
        assertThat(review(id, "bank_account", "approve").path("status").asText()).isEqualTo("active");
    }

    @Test
    void changingTheAgentReopensOnlyTheLocalEntityPart() {
        String id = create(nigeria());
        submit(id);
        review(id, "bank_account", "approve");
        review(id, "local_entity", "reject", "triparty_agreement_wrong_agent");

        JsonNode edited = server.send("PATCH", "/v1/payout_accounts/" + id, merchant.adminKey(),
                "{\"agent_id\":\"" + fixtures.approvedAgent("NG") + "\"}").json();

        assertThat(edited.path("reviews").path("bank_account").path("status").asText()).isEqualTo("approved");
        assertThat(edited.path("reviews").path("local_entity").path("status").asText()).isEqualTo("pending");
    }

    @Test
    void aReviewNeedsKnownReasonsOfItsOwnPart() {
        String id = create(nigeria());
        submit(id);

        assertValidationCodes(server.post("/v1/payout_accounts/" + id + "/reviews", TestServer.OPERATOR_KEY,
                "{\"part\":\"bank_account\",\"decision\":\"reject\",\"reasons\":[\"agent_not_approved\"]}")).containsExactly("reason_of_other_part");
        assertValidationCodes(server.post("/v1/payout_accounts/" + id + "/reviews", TestServer.OPERATOR_KEY,
                "{\"part\":\"bank_account\",\"decision\":\"reject\",\"reasons\":[\"too_ugly\"]}")).containsExactly("unknown_reason");
        assertValidationCodes(server.post("/v1/payout_accounts/" + id + "/reviews", TestServer.OPERATOR_KEY,
                "{\"part\":\"bank_account\",\"decision\":\"reject\"}")).containsExactly("reason_required");
        assertValidationCodes(server.post("/v1/payout_accounts/" + id + "/reviews", TestServer.OPERATOR_KEY,
                "{\"part\":\"bank\",\"decision\":\"maybe\"}")).containsExactly("invalid_part", "invalid_decision");
        assertThat(get(id).json().path("status").asText()).isEqualTo("pending_approval");
    }

    @Test
    void aDraftIsNotReviewedAndAnAccountUnderReviewIsNotEdited() {
        String id = create(nigeria());
        assertThat(server.post("/v1/payout_accounts/" + id + "/reviews", TestServer.OPERATOR_KEY,
                "{\"part\":\"bank_account\",\"decision\":\"approve\"}").problemCode()).isEqualTo("invalid_state");
        submit(id);
        assertThat(server.send("PATCH", "/v1/payout_accounts/" + id, merchant.adminKey(), "{\"bank_name\":\"X Bank\"}").problemCode())
                .isEqualTo("invalid_state");
    }

    @Test
    void overdueReviewsAreListedForOperatorsMostOverdueFirst() throws Exception {
        String late = create(nigeria());
        String later = create(nigeria());
        String onTime = create(nigeria());
        submit(late);
        submit(later);
        submit(onTime);
        backdateReview(late, Instant.now().minus(Duration.ofDays(30)));
        backdateReview(later, Instant.now().minus(Duration.ofDays(20)));

        TestServer.Response overdue = server.get("/v1/payout_accounts/overdue_reviews?limit=100", TestServer.OPERATOR_KEY);

        assertThat(overdue.status()).as(overdue.body()).isEqualTo(200);
        List<String> ids = overdue.json().path("data").findValuesAsText("id");
        assertThat(ids).containsSubsequence(late, later).doesNotContain(onTime);
        assertThat(overdue.json().path("data").get(0).path("status").asText()).isEqualTo("pending_approval");
        assertThat(server.get("/v1/payout_accounts/overdue_reviews", merchant.adminKey()).status()).isEqualTo(403);

        TestServer.Response firstPage = server.get("/v1/payout_accounts/overdue_reviews?limit=1", TestServer.OPERATOR_KEY);
        String cursor = firstPage.json().path("next_cursor").asText();
        TestServer.Response secondPage = server.get("/v1/payout_accounts/overdue_reviews?limit=1&cursor="
                + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8), TestServer.OPERATOR_KEY);
        assertThat(secondPage.status()).as(secondPage.body()).isEqualTo(200);
        assertThat(secondPage.json().path("data").get(0).path("id").asText()).isNotEqualTo(firstPage.json().path("data").get(0).path("id").asText());
    }

    // ---- preferred account ------------------------------------------------------------------------------------------

    @Test
    void preferringAnActiveAccountTakesEffectAtOnce() {
        Fixtures.MerchantFixture shop = fixtures.verifiedMerchant();
        String first = active(shop, nigeria());
        String second = active(shop, nigeria());

        assertThat(prefer(shop, first).path("preferred").asBoolean()).isTrue();
        JsonNode switched = prefer(shop, second);

        assertThat(switched.path("preferred").asBoolean()).isTrue();
        assertThat(switched.path("preferred_pending").asBoolean()).isFalse();
        assertThat(server.get("/v1/payout_accounts/" + first, shop.adminKey()).json().path("preferred").asBoolean()).isFalse();
    }

    @Test
    void preferringAPendingAccountWaitsForItsApprovalWhileThePreviousOneStaysInUse() {
        Fixtures.MerchantFixture shop = fixtures.verifiedMerchant();
        String current = active(shop, nigeria());
        prefer(shop, current);
        String next = server.post("/v1/payout_accounts", shop.adminKey(), json(nigeria())).json().path("id").asText();
        server.post("/v1/payout_accounts/" + next + "/submit", shop.adminKey(), "{}");

        JsonNode waiting = prefer(shop, next);
        assertThat(waiting.path("preferred").asBoolean()).isFalse();
        assertThat(waiting.path("preferred_pending").asBoolean()).isTrue();
        assertThat(server.get("/v1/payout_accounts/" + current, shop.adminKey()).json().path("preferred").asBoolean()).isTrue();

        review(next, "bank_account", "approve");
        JsonNode approved = review(next, "local_entity", "approve");

        assertThat(approved.path("preferred").asBoolean()).isTrue();
        assertThat(approved.path("preferred_pending").asBoolean()).isFalse();
        assertThat(server.get("/v1/payout_accounts/" + current, shop.adminKey()).json().path("preferred").asBoolean()).isFalse();
        assertThat(preferredIds(shop)).containsExactly(next);
    }

    @Test
    void concurrentPrefersForDifferentAccountsLeaveExactlyOnePreferredAccount() throws Exception {
        Fixtures.MerchantFixture shop = fixtures.verifiedMerchant();
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            accounts.add(active(shop, nigeria()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(accounts.size());
        try {
            for (int round = 0; round < 5; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<TestServer.Response>> calls = new ArrayList<>();
                for (String id : accounts) {
                    calls.add(pool.submit(() -> {
                        go.await();
                        return server.post("/v1/payout_accounts/" + id + "/prefer", shop.adminKey(), "{}");
                    }));
                }
                go.countDown();
                for (Future<TestServer.Response> call : calls) {
                    TestServer.Response response = call.get();
                    assertThat(response.status()).as(response.body()).isEqualTo(200);
                }
                assertThat(preferredIds(shop)).as("round %d", round).hasSize(1).isSubsetOf(accounts);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- agents and the catalogue ----------------------------------------------------------------------------------

    @Test
    void operatorsRegisterApproveSuspendAndListAgents() {
        TestServer.Response registered = server.post("/v1/agents", TestServer.OPERATOR_KEY, "{\"country\":\"KE\",\"name\":\"Nairobi Agents Ltd\"}");
        assertThat(registered.status()).isEqualTo(201);
        JsonNode agent = registered.json();
        assertThat(agent.path("id").asText()).startsWith("agt_");
        assertThat(agent.path("status").asText()).isEqualTo("pending");
        assertThat(agent.path("country").asText()).isEqualTo("KE");
        String id = agent.path("id").asText();

        assertThat(server.post("/v1/agents/" + id + "/suspend", TestServer.OPERATOR_KEY, "{}").problemCode()).isEqualTo("invalid_state");
        assertThat(server.post("/v1/agents/" + id + "/approve", TestServer.OPERATOR_KEY, "{}").json().path("status").asText()).isEqualTo("approved");
        assertThat(server.post("/v1/agents/" + id + "/suspend", TestServer.OPERATOR_KEY, "{}").json().path("status").asText()).isEqualTo("suspended");

        JsonNode kenyans = server.get("/v1/agents?country=KE&limit=100", TestServer.OPERATOR_KEY).json().path("data");
        assertThat(kenyans.findValuesAsText("id")).contains(id);
        assertThat(kenyans.findValuesAsText("country")).containsOnly("KE");
        assertThat(server.get("/v1/agents?country=FR", TestServer.OPERATOR_KEY).problemCode()).isEqualTo("validation_failed");
        assertThat(server.post("/v1/agents", TestServer.OPERATOR_KEY, "{\"country\":\"FR\",\"name\":\"\"}").json().path("errors")
                .findValuesAsText("field")).contains("name");
        assertThat(server.post("/v1/agents/agt_unknown/approve", TestServer.OPERATOR_KEY, "{}").status()).isEqualTo(404);
    }

    @Test
    void agentListsArePaged() {
        for (int i = 0; i < 3; i++) {
            server.post("/v1/agents", TestServer.OPERATOR_KEY, "{\"country\":\"UG\",\"name\":\"Kampala " + i + "\"}");
        }
        JsonNode first = server.get("/v1/agents?country=UG&limit=2", TestServer.OPERATOR_KEY).json();
        String cursor = first.path("next_cursor").asText();
        JsonNode second = server.get("/v1/agents?country=UG&limit=2&cursor=" + cursor, TestServer.OPERATOR_KEY).json();

        assertThat(first.path("data")).hasSize(2);
        assertThat(second.path("data").findValuesAsText("id")).doesNotContainAnyElementsOf(first.path("data").findValuesAsText("id"));
    }

    @Test
    void theRejectionReasonCatalogueHasEveryCodeWithBothTextsAndAFixForAnyKey() {
        Fixtures.UserFixture viewer = fixtures.user(merchant, List.of("viewer"));

        for (String key : List.of(viewer.key(), TestServer.OPERATOR_KEY)) {
            TestServer.Response response = server.get("/v1/rejection_reasons", key);
            assertThat(response.status()).isEqualTo(200);
            JsonNode data = response.json().path("data");
            assertThat(data).hasSize(31);
            for (JsonNode reason : data) {
                assertThat(reason.path("code").asText()).matches("[a-z_]+");
                assertThat(reason.path("part").asText()).isIn("bank_account", "local_entity");
                assertThat(reason.path("text_en").asText()).isNotBlank();
                assertThat(reason.path("text_zh").asText()).isNotBlank();
                assertThat(reason.path("fix").asText()).isNotBlank();
            }
            assertThat(data.findValuesAsText("code")).contains("wrong_account_number", "agent_not_approved", "triparty_agreement_outdated_version");
            assertThat(data.get(0).path("text_zh").asText()).isEqualTo(RejectionReason.RENAME_ATTACHMENT.textZh());
        }
        assertThat(server.get("/v1/rejection_reasons", null).status()).isEqualTo(401);
    }

    // ---- secrets --------------------------------------------------------------------------------------------------

    @Test
    void noResponseLogLineOrAuditRowContainsAFullAccountNumber() throws Exception {
        String otherNuban = "000000001" + NubanCheck.checkDigit("011", "000000001");
        String wrongNuban = "0000014578";
        String unquoted = "12345678901234";
        List<String> secrets = List.of(NUBAN, otherNuban, wrongNuban, SN_IBAN, CI_IBAN, unquoted, "SN08 SN01 0015 2000 0485 0000 3035");
        Fixtures.MerchantFixture shop = fixtures.verifiedMerchant();
        List<String> bodies = new CopyOnWriteArrayList<>();
        Recorder http = new Recorder(bodies);

        // A full flow: create, read, list, edit, submit, reject, fix, resubmit, approve, prefer.
        String nigerian = http.post("/v1/payout_accounts", shop.adminKey(), json(nigeria())).path("id").asText();
        String senegalese = http.post("/v1/payout_accounts", shop.adminKey(),
                json(with(senegal(), "account_number", "SN08 SN01 0015 2000 0485 0000 3035"))).path("id").asText();
        http.post("/v1/payout_accounts", shop.adminKey(), json(ivoryCoast()));
        http.get("/v1/payout_accounts/" + nigerian, shop.adminKey());
        http.get("/v1/payout_accounts", shop.adminKey());
        http.patch("/v1/payout_accounts/" + nigerian, shop.adminKey(), "{\"account_number\":\"" + otherNuban + "\"}");
        http.post("/v1/payout_accounts/" + nigerian + "/submit", shop.adminKey(), "{}");
        http.post("/v1/payout_accounts/" + nigerian + "/reviews", TestServer.OPERATOR_KEY,
                "{\"part\":\"bank_account\",\"decision\":\"reject\",\"reasons\":[\"wrong_account_number\"]}");
        http.patch("/v1/payout_accounts/" + nigerian, shop.adminKey(), "{\"account_number\":\"" + NUBAN + "\"}");
        http.post("/v1/payout_accounts/" + nigerian + "/submit", shop.adminKey(), "{}");
        http.post("/v1/payout_accounts/" + nigerian + "/reviews", TestServer.OPERATOR_KEY, "{\"part\":\"bank_account\",\"decision\":\"approve\"}");
        http.post("/v1/payout_accounts/" + nigerian + "/reviews", TestServer.OPERATOR_KEY, "{\"part\":\"local_entity\",\"decision\":\"approve\"}");
        http.post("/v1/payout_accounts/" + nigerian + "/prefer", shop.adminKey(), "{}");
        http.post("/v1/payout_accounts/" + senegalese + "/submit", shop.adminKey(), "{}");
        http.post("/v1/payout_accounts/" + senegalese + "/prefer", shop.adminKey(), "{}");
        // Refusals that are handed the number: a wrong check digit, a number where a string belongs, broken JSON around it.
        http.post("/v1/payout_accounts", shop.adminKey(), json(with(nigeria(), "account_number", wrongNuban)));
        http.post("/v1/payout_accounts", shop.adminKey(), json(with(senegal(), "account_number", changedDigit(SN_IBAN, 20))));
        http.post("/v1/payout_accounts", shop.adminKey(), "{\"country\":\"GH\",\"currency\":\"GHS\",\"account_number\":" + unquoted + "}");
        http.post("/v1/payout_accounts", shop.adminKey(), "{\"country\":\"SN\",\"account_number\":" + SN_IBAN + "}");
        http.send("PATCH", "/v1/payout_accounts/" + nigerian, shop.adminKey(), "{\"account_number\":\"" + NUBAN + "\"}");
        // An account number where an id or a route belongs: neither the access log nor the problem repeats it.
        http.get("/v1/payout_accounts/" + NUBAN, shop.adminKey());
        http.get("/v1/" + NUBAN, shop.adminKey());
        http.post("/v1/payout_accounts/" + SN_IBAN.replace(" ", "") + "/submit", shop.adminKey(), "{}");
        // Idempotent replays are served from stored bodies.
        TestServer.Response first = server.send(server.request("/v1/payout_accounts", shop.adminKey()).header("Content-Type", "application/json")
                .header("Idempotency-Key", "leak-check-" + shop.id()).POST(java.net.http.HttpRequest.BodyPublishers.ofString(json(ivoryCoast()))));
        TestServer.Response replay = server.send(server.request("/v1/payout_accounts", shop.adminKey()).header("Content-Type", "application/json")
                .header("Idempotency-Key", "leak-check-" + shop.id()).POST(java.net.http.HttpRequest.BodyPublishers.ofString(json(ivoryCoast()))));
        bodies.add(first.body());
        bodies.add(replay.body());
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        http.get("/v1/payout_accounts/overdue_reviews?limit=100", TestServer.OPERATOR_KEY);
        // Every audit row, operator view and merchant view.
        for (String key : List.of(TestServer.OPERATOR_KEY, shop.adminKey())) {
            String cursor = null;
            do {
                JsonNode page = http.get("/v1/audit_events?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), key);
                cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
            } while (cursor != null);
        }
        // Every event of the outbox (payout_account.approved, .preferred, …).
        String eventCursor = null;
        do {
            JsonNode page = http.get("/v1/events?limit=100" + (eventCursor == null ? "" : "&cursor=" + eventCursor), shop.adminKey());
            eventCursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
        } while (eventCursor != null);

        assertThat(http.statuses).contains(200, 201, 400, 404, 422);
        assertThat(bodies.stream().filter(body -> body.contains("payout_account")).count()).isPositive();
        assertThat(String.join("\n", bodies)).contains("\"account_number_last4\":\"4579\"").contains("submit_payout_account")
                .contains("payout_account.preferred");
        List<String> logLines = new ArrayList<>();
        for (ILoggingEvent event : LOGS.list) {
            logLines.add(event.getFormattedMessage());
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                logLines.add(thrown.getClassName() + ": " + thrown.getMessage());
            }
        }
        assertThat(logLines).anyMatch(line -> line.contains("/v1/payout_accounts"));
        for (String secret : secrets) {
            String compact = secret.replace(" ", "");
            assertThat(bodies.stream().filter(body -> body.contains(compact) || body.contains(secret)).toList())
                    .as("responses containing %s", secret).isEmpty();
            assertThat(logLines.stream().filter(line -> line.contains(compact) || line.contains(secret)).toList())
                    .as("log lines containing %s", secret).isEmpty();
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** Records every response body it sees. */
    private static final class Recorder {
        private final List<String> bodies;
        private final List<Integer> statuses = new CopyOnWriteArrayList<>();

        Recorder(List<String> bodies) {
            this.bodies = bodies;
        }

        JsonNode post(String path, String key, String body) {
            return record(server.post(path, key, body));
        }

        JsonNode get(String path, String key) {
            return record(server.get(path, key));
        }

        JsonNode patch(String path, String key, String body) {
            return send("PATCH", path, key, body);
        }

        JsonNode send(String method, String path, String key, String body) {
            return record(server.send(method, path, key, body));
        }

        private JsonNode record(TestServer.Response response) {
            bodies.add(response.body());
            statuses.add(response.status());
            return response.json();
        }
    }

    private static void backdateReview(String id, Instant dueBy) throws Exception {
        DataSource dataSource = server.server().injector().getInstance(DataSource.class);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE payout_account SET submitted_at = ?, review_due_by = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(dueBy.minus(Duration.ofDays(14))));
            update.setTimestamp(2, Timestamp.from(dueBy));
            update.setString(3, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static Map<String, Object> nigeria() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("country", "NG");
        fields.put("currency", "NGN");
        fields.put("bank_name", "First Bank of Nigeria");
        fields.put("bank_code", "011");
        fields.put("account_number", NUBAN);
        fields.put("beneficiary_name", "Adaeze Okafor Stores Ltd.");
        fields.put("phone", "+2348031234567");
        fields.put("business_registration_number", "RC1234567");
        fields.put("agent_id", nigerianAgent);
        fields.put("documents", localDocuments());
        return fields;
    }

    private static Map<String, Object> senegal() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("country", "SN");
        fields.put("currency", "XOF");
        fields.put("bank_name", "CBAO");
        fields.put("bank_code", "SN010");
        fields.put("branch_code", "01520");
        fields.put("account_number", SN_IBAN);
        fields.put("beneficiary_name", "Aïssatou N'Diaye-Koné");
        fields.put("phone", "+221771234567");
        fields.put("business_registration_number", "SN-DKR-2019-B-12345");
        fields.put("agent_id", senegaleseAgent);
        fields.put("documents", localDocuments());
        return fields;
    }

    private static Map<String, Object> ivoryCoast() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("country", "CI");
        fields.put("currency", "XOF");
        fields.put("bank_name", "Société Générale Côte d'Ivoire");
        fields.put("bank_code", "CI008");
        fields.put("branch_code", "01113");
        fields.put("account_number", CI_IBAN);
        fields.put("beneficiary_name", "Koffi Yao Élise");
        fields.put("phone", "+2250707123456");
        fields.put("business_registration_number", "CI-ABJ-2018-B-12345");
        fields.put("agent_id", ivorianAgent);
        fields.put("documents", localDocuments());
        return fields;
    }

    private static List<Map<String, Object>> localDocuments() {
        return List.of(document("bank_letter", "bank_letter.pdf"), document("change_of_payment_form", "change-of-payment.pdf"),
                document("triparty_agreement", "triparty_agreement_v2.pdf"));
    }

    private static Map<String, Object> document(String kind, String fileName) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("kind", kind);
        document.put("file_name", fileName);
        return document;
    }

    private static UnaryOperator<Map<String, Object>> change(UnaryOperator<Map<String, Object>> change) {
        return change;
    }

    private static Map<String, Object> with(Map<String, Object> fields, String field, Object value) {
        fields.put(field, value);
        return fields;
    }

    private static Map<String, Object> without(Map<String, Object> fields, String field) {
        fields.remove(field);
        return fields;
    }

    private static String changedDigit(String number, int position) {
        char digit = number.charAt(position);
        return number.substring(0, position) + (char) ('0' + (digit - '0' + 1) % 10) + number.substring(position + 1);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.assertj.core.api.ListAssert<String> assertValidationCodes(TestServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.problemCode()).isEqualTo("validation_failed");
        return assertThat(response.json().path("errors").findValuesAsText("code"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String create(Map<String, Object> fields) {
        return fixtures.payoutAccount(merchant, json(fields));
    }

    private static TestServer.Response get(String id) {
        return server.get("/v1/payout_accounts/" + id, merchant.adminKey());
    }

    private static JsonNode submit(String id) {
        TestServer.Response response = server.post("/v1/payout_accounts/" + id + "/submit", merchant.adminKey(), "{}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode review(String id, String part, String decision, String... reasons) {
        StringBuilder codes = new StringBuilder();
        for (String reason : reasons) {
            codes.append(codes.length() == 0 ? "" : ",").append('"').append(reason).append('"');
        }
        TestServer.Response response = server.post("/v1/payout_accounts/" + id + "/reviews", TestServer.OPERATOR_KEY,
                "{\"part\":\"" + part + "\",\"decision\":\"" + decision + "\",\"reasons\":[" + codes + "]}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String active(Fixtures.MerchantFixture shop, Map<String, Object> fields) {
        String id = fixtures.payoutAccount(shop, json(fields));
        TestServer.Response submitted = server.post("/v1/payout_accounts/" + id + "/submit", shop.adminKey(), "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        review(id, "bank_account", "approve");
        assertThat(review(id, "local_entity", "approve").path("status").asText()).isEqualTo("active");
        return id;
    }

    private static JsonNode prefer(Fixtures.MerchantFixture shop, String id) {
        TestServer.Response response = server.post("/v1/payout_accounts/" + id + "/prefer", shop.adminKey(), "{}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> preferredIds(Fixtures.MerchantFixture shop) {
        List<String> preferred = new ArrayList<>();
        for (JsonNode account : server.get("/v1/payout_accounts?limit=100", shop.adminKey()).json().path("data")) {
            if (account.path("preferred").asBoolean()) {
                preferred.add(account.path("id").asText());
            }
        }
        return preferred;
    }
}
