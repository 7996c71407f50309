package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Senegal and Côte d'Ivoire (BCEAO): the account number is either the 28-character IBAN
 * ({@code SNkk} + RIB) or the bare 24-character RIB: bank code (5) + branch (5) + account (12) + key (2).
 *
 * <p>The bank code is a letter and four characters: the current BCEAO codes are the country code and
 * 3 digits ({@code SN010}, {@code CI008}), the older ones one country letter and 4 digits
 * ({@code K0010} in Senegal, {@code A0006} in Côte d'Ivoire). Both are accepted; the bank code must
 * belong to the account's country. The IBAN must pass mod-97 and the RIB its {@link UemoaRibKey};
 * the bank code and branch code fields must agree with the number.
 */
public final class UemoaAccountCheck implements AccountNumberCheck {
    private static final Pattern RIB = Pattern.compile("([A-Z](?:[A-Z]\\d{3}|\\d{4}))(\\d{5})(\\d{12})(\\d{2})");

    private final PayoutCountry country;

    public UemoaAccountCheck(PayoutCountry country) {
        if (country != PayoutCountry.SN && country != PayoutCountry.CI) {
            throw new IllegalArgumentException("RIB/IBAN rules of the BCEAO apply in SN and CI, not " + country);
        }
        this.country = country;
    }

    @Override
    public List<FieldError> check(String bankCode, String branchCode, String accountNumber) {
        List<FieldError> problems = new ArrayList<>();
        String number = accountNumber.toUpperCase(Locale.ROOT);
        String rib;
        if (number.length() == 28) {
            if (!number.startsWith(country.code()) || !IbanChecksum.isValid(number)) {
                problems.add(RejectionReason.WRONG_ACCOUNT_NUMBER.at("account_number"));
                return problems;
            }
            rib = number.substring(4);
        } else {
            rib = number;
        }
        Matcher parts = RIB.matcher(rib);
        if (!parts.matches()) {
            problems.add(RejectionReason.WRONG_ACCOUNT_NUMBER.at("account_number"));
            return problems;
        }
        String bank = parts.group(1);
        String branch = parts.group(2);
        int key = Integer.parseInt(parts.group(4));
        if (!belongsToCountry(bank) || UemoaRibKey.of(bank, branch, parts.group(3)) != key) {
            problems.add(RejectionReason.WRONG_ACCOUNT_NUMBER.at("account_number"));
        }
        if (AccountNumberCheck.isPresent(bankCode) && !bankCode.strip().toUpperCase(Locale.ROOT).equals(bank)) {
            problems.add(RejectionReason.WRONG_BANK_CODE.at("bank_code"));
        }
        if (AccountNumberCheck.isPresent(branchCode) && !branchCode.strip().equals(branch)) {
            problems.add(RejectionReason.WRONG_BRANCH_CODE.at("branch_code"));
        }
        return problems;
    }

    /** Current codes start with the ISO country code; older ones with the BCEAO country letter. */
    private boolean belongsToCountry(String bank) {
        if (Character.isLetter(bank.charAt(1))) {
            return bank.startsWith(country.code());
        }
        char bceaoLetter = country == PayoutCountry.SN ? 'K' : 'A';
        return bank.charAt(0) == bceaoLetter;
    }
}
