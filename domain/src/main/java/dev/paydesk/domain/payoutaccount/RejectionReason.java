package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.shared.FieldError;
import java.util.Locale;
import java.util.Optional;

/**
 * The rejection-reason catalogue of SPEC §11: a stable lower_snake code, the review part it belongs
 * to, the English and Chinese texts of seed 001 (verbatim, typos included), and one sentence telling
 * the merchant what to change. The same codes are used by the checks run at once and by human review.
 */
public enum RejectionReason {
    // Bank account
    RENAME_ATTACHMENT(ReviewPart.BANK_ACCOUNT,
            "Please rename the attachment. Only Latin alphabet characters are allowed",
            "请重命名附件,仅允许使用英文字母",
            "Rename the file using only Latin letters, digits, '-', '_' and '.', then upload it again."),
    DOCUMENT_NOT_READABLE(ReviewPart.BANK_ACCOUNT,
            "Document not valid/readable.",
            "文档无效/不可读",
            "Upload a clear, complete scan or PDF of the original document."),
    DOCUMENT_PASSWORD_PROTECTED(ReviewPart.BANK_ACCOUNT,
            "Document password encrypted. Remove password.",
            "文档密码已加密,请删除密码",
            "Remove the password from the file and upload it again."),
    HANDWRITTEN_DOCUMENT(ReviewPart.BANK_ACCOUNT,
            "Handwritten documents are not accepted.",
            "不接受手写文件",
            "Upload a printed letter issued by your bank instead of a handwritten document."),
    CHEQUE_NOT_ACCEPTED(ReviewPart.BANK_ACCOUNT,
            "Cheques are not accepted.",
            "不接受支票",
            "Upload a stamped bank letter or account certificate from your bank instead of a cheque."),
    INVALID_OR_CLOSED_ACCOUNT(ReviewPart.BANK_ACCOUNT,
            "Invalid/Closed bank account/RIB/IBAN/Nuban",
            "无效/已关闭的银行账户/RIB/IBAN/Nuban",
            "Give an open account held in your company's name, with the bank letter for that account."),
    MISSING_BANK_STAMP(ReviewPart.BANK_ACCOUNT,
            "Missing bank stamp.",
            "缺少银行印章",
            "Have your bank stamp the bank letter, then upload it again."),
    MISSING_ACCOUNT_NUMBER(ReviewPart.BANK_ACCOUNT,
            "Missing bank account number/RIB/IBAN/Nuban",
            "缺少银行账号/RIB/IBAN/Nuban",
            "Enter the account number: the NUBAN in Nigeria, the RIB or IBAN in Senegal and Côte d'Ivoire."),
    MISSING_BANK_NAME(ReviewPart.BANK_ACCOUNT,
            "Missing bank name",
            "缺少银行名称",
            "Enter the name of the bank that holds the account."),
    MISSING_PHONE_NUMBER(ReviewPart.BANK_ACCOUNT,
            "Missing phone number",
            "缺少电话号码",
            "Enter a phone number, with its country code, where the account holder can be reached."),
    MISSING_BENEFICIARY_NAME(ReviewPart.BANK_ACCOUNT,
            "Missing beneficiary name",
            "缺少受益人姓名",
            "Enter the account holder's name exactly as the bank letter shows it."),
    MISSING_BUSINESS_REGISTRATION_NUMBER(ReviewPart.BANK_ACCOUNT,
            "Missing business registration number",
            "缺少商业登记号码",
            "Enter your company's business registration number as on its certificate of registration."),
    MISSING_BANK_CODE(ReviewPart.BANK_ACCOUNT,
            "Missing sort code/routing code/bank code",
            "缺少银行代码Sort code/routing code/bank code",
            "Enter your bank's sort code, routing code or bank code as shown on the bank letter."),
    REMOVE_SPACES(ReviewPart.BANK_ACCOUNT,
            "Remove spaces from RIB/IBAN/bank account number",
            "请删除 RIB/IBAN/银行账号中的空格",
            "Enter the RIB, IBAN or account number without spaces."),
    WRONG_ACCOUNT_NUMBER(ReviewPart.BANK_ACCOUNT,
            "Wrong bank account number/RIB/IBAN/Nuban",
            "错误的银行账号/RIB/IBAN/Nuban",
            "Copy the account number again, character by character, from your bank letter."),
    WRONG_BENEFICIARY_NAME(ReviewPart.BANK_ACCOUNT,
            "Wrong beneficiary name. No special characters allowed.",
            "受益人姓名错误,不允许使用特殊字符",
            "Write the beneficiary name with letters, spaces, '-', ''' and '.' only, as on the bank letter."),
    WRONG_BUSINESS_REGISTRATION_NUMBER(ReviewPart.BANK_ACCOUNT,
            "Wrong business registration number",
            "商业登记号码错误",
            "Enter the business registration number exactly as on your certificate of registration."),
    WRONG_BANK_NAME(ReviewPart.BANK_ACCOUNT,
            "Wrong bank name",
            "银行名称错误",
            "Enter the bank's name as printed on the bank letter."),
    WRONG_BRANCH_CODE(ReviewPart.BANK_ACCOUNT,
            "Wrong branch code",
            "错误的分行代码",
            "Enter the branch code shown on your bank letter; in Senegal and Côte d'Ivoire it must match the RIB."),
    WRONG_PHONE_NUMBER(ReviewPart.BANK_ACCOUNT,
            "Wrong phone number",
            "错误的电话号码",
            "Enter a phone number that is valid in the account's country, with its country code."),
    WRONG_BANK_CODE(ReviewPart.BANK_ACCOUNT,
            "Wrong sort code/routing code/bank code",
            "错误的分类代码/路由代码/银行代码",
            "Enter the bank code shown on your bank letter; it must be the one the account number belongs to."),

    // Local entity
    MISSING_CHANGE_OF_PAYMENT_FORM(ReviewPart.LOCAL_ENTITY,
            "Missing change of payment form: Fill and provide the required document",
            "缺少Change of Payment Method Form,请补充并重新提交",
            "Fill in the change-of-payment-method form and upload it."),
    CHANGE_OF_PAYMENT_FORM_NOT_SIGNED(ReviewPart.LOCAL_ENTITY,
            "Change of payment form not signed by the seller: Sign the form and send it back",
            "Change of Payment Method Form未签署,请修改并重新提交",
            "Sign the change-of-payment-method form and upload it again."),
    MISSING_TRIPARTY_AGREEMENT(ReviewPart.LOCAL_ENTITY,
            "Missing tripartity agreement: Fill the form, sign and then upload it on VC",
            "缺少Triparty Payment Agreement,请重新上传提交",
            "Fill in and sign the tri-party payment agreement, then upload it."),
    AGENT_NOT_APPROVED(ReviewPart.LOCAL_ENTITY,
            "Agent appointed not yet approved: Appoint a different agent for the time being",
            "回款代理人尚未获得批准,请咨询你的支付服务商或暂时委任其他代理人",
            "Appoint an agent that is already approved in the account's country."),
    KYC_NOT_COMPLETED(ReviewPart.LOCAL_ENTITY,
            "KYC for the seller not yet green: Please review your information at Profile >Business information, then resubmit for Seller KYC review",
            "店铺审核尚未通过,请在Vendor Center>Profile >Business information重新提交,以再次触发店铺审核",
            "Complete your shop and business information under Profile and resubmit them for KYC review."),
    CHANGE_OF_PAYMENT_FORM_INCOMPLETE(ReviewPart.LOCAL_ENTITY,
            "Change of form not correctly filled out: Fill all the sections in the form and sign it",
            "Change of Payment Method Form填写不正确,请修改并重新提交",
            "Fill in every section of the change-of-payment-method form, sign it and upload it again."),
    STORE_NAME_MISMATCH(ReviewPart.LOCAL_ENTITY,
            "Mismatching between the store name in the forms and the one on VC: Ensure that the documents provided are from the correct store",
            "Change of Payment Method Form中的店铺名称与后台店铺名称不匹配,请修改并重新提交",
            "Write your store's name in the forms exactly as it appears in your account."),
    TRIPARTY_AGREEMENT_NOT_SIGNED_BY_ALL(ReviewPart.LOCAL_ENTITY,
            "Tripartity agreement not signed by all parties(seller or agent): Sign the document and upload it again",
            "Triparty Payment Agreement未完成签署(缺少Seller或Agent),请修改并重新提交",
            "Have both you and the agent sign the tri-party agreement, then upload it again."),
    TRIPARTY_AGREEMENT_WRONG_AGENT(ReviewPart.LOCAL_ENTITY,
            "Triparty agreement not signed by the correct agent: Get the document signed by the correct agent",
            "Triparty Payment Agreement里Agent签署人与Local Representative提交的不匹配,请修改并重新提交",
            "Have the tri-party agreement signed by the agent named on this payout account."),
    TRIPARTY_AGREEMENT_OUTDATED_VERSION(ReviewPart.LOCAL_ENTITY,
            "Missing the new version of the triparty agreement(SN and IC): Fill out and sign the new version",
            "Triparty Payment Agreement模板有误,请参考此处CI/SN合同模板,请修改并重新提交",
            "Fill in and sign the current version of the tri-party agreement for Senegal or Côte d'Ivoire.");

    private final ReviewPart part;
    private final String textEn;
    private final String textZh;
    private final String fix;

    RejectionReason(ReviewPart part, String textEn, String textZh, String fix) {
        this.part = part;
        this.textEn = textEn;
        this.textZh = textZh;
        this.fix = fix;
    }

    /** The stable API code, e.g. {@code wrong_account_number}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ReviewPart part() {
        return part;
    }

    public String textEn() {
        return textEn;
    }

    public String textZh() {
        return textZh;
    }

    public String fix() {
        return fix;
    }

    /** This reason as a problem with one request field, its message the English text. */
    public FieldError at(String field) {
        return new FieldError(field, code(), textEn);
    }

    public static Optional<RejectionReason> fromCode(String code) {
        for (RejectionReason reason : values()) {
            if (reason.code().equals(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
