package dev.paydesk.domain.payoutaccount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.domain.shared.FieldError;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NubanCheckTest {
    private final NubanCheck check = new NubanCheck();

    /*
     * Published examples: CBN, "Proposed Standards for the Nigeria Uniform Bank Account Number (NUBAN)
     * Scheme" (2010), worked examples 1 and 2 for First Bank (code 011): serial 000001457 → check
     * digit 9 (sum 81), serial 000000022 → check digit 0 (sum 30). Reproduced e.g. at
     * digitaleta.com/2011/06/01/how-to-calculate-the-check-digit-of-your-nigerian-uniform-bank-account-code-nuban/
     *
     * GTBank (058) and the 6-digit institution code 090267 are NOT published accounts: their check
     * digits were computed by hand with the algorithm (058 + 012345678 → weighted sum 85 → 5;
     * 090267 + 123456789 → 3) — they test the arithmetic, not a real account.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "011, 0000014579",
            "011, 0000000220",
            "058, 0123456785",
            "000058, 0123456785",
            "090267, 1234567893"})
    void nubanWithTheRightCheckDigitIsAccepted(String bankCode, String nuban) {
        assertThat(check.check(bankCode, null, nuban)).isEmpty();
    }

    @Test
    void theCbnWorkedExamplesGiveTheirCheckDigits() {
        assertThat(NubanCheck.checkDigit("011", "000001457")).isEqualTo(9);
        assertThat(NubanCheck.checkDigit("011", "000000022")).isEqualTo(0);
    }

    @Test
    void nubanWithWrongCheckDigitIsRefused() {
        assertThat(codes(check.check("011", null, "0000014578"))).containsExactly("wrong_account_number");
    }

    @Test
    void everySingleDigitChangeOfAPublishedNubanIsRefused() {
        String nuban = "0000014579";
        for (int position = 0; position < nuban.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == nuban.charAt(position)) {
                    continue;
                }
                String changed = nuban.substring(0, position) + digit + nuban.substring(position + 1);
                assertThat(codes(check.check("011", null, changed))).as(changed).containsExactly("wrong_account_number");
            }
        }
    }

    @Test
    void aNubanOfAnotherBankIsRefused() {
        assertThat(codes(check.check("058", null, "0000014579"))).containsExactly("wrong_account_number");
    }

    @ParameterizedTest
    @CsvSource({"000001457", "00000145790", "000001457A", "00000-1457"})
    void aNubanIsExactlyTenDigits(String notTenDigits) {
        assertThat(codes(check.check("011", null, notTenDigits))).containsExactly("wrong_account_number");
    }

    @ParameterizedTest
    @CsvSource({"11", "0111", "05800", "GTB", "0580000"})
    void aBankCodeOfOtherThanThreeOrSixDigitsIsRefused(String bankCode) {
        assertThat(codes(check.check(bankCode, null, "0000014579"))).containsExactly("wrong_bank_code");
    }

    @Test
    void withoutABankCodeOnlyTheShapeIsChecked() {
        assertThat(check.check(null, null, "0000014578")).isEmpty();
        assertThat(codes(check.check(" ", null, "123"))).containsExactly("wrong_account_number");
    }

    @RepeatedTest(200)
    void anyGeneratedNubanIsAcceptedAndAnyOneDigitChangeRefused(RepetitionInfo repetition) {
        long seed = 20_260_001L + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String bankCode = random.nextBoolean() ? digits(random, 3) : digits(random, 6);
        String serial = digits(random, 9);
        String nuban = serial + NubanCheck.checkDigit(bankCode, serial);
        int position = random.nextInt(10);
        char other = (char) ('0' + (nuban.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
        String changed = nuban.substring(0, position) + other + nuban.substring(position + 1);

        assertThat(check.check(bankCode, null, nuban)).as("seed %d: %s / %s", seed, bankCode, nuban).isEmpty();
        assertThat(codes(check.check(bankCode, null, changed)))
                .as("seed %d: %s / %s changed to %s", seed, bankCode, nuban, changed)
                .containsExactly("wrong_account_number");
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static List<String> codes(List<FieldError> errors) {
        return errors.stream().map(FieldError::code).toList();
    }
}
