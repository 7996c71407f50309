package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks run at once on create, edit and submit (SPEC §10), with the codes of the human review
 * (SPEC §11). Returns every problem found, in field order; an empty list means nothing to fix.
 * Never throws for bad input.
 */
public final class PayoutAccountChecks {
    /** A bank name has a letter and is at most 100 characters. */
    private static final Pattern BANK_NAME = Pattern.compile("(?s)(?=.*\\p{L}).{1,100}");
    /** Branch codes, where used, are 1–10 letters or digits. */
    private static final Pattern BRANCH_CODE = Pattern.compile("[A-Za-z0-9]{1,10}");
    /**
     * Registration numbers: 3–30 letters, digits, spaces, {@code / - .} — e.g. "RC1234567" (NG),
     * "CS123456789" (GH), "PVT-AB12CD3" (KE), "SN-DKR-2019-B-12345" (RCCM, SN/CI).
     */
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /.\\-]{1,28}[A-Za-z0-9]");

    private PayoutAccountChecks() {
    }

    public static List<FieldError> check(PayoutAccountDetails details, Agent agentOrNull, PhoneNumberRule phones) {
        LinkedHashSet<FieldError> problems = new LinkedHashSet<>();
        String country = details.corridor().country().code();

        if (!isPresent(details.bankName())) {
            problems.add(RejectionReason.MISSING_BANK_NAME.at("bank_name"));
        } else if (!BANK_NAME.matcher(details.bankName().strip()).matches()) {
            problems.add(RejectionReason.WRONG_BANK_NAME.at("bank_name"));
        }
        if (!isPresent(details.bankCode())) {
            problems.add(RejectionReason.MISSING_BANK_CODE.at("bank_code"));
        }
        if (isPresent(details.branchCode()) && !BRANCH_CODE.matcher(details.branchCode().strip()).matches()) {
            problems.add(RejectionReason.WRONG_BRANCH_CODE.at("branch_code"));
        }
        if (!isPresent(details.accountNumber())) {
            problems.add(RejectionReason.MISSING_ACCOUNT_NUMBER.at("account_number"));
        } else {
            problems.addAll(AccountNumberCheck.forCorridor(details.corridor())
                    .check(details.bankCode(), details.branchCode(), details.accountNumber()));
        }
        problems.addAll(BeneficiaryNameCheck.check(details.beneficiaryName()));
        if (!isPresent(details.phone())) {
            problems.add(RejectionReason.MISSING_PHONE_NUMBER.at("phone"));
        } else if (!phones.isValid(country, details.phone().strip())) {
            problems.add(RejectionReason.WRONG_PHONE_NUMBER.at("phone"));
        }
        if (!isPresent(details.businessRegistrationNumber())) {
            problems.add(RejectionReason.MISSING_BUSINESS_REGISTRATION_NUMBER.at("business_registration_number"));
        } else if (!REGISTRATION_NUMBER.matcher(details.businessRegistrationNumber().strip()).matches()) {
            problems.add(RejectionReason.WRONG_BUSINESS_REGISTRATION_NUMBER.at("business_registration_number"));
        }
        problems.addAll(AgentCheck.check(details, agentOrNull));
        problems.addAll(AttachmentNameCheck.check(details.documents()));
        problems.addAll(RequiredDocuments.check(details));
        return List.copyOf(new ArrayList<>(problems));
    }

    private static boolean isPresent(String value) {
        return AccountNumberCheck.isPresent(value);
    }
}
