package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Nigeria: a 10-digit NUBAN (9-digit serial + check digit) whose check digit is computed with the
 * CBN algorithm over the institution code and the serial.
 *
 * <p>The revised CBN standard (2020) uses 6-digit institution codes: the check digit is
 * {@code 10 − (Σ wᵢ·dᵢ mod 10)}, 10 becoming 0, over the 15 digits institution(6) + serial(9) with
 * weights 3,7,3,3,7,3,3,7,3,3,7,3,3,7,3. A 3-digit bank code (the original 2010 standard) is prefixed
 * with "000", which gives exactly the 2010 weights 3,7,3,3,7,3,3,7,3,3,7,3 over bank(3) + serial(9).
 */
public final class NubanCheck implements AccountNumberCheck {
    private static final int[] WEIGHTS = {3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3};
    private static final Pattern BANK_CODE = Pattern.compile("\\d{3}|\\d{6}");
    private static final Pattern NUBAN = Pattern.compile("\\d{10}");

    @Override
    public List<FieldError> check(String bankCode, String branchCode, String accountNumber) {
        List<FieldError> problems = new ArrayList<>();
        boolean bankCodeUsable = false;
        if (AccountNumberCheck.isPresent(bankCode)) {
            bankCodeUsable = BANK_CODE.matcher(bankCode.strip()).matches();
            if (!bankCodeUsable) {
                problems.add(RejectionReason.WRONG_BANK_CODE.at("bank_code"));
            }
        }
        if (!NUBAN.matcher(accountNumber).matches()) {
            problems.add(RejectionReason.WRONG_ACCOUNT_NUMBER.at("account_number"));
        } else if (bankCodeUsable && !isValid(bankCode.strip(), accountNumber)) {
            problems.add(RejectionReason.WRONG_ACCOUNT_NUMBER.at("account_number"));
        }
        return problems;
    }

    /** True when {@code nuban}'s last digit is the CBN check digit of the bank code and its first 9 digits. */
    public static boolean isValid(String bankCode, String nuban) {
        return checkDigit(bankCode, nuban.substring(0, 9)) == nuban.charAt(9) - '0';
    }

    /** The CBN check digit of a 3- or 6-digit bank code and a 9-digit serial. */
    public static int checkDigit(String bankCode, String serial) {
        if (!BANK_CODE.matcher(bankCode).matches() || !serial.matches("\\d{9}")) {
            throw new IllegalArgumentException("a NUBAN check digit needs a 3- or 6-digit bank code and a 9-digit serial");
        }
        String digits = (bankCode.length() == 3 ? "000" + bankCode : bankCode) + serial;
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (10 - sum % 10) % 10;
    }
}
