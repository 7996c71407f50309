package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * USD accounts, in any payout country: 4 to 34 Latin letters or digits (from short domestic numbers
 * up to the longest IBAN). The bank code (routing code or SWIFT BIC) is 2 to 11 letters or digits.
 */
public final class UsdAccountCheck implements AccountNumberCheck {
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9]{4,34}");

    @Override
    public List<FieldError> check(String bankCode, String branchCode, String accountNumber) {
        List<FieldError> problems = new ArrayList<>();
        if (AccountNumberCheck.isPresent(bankCode) && !DigitsAccountCheck.BANK_CODE.matcher(bankCode.strip()).matches()) {
            problems.add(RejectionReason.WRONG_BANK_CODE.at("bank_code"));
        }
        if (!ACCOUNT.matcher(accountNumber).matches()) {
            problems.add(RejectionReason.WRONG_ACCOUNT_NUMBER.at("account_number"));
        }
        return problems;
    }
}
