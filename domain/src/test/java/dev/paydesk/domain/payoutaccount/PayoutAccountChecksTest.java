package dev.paydesk.domain.payoutaccount;

import static dev.paydesk.domain.payoutaccount.PayoutAccountFixtures.AGENT_ID;
import static dev.paydesk.domain.payoutaccount.PayoutAccountFixtures.PHONES;
import static dev.paydesk.domain.payoutaccount.PayoutAccountFixtures.approvedAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import dev.paydesk.domain.shared.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PayoutAccountChecksTest {

    @Test
    void completeValidDetailsHaveNoProblemsInEveryKindOfCorridor() {
        assertThat(check(PayoutAccountFixtures.nigeria(), approvedAgent("NG"))).isEmpty();
        assertThat(check(PayoutAccountFixtures.senegal(), approvedAgent("SN"))).isEmpty();
        assertThat(check(PayoutAccountFixtures.ghana(), approvedAgent("GH"))).isEmpty();
        assertThat(check(PayoutAccountFixtures.usdInKenya(), null)).isEmpty();
    }

    @Test
    void everyMissingFieldIsReportedWithItsMissingCode() {
        PayoutAccountDetails empty = new PayoutAccountDetails(PayoutCorridor.of("NG", "NGN"),
                null, " ", null, "", null, null, "", null, List.of());

        assertThat(check(empty, null)).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("bank_name", "missing_bank_name"),
                tuple("bank_code", "missing_bank_code"),
                tuple("account_number", "missing_account_number"),
                tuple("beneficiary_name", "missing_beneficiary_name"),
                tuple("phone", "missing_phone_number"),
                tuple("business_registration_number", "missing_business_registration_number"),
                tuple("agent_id", "agent_not_approved"),
                tuple("documents", "missing_change_of_payment_form"),
                tuple("documents", "missing_triparty_agreement"));
    }

    @Test
    void eachProblemCarriesTheEnglishTextOfItsReason() {
        PayoutAccountDetails noBankName = with(PayoutAccountFixtures.nigeria(), "bank_name", null);
        assertThat(check(noBankName, approvedAgent("NG")))
                .containsExactly(new FieldError("bank_name", "missing_bank_name", "Missing bank name"));
    }

    @Test
    void spacesInsideAnAccountNumberAreRemovedNotRefused() {
        PayoutAccountDetails spaced = with(PayoutAccountFixtures.senegal(), "account_number", "SN08 SN010 0152 0000 4850 0003 035");
        assertThat(spaced.accountNumber()).isEqualTo("SN08SN0100152000048500003035");
        assertThat(check(spaced, approvedAgent("SN"))).isEmpty();
        assertThat(check(with(PayoutAccountFixtures.nigeria(), "account_number", "000 001\u00a04579"), approvedAgent("NG"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-014579", "0000014579.", "O000014579", "０000014579"})
    void otherCharactersInAnAccountNumberAreRefused(String accountNumber) {
        assertThat(codes(with(PayoutAccountFixtures.nigeria(), "account_number", accountNumber), approvedAgent("NG")))
                .containsExactly("wrong_account_number");
    }

    @Test
    void nubanWithWrongCheckDigitIsRefused() {
        assertThat(codes(with(PayoutAccountFixtures.nigeria(), "account_number", "0000014578"), approvedAgent("NG")))
                .containsExactly("wrong_account_number");
    }

    @Test
    void aUemoaBankCodeThatDisagreesWithTheRibIsRefused() {
        assertThat(codes(with(PayoutAccountFixtures.senegal(), "bank_code", "SN011"), approvedAgent("SN")))
                .containsExactly("wrong_bank_code");
    }

    @Test
    void aUemoaBranchCodeThatDisagreesWithTheRibIsRefused() {
        assertThat(codes(with(PayoutAccountFixtures.senegal(), "branch_code", "01521"), approvedAgent("SN")))
                .containsExactly("wrong_branch_code");
    }

    @Test
    void aBranchCodeOfOtherCharactersIsRefused() {
        assertThat(codes(with(PayoutAccountFixtures.ghana(), "branch_code", "04-01"), approvedAgent("GH")))
                .containsExactly("wrong_branch_code");
    }

    @ParameterizedTest(name = "{0} {1}: {2} digits")
    @CsvSource({
            "GH, GHS, 10, true", "GH, GHS, 16, true", "GH, GHS, 9, false", "GH, GHS, 17, false",
            "KE, KES, 10, true", "KE, KES, 14, true", "KE, KES, 9, false", "KE, KES, 15, false",
            "UG, UGX, 9, true", "UG, UGX, 16, true", "UG, UGX, 8, false", "UG, UGX, 17, false"})
    void ghanaKenyaAndUgandaAccountNumbersAreDigitsWithinTheCountrysLengthRange(
            String country, String currency, int length, boolean accepted) {
        DigitsAccountCheck check = DigitsAccountCheck.of(PayoutCountry.valueOf(country));
        List<FieldError> problems = check.check("04", null, "7".repeat(length));
        if (accepted) {
            assertThat(problems).as("%s %s %d digits", country, currency, length).isEmpty();
        } else {
            assertThat(problems).extracting(FieldError::code).containsExactly("wrong_account_number");
        }
    }

    @Test
    void lettersInAGhanaianAccountNumberAreRefused() {
        assertThat(codes(with(PayoutAccountFixtures.ghana(), "account_number", "10111300123A5"), approvedAgent("GH")))
                .containsExactly("wrong_account_number");
    }

    @ParameterizedTest
    @CsvSource({"1234, true", "GB82WEST12345698765432, true", "123, false", "A1234567890123456789012345678901234, false", "1234-5678, false"})
    void usdAccountNumbersAreFourToThirtyFourLettersOrDigits(String accountNumber, boolean accepted) {
        List<String> codes = codes(with(PayoutAccountFixtures.usdInKenya(), "account_number", accountNumber), null);
        assertThat(codes).isEqualTo(accepted ? List.of() : List.of("wrong_account_number"));
    }

    @Test
    void aUsdAccountInSenegalIsNotHeldToTheRibRules() {
        PayoutAccountDetails usd = new PayoutAccountDetails(PayoutCorridor.of("SN", "USD"), "Ecobank Senegal", "ECOCSNDA", null,
                "123456789012", "Moussa Diop", "+221771234567", "SN-DKR-2019-B-12345", null, List.of());
        assertThat(check(usd, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aïssatou N'Diaye-Koné", "Jean-Pierre K. Yao", "ÉLODIE CÔTÉ", "Ngozi Okonkwo", "Çağrı Öztürk"})
    void beneficiaryNamesOfLatinLettersAndNamePunctuationAreAccepted(String name) {
        assertThat(BeneficiaryNameCheck.check(name)).isEmpty();
    }

    @Test
    void aBeneficiaryNameTypedWithCombiningAccentsIsAccepted() {
        assertThat(BeneficiaryNameCheck.check("Ai\u0308ssatou")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACME & Sons", "Ade_Bola", "Shop #12", "Ade (Lagos)", "王芳", "Ngozi 2", "N’Diaye", "---", "a/b"})
    void beneficiaryNamesWithOtherCharactersAreRefused(String name) {
        assertThat(BeneficiaryNameCheck.check(name)).extracting(FieldError::code).containsExactly("wrong_beneficiary_name");
    }

    @Test
    void aBlankBeneficiaryNameIsMissing() {
        assertThat(BeneficiaryNameCheck.check("  ")).extracting(FieldError::code).containsExactly("missing_beneficiary_name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bank_letter.pdf", "RIB-2026.PDF", "scan1.jpeg"})
    void attachmentNamesOfLatinLettersDigitsAndDashesAreAccepted(String fileName) {
        assertThat(AttachmentNameCheck.isAcceptable(fileName)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"relevé bancaire.pdf", "attestation_banque_é.pdf", "银行证明.pdf", "bank letter.pdf", "a+b.pdf", ""})
    void attachmentNamesWithOtherCharactersAskForARename(String fileName) {
        assertThat(AttachmentNameCheck.isAcceptable(fileName)).isFalse();
    }

    @Test
    void aBadlyNamedAttachmentIsReportedAtItsPosition() {
        PayoutAccountDetails details = withDocuments(PayoutAccountFixtures.nigeria(), List.of(
                new PayoutDocument(DocumentKind.BANK_LETTER, "lettre de la banque.pdf"),
                new PayoutDocument(DocumentKind.CHANGE_OF_PAYMENT_FORM, "form.pdf"),
                new PayoutDocument(DocumentKind.TRIPARTY_AGREEMENT, "accord_tripartite_é.pdf")));
        assertThat(check(details, approvedAgent("NG"))).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("documents[0].file_name", "rename_attachment"),
                tuple("documents[2].file_name", "rename_attachment"));
    }

    @Test
    void aLocalCurrencyAccountNeedsTheChangeOfPaymentFormAndTheTripartyAgreement() {
        PayoutAccountDetails onlyBankLetter = withDocuments(PayoutAccountFixtures.ghana(),
                List.of(new PayoutDocument(DocumentKind.BANK_LETTER, "letter.pdf")));
        assertThat(codes(onlyBankLetter, approvedAgent("GH")))
                .containsExactly("missing_change_of_payment_form", "missing_triparty_agreement");
    }

    @Test
    void aUsdAccountNeedsNeitherFormNorAgreementNorAgent() {
        assertThat(RequiredDocuments.forCorridor(PayoutCorridor.of("NG", "USD"))).isEmpty();
        assertThat(check(withDocuments(PayoutAccountFixtures.usdInKenya(), List.of()), null)).isEmpty();
    }

    @Test
    void aPhoneNumberInvalidForTheCountryIsRefused() {
        assertThat(codes(with(PayoutAccountFixtures.nigeria(), "phone", "+233241234567"), approvedAgent("NG")))
                .containsExactly("wrong_phone_number");
    }

    @Test
    void thePhoneRuleIsAskedWithTheAccountsCountry() {
        PhoneNumberRule onlyKenya = (country, number) -> country.equals("KE");
        assertThat(PayoutAccountChecks.check(PayoutAccountFixtures.usdInKenya(), null, onlyKenya)).isEmpty();
    }

    @Test
    void aLocalCurrencyAccountWithoutAnAgentIsRefused() {
        PayoutAccountDetails noAgent = withAgent(PayoutAccountFixtures.nigeria(), null);
        assertThat(codes(noAgent, null)).containsExactly("agent_not_approved");
    }

    @Test
    void aPendingOrSuspendedAgentIsNotApproved() {
        Agent pending = Agent.register(AGENT_ID, "NG", "Representative NG");
        assertThat(codes(PayoutAccountFixtures.nigeria(), pending)).containsExactly("agent_not_approved");
        assertThat(codes(PayoutAccountFixtures.nigeria(), pending.approve().suspend())).containsExactly("agent_not_approved");
    }

    @Test
    void anAgentApprovedInAnotherCountryIsNotApproved() {
        assertThat(codes(PayoutAccountFixtures.nigeria(), approvedAgent("GH"))).containsExactly("agent_not_approved");
    }

    @Test
    void anUnknownAgentOrAnotherAgentIsNotApproved() {
        assertThat(codes(PayoutAccountFixtures.nigeria(), null)).containsExactly("agent_not_approved");
        Agent other = Agent.register(new AgentId("agt_other"), "NG", "Other").approve();
        assertThat(codes(PayoutAccountFixtures.nigeria(), other)).containsExactly("agent_not_approved");
    }

    @Test
    void aUsdAccountNamingAnAgentNeedsItApproved() {
        PayoutAccountDetails withAgent = withAgent(PayoutAccountFixtures.usdInKenya(), AGENT_ID);
        assertThat(codes(withAgent, null)).containsExactly("agent_not_approved");
        assertThat(codes(withAgent, approvedAgent("KE"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RC", "#123456", "RC 123456 !", "RC-12345-"})
    void malformedBusinessRegistrationNumbersAreRefused(String number) {
        assertThat(codes(with(PayoutAccountFixtures.nigeria(), "business_registration_number", number), approvedAgent("NG")))
                .containsExactly("wrong_business_registration_number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "-"})
    void aBankNameWithoutLettersIsWrong(String bankName) {
        assertThat(codes(with(PayoutAccountFixtures.nigeria(), "bank_name", bankName), approvedAgent("NG")))
                .containsExactly("wrong_bank_name");
    }

    @Test
    void everyCodeTheChecksReturnIsInTheCatalogue() {
        PayoutAccountDetails bad = new PayoutAccountDetails(PayoutCorridor.of("SN", "XOF"), "1", "X", "!!",
                "SN08SN0100152000048500003036", "A&B", "12", "#", AGENT_ID,
                List.of(new PayoutDocument(DocumentKind.BANK_LETTER, "é.pdf")));
        List<FieldError> problems = check(bad, null);
        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(problem -> assertThat(RejectionReason.fromCode(problem.code())).isPresent());
    }

    private static List<FieldError> check(PayoutAccountDetails details, Agent agent) {
        return PayoutAccountChecks.check(details, agent, PHONES);
    }

    private static List<String> codes(PayoutAccountDetails details, Agent agent) {
        return check(details, agent).stream().map(FieldError::code).toList();
    }

    static PayoutAccountDetails with(PayoutAccountDetails d, String field, String value) {
        return new PayoutAccountDetails(d.corridor(),
                field.equals("bank_name") ? value : d.bankName(),
                field.equals("bank_code") ? value : d.bankCode(),
                field.equals("branch_code") ? value : d.branchCode(),
                field.equals("account_number") ? value : d.accountNumber(),
                field.equals("beneficiary_name") ? value : d.beneficiaryName(),
                field.equals("phone") ? value : d.phone(),
                field.equals("business_registration_number") ? value : d.businessRegistrationNumber(),
                d.agentId(), d.documents());
    }

    static PayoutAccountDetails withAgent(PayoutAccountDetails d, AgentId agentId) {
        return new PayoutAccountDetails(d.corridor(), d.bankName(), d.bankCode(), d.branchCode(), d.accountNumber(),
                d.beneficiaryName(), d.phone(), d.businessRegistrationNumber(), agentId, d.documents());
    }

    static PayoutAccountDetails withDocuments(PayoutAccountDetails d, List<PayoutDocument> documents) {
        return new PayoutAccountDetails(d.corridor(), d.bankName(), d.bankCode(), d.branchCode(), d.accountNumber(),
                d.beneficiaryName(), d.phone(), d.businessRegistrationNumber(), d.agentId(), documents);
    }
}
