package dev.paydesk.application.payoutaccount;

import static dev.paydesk.application.payoutaccount.PayoutAccountTestbed.manager;
import static dev.paydesk.application.payoutaccount.PayoutAccountTestbed.nigeria;
import static dev.paydesk.application.payoutaccount.PayoutAccountTestbed.operator;
import static dev.paydesk.application.payoutaccount.PayoutAccountTestbed.senegal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.paydesk.adapters.persistence.memory.InMemoryPersistence;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutAccountStatus;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalogue code the instant checks can detect, triggered through create, edit and submit. */
class PayoutAccountChecksThroughUseCasesTest {
    private PayoutAccountTestbed bed;
    private Agent agent;

    @BeforeEach
    void setUp() {
        bed = new PayoutAccountTestbed(InMemoryPersistence.create());
        agent = bed.approvedAgent("NG");
    }

    /** Blank values, not nulls: on an edit (PATCH) a null field is "unchanged", a blank one clears it. */
    static List<Map.Entry<String, java.util.function.UnaryOperator<PayoutAccountFields>>> oneProblemEach() {
        return List.of(
                Map.entry("missing_bank_name", f -> f.withBank("", f.bankCode(), f.branchCode())),
                Map.entry("wrong_bank_name", f -> f.withBank("12345", f.bankCode(), f.branchCode())),
                Map.entry("missing_bank_code", f -> f.withBank(f.bankName(), " ", f.branchCode())),
                Map.entry("wrong_bank_code", f -> f.withBank(f.bankName(), "11", f.branchCode())),
                Map.entry("wrong_branch_code", f -> f.withBank(f.bankName(), f.bankCode(), "AB-12")),
                Map.entry("missing_account_number", f -> f.withAccountNumber("")),
                Map.entry("wrong_account_number", f -> f.withAccountNumber("0000014578")),
                Map.entry("missing_beneficiary_name", f -> f.withBeneficiaryName("")),
                Map.entry("wrong_beneficiary_name", f -> f.withBeneficiaryName("Adaeze Stores 2")),
                Map.entry("missing_phone_number", f -> f.withPhone("")),
                Map.entry("wrong_phone_number", f -> f.withPhone("+2338031234567")),
                Map.entry("missing_business_registration_number", f -> f.withBusinessRegistrationNumber(" ")),
                Map.entry("wrong_business_registration_number", f -> f.withBusinessRegistrationNumber("#1")),
                Map.entry("agent_not_approved", f -> f.withAgentId("")),
                Map.entry("rename_attachment", f -> f.withDocuments(List.of(new DocumentInput("bank_letter", "relevé bancaire.pdf"),
                        new DocumentInput("change_of_payment_form", "form.pdf"), new DocumentInput("triparty_agreement", "tri.pdf")))),
                Map.entry("missing_change_of_payment_form", f -> f.withDocuments(List.of(new DocumentInput("triparty_agreement", "tri.pdf")))),
                Map.entry("missing_triparty_agreement", f -> f.withDocuments(List.of(new DocumentInput("change_of_payment_form", "f.pdf")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneProblemEach")
    void createRefusesEachProblemWithItsCatalogueCode(Map.Entry<String, java.util.function.UnaryOperator<PayoutAccountFields>> problem) {
        assertThat(codes(() -> bed.create(problem.getValue().apply(nigeria(agent))))).containsExactly(problem.getKey());
        assertThat(bed.audit).hasSize(2); // the agent's registration and approval only: nothing was created
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneProblemEach")
    void editRefusesEachProblemWithItsCatalogueCodeAndChangesNothing(Map.Entry<String, java.util.function.UnaryOperator<PayoutAccountFields>> problem) {
        PayoutAccountView draft = bed.create(nigeria(agent));
        PayoutAccountFields patch = problem.getValue().apply(nigeria(agent));

        assertThat(codes(() -> bed.accounts.editPayoutAccount().edit(draft.id(), patch, manager()))).containsExactly(problem.getKey());
        assertThat(bed.get(draft.id()).account()).isEqualTo(draft.account());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        PayoutAccountFields empty = new PayoutAccountFields("NG", "NGN", null, null, null, null, null, null, null, null, null);

        assertThat(codes(() -> bed.create(empty))).containsExactly("missing_bank_name", "missing_bank_code", "missing_account_number",
                "missing_beneficiary_name", "missing_phone_number", "missing_business_registration_number", "agent_not_approved",
                "missing_change_of_payment_form", "missing_triparty_agreement");
    }

    @Test
    void fieldErrorsNameTheFieldsOfTheRequest() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> bed.create(nigeria(agent).withAccountNumber("123").withPhone("0803")));
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("account_number", "phone");
    }

    @Test
    void spacesTypedInsideAnAccountNumberAreRemovedNotRefused() {
        PayoutAccountView created = bed.create(nigeria(agent).withAccountNumber("0000 0145 79"));

        assertThat(created.account().details().accountNumber()).isEqualTo("0000014579");
        assertThat(bed.get(created.id()).account().details().accountNumber()).isEqualTo("0000014579");
    }

    @Test
    void senegalAccountsAreCheckedAsIbanAndRib() {
        Agent dakar = bed.approvedAgent("SN");
        assertThat(bed.create(senegal(dakar)).status()).isEqualTo(PayoutAccountStatus.DRAFT);
        assertThat(codes(() -> bed.create(senegal(dakar).withAccountNumber("SN09SN0100152000048500003035")))).containsExactly("wrong_account_number");
        assertThat(codes(() -> bed.create(senegal(dakar).withBank("CBAO", "SN010", "01521")))).containsExactly("wrong_branch_code");
    }

    @Test
    void anAgentMustBeApprovedInTheAccountsCountry() {
        Agent ghanaian = bed.approvedAgent("GH");
        Agent pending = bed.agents.registerAgent().register(new dev.paydesk.application.agent.RegisterAgent.Command("NG", "Pending"), operator());

        assertThat(codes(() -> bed.create(nigeria(ghanaian)))).containsExactly("agent_not_approved");
        assertThat(codes(() -> bed.create(nigeria(pending)))).containsExactly("agent_not_approved");
        assertThat(codes(() -> bed.create(nigeria(agent).withAgentId("agt_unknown")))).containsExactly("agent_not_approved");
        assertThat(codes(() -> bed.create(nigeria(agent).withAgentId("not-an-id")))).containsExactly("agent_not_approved");
    }

    @Test
    void submissionNeedsTheMerchantsKycCompletedAndSaysSoWithTheOtherProblems() {
        PayoutAccountId id = bed.create(nigeria(agent)).id();
        bed.unverify(PayoutAccountTestbed.MERCHANT);
        bed.agents.suspendAgent().suspend(agent.id(), operator());

        assertThat(codes(() -> bed.accounts.submitPayoutAccount().submit(id, manager()))).containsExactly("agent_not_approved", "kyc_not_completed");
    }

    @Test
    void submittingChecksAgainForAnAgentSuspendedSinceTheEdit() {
        PayoutAccountId id = bed.create(nigeria(agent)).id();
        bed.agents.suspendAgent().suspend(agent.id(), operator());

        assertThat(codes(() -> bed.accounts.submitPayoutAccount().submit(id, manager()))).containsExactly("agent_not_approved");
        assertThat(bed.get(id).status()).isEqualTo(PayoutAccountStatus.DRAFT);
    }

    @Test
    void anUnsupportedCorridorIsRefusedBeforeTheOtherChecks() {
        assertThat(codes(() -> bed.create(nigeria(agent).withCorridor("FR", "EUR")))).containsExactly("unsupported_country");
        assertThat(codes(() -> bed.create(nigeria(agent).withCorridor("NG", "GHS")))).containsExactly("unsupported_currency");
    }

    @Test
    void anUnknownDocumentKindIsNamed() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> bed.create(nigeria(agent)
                .withDocuments(List.of(new DocumentInput("selfie", "me.png")))));
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code)
                .contains(org.assertj.core.groups.Tuple.tuple("documents[0].kind", "unknown_document_kind"));
    }

    @Test
    void onlyMerchantUsersWithThePermissionManageAccounts() {
        var viewer = new dev.paydesk.application.shared.CommandContext(new dev.paydesk.domain.identity.Principal.MerchantUser(
                "usr_v", PayoutAccountTestbed.MERCHANT, java.util.Set.of(dev.paydesk.domain.identity.Permission.BALANCES_READ), false), "r");
        assertThatThrownBy(() -> bed.accounts.createPayoutAccount().create(nigeria(agent), viewer))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> bed.accounts.createPayoutAccount().create(nigeria(agent), operator()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    static List<String> codes(ThrowingCallable call) {
        DomainException refused = catchThrowableOfType(DomainException.class, call);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        return refused.errors().stream().map(FieldError::code).toList();
    }
}
