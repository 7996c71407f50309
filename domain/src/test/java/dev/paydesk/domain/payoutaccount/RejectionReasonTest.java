package dev.paydesk.domain.payoutaccount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectionReasonTest {

    @Test
    void theCatalogueHasTheThirtyOneCodesOfTheSpec() {
        List<String> bankAccount = List.of("rename_attachment", "document_not_readable",
                "document_password_protected", "handwritten_document", "cheque_not_accepted",
                "invalid_or_closed_account", "missing_bank_stamp", "missing_account_number",
                "missing_bank_name", "missing_phone_number", "missing_beneficiary_name",
                "missing_business_registration_number", "missing_bank_code", "remove_spaces",
                "wrong_account_number", "wrong_beneficiary_name",
                "wrong_business_registration_number", "wrong_bank_name", "wrong_branch_code",
                "wrong_phone_number", "wrong_bank_code");
        List<String> localEntity = List.of("missing_change_of_payment_form", "change_of_payment_form_not_signed",
                "missing_triparty_agreement", "agent_not_approved", "kyc_not_completed",
                "change_of_payment_form_incomplete", "store_name_mismatch",
                "triparty_agreement_not_signed_by_all", "triparty_agreement_wrong_agent",
                "triparty_agreement_outdated_version");

        assertThat(RejectionReason.values()).hasSize(31);
        assertThat(codesOf(ReviewPart.BANK_ACCOUNT)).hasSize(21).containsExactlyElementsOf(bankAccount);
        assertThat(codesOf(ReviewPart.LOCAL_ENTITY)).hasSize(10).containsExactlyElementsOf(localEntity);
    }

    @Test
    void codesAreUniqueAndLowerSnakeCase() {
        List<String> codes = Arrays.stream(RejectionReason.values()).map(RejectionReason::code).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z]+(_[a-z]+)*"));
    }

    @Test
    void everyReasonHasEnglishChineseAndAFix() {
        for (RejectionReason reason : RejectionReason.values()) {
            assertThat(reason.textEn()).as(reason.code()).isNotBlank();
            assertThat(reason.textZh()).as(reason.code()).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(reason.fix()).as(reason.code()).isNotBlank().endsWith(".");
        }
    }

    @Test
    void textsComeVerbatimFromSeed001() {
        assertThat(RejectionReason.WRONG_BENEFICIARY_NAME.textEn()).isEqualTo("Wrong beneficiary name. No special characters allowed.");
        assertThat(RejectionReason.WRONG_BENEFICIARY_NAME.textZh()).isEqualTo("受益人姓名错误,不允许使用特殊字符");
        assertThat(RejectionReason.AGENT_NOT_APPROVED.textEn())
                .isEqualTo("Agent appointed not yet approved: Appoint a different agent for the time being");
        assertThat(RejectionReason.MISSING_TRIPARTY_AGREEMENT.textZh()).isEqualTo("缺少Triparty Payment Agreement,请重新上传提交");
    }

    @Test
    void aCodeIsFoundBackFromItsText() {
        assertThat(RejectionReason.fromCode("wrong_bank_code")).contains(RejectionReason.WRONG_BANK_CODE);
        assertThat(RejectionReason.fromCode("WRONG_BANK_CODE")).isEmpty();
        assertThat(RejectionReason.fromCode("no_such_reason")).isEmpty();
    }

    @Test
    void aReasonAtAFieldIsAFieldErrorWithItsCodeAndEnglishText() {
        assertThat(RejectionReason.MISSING_BANK_NAME.at("bank_name"))
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("bank_name");
                    assertThat(error.code()).isEqualTo("missing_bank_name");
                    assertThat(error.message()).isEqualTo("Missing bank name");
                });
    }

    private static List<String> codesOf(ReviewPart part) {
        return Arrays.stream(RejectionReason.values()).filter(r -> r.part() == part).map(RejectionReason::code).toList();
    }
}
