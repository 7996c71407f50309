package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ghana, Kenya, Uganda: no national check digit, so the account number is checked for digits only and
 * a length range that covers every bank's format (refuse only what is certainly wrong; the bank letter
 * review catches the rest):
 * <ul>
 *   <li>GH 10–16 digits: most banks use 13 (GCB, Ecobank, Stanbic, Fidelity), some 10 (Absa, Zenith)
 *       and a few up to 16;</li>
 *   <li>KE 10–14 digits: KCB, Absa, NCBA and DTB use 10, Equity, Stanbic and Standard Chartered 13,
 *       Co-operative, Family and I&amp;M 14;</li>
 *   <li>UG 9–16 digits: from 9-10 (Absa, smaller banks) to 12-14 (Centenary, Stanbic, dfcu) and more.</li>
 * </ul>
 * The bank code (sort code, bank/branch code) is 2 to 11 letters or digits.
 */
public record DigitsAccountCheck(PayoutCountry country, int minDigits, int maxDigits) implements AccountNumberCheck {
    static final Pattern BANK_CODE = Pattern.compile("[A-Za-z0-9]{2,11}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public DigitsAccountCheck {
        if (minDigits < 1 || maxDigits < minDigits) {
            throw new IllegalArgumentException("length range " + minDigits + "–" + maxDigits);
        }
    }

    public static DigitsAccountCheck of(PayoutCountry country) {
        return switch (country) {
            case GH -> new DigitsAccountCheck(country, 10, 16);
            case KE -> new DigitsAccountCheck(country, 10, 14);
            case UG -> new DigitsAccountCheck(country, 9, 16);
            case NG, SN, CI -> throw new IllegalArgumentException(country + " account numbers carry a check digit; use its own check");
        };
    }

    @Override
    public List<FieldError> check(String bankCode, String branchCode, String accountNumber) {
        List<FieldError> problems = new ArrayList<>();
        if (AccountNumberCheck.isPresent(bankCode) && !BANK_CODE.matcher(bankCode.strip()).matches()) {
            problems.add(RejectionReason.WRONG_BANK_CODE.at("bank_code"));
        }
        if (!DIGITS.matcher(accountNumber).matches()
                || accountNumber.length() < minDigits || accountNumber.length() > maxDigits) {
            problems.add(RejectionReason.WRONG_ACCOUNT_NUMBER.at("account_number"));
        }
        return problems;
    }
}
