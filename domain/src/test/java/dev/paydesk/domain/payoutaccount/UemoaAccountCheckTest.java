package dev.paydesk.domain.payoutaccount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.domain.shared.FieldError;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UemoaAccountCheckTest {
    /*
     * Published examples: SN08SN0100152000048500003035 and CI93CI0080111301134291200589 are the example
     * IBANs for Senegal and Côte d'Ivoire in the IBAN country lists published alongside the SWIFT
     * ISO 13616 registry (iban.com / Nordea "experimental" IBAN countries, BCEAO format), reused by
     * open-source IBAN libraries (e.g. ibantools' tests). SN12K00100152000025690007542 and
     * CI05A00060174100178530011852 are the older published examples with the 1-letter + 4-digit BCEAO
     * bank code. All four pass mod-97 and the UEMOA RIB key.
     */
    private static final String SN_IBAN = "SN08SN0100152000048500003035";
    private static final String CI_IBAN = "CI93CI0080111301134291200589";

    private final UemoaAccountCheck senegal = new UemoaAccountCheck(PayoutCountry.SN);
    private final UemoaAccountCheck ivoryCoast = new UemoaAccountCheck(PayoutCountry.CI);

    @Test
    void thePublishedSenegalIbanIsAccepted() {
        assertThat(senegal.check("SN010", "01520", SN_IBAN)).isEmpty();
    }

    @Test
    void thePublishedIvoryCoastIbanIsAccepted() {
        assertThat(ivoryCoast.check("CI008", "01113", CI_IBAN)).isEmpty();
    }

    @Test
    void theOlderPublishedIbansWithOneLetterBankCodesAreAccepted() {
        assertThat(senegal.check("K0010", "01520", "SN12K00100152000025690007542")).isEmpty();
        assertThat(ivoryCoast.check("A0006", "01741", "CI05A00060174100178530011852")).isEmpty();
    }

    @Test
    void theBareRibIsAcceptedAsTheAccountNumber() {
        assertThat(senegal.check("SN010", "01520", "SN0100152000048500003035")).isEmpty();
        assertThat(ivoryCoast.check("CI008", null, "CI0080111301134291200589")).isEmpty();
    }

    @Test
    void lowerCaseLettersAreRead() {
        assertThat(senegal.check("sn010", "01520", SN_IBAN.toLowerCase())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({SN_IBAN + ", SN", CI_IBAN + ", CI"})
    void anySingleChangedDigitOfAPublishedIbanIsRefused(String iban, PayoutCountry country) {
        UemoaAccountCheck check = new UemoaAccountCheck(country);
        for (int position = 0; position < iban.length(); position++) {
            if (!Character.isDigit(iban.charAt(position))) {
                continue;
            }
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == iban.charAt(position)) {
                    continue;
                }
                String changed = iban.substring(0, position) + digit + iban.substring(position + 1);
                assertThat(codes(check.check(null, null, changed))).as(changed).containsExactly("wrong_account_number");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({SN_IBAN + ", SN", CI_IBAN + ", CI"})
    void anySingleChangedDigitOfAPublishedRibIsRefused(String iban, PayoutCountry country) {
        UemoaAccountCheck check = new UemoaAccountCheck(country);
        String rib = iban.substring(4);
        for (int position = 0; position < rib.length(); position++) {
            if (!Character.isDigit(rib.charAt(position))) {
                continue;
            }
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == rib.charAt(position)) {
                    continue;
                }
                String changed = rib.substring(0, position) + digit + rib.substring(position + 1);
                assertThat(codes(check.check(null, null, changed))).as(changed).contains("wrong_account_number");
            }
        }
    }

    @Test
    void theIbanOfAnotherCountryIsRefused() {
        assertThat(codes(senegal.check(null, null, CI_IBAN))).containsExactly("wrong_account_number");
        assertThat(codes(ivoryCoast.check(null, null, SN_IBAN.substring(4)))).containsExactly("wrong_account_number");
    }

    @Test
    void aBankCodeThatDisagreesWithTheNumberIsRefused() {
        assertThat(codes(senegal.check("SN011", "01520", SN_IBAN))).containsExactly("wrong_bank_code");
    }

    @Test
    void aBranchCodeThatDisagreesWithTheNumberIsRefused() {
        assertThat(codes(senegal.check("SN010", "01521", SN_IBAN))).containsExactly("wrong_branch_code");
    }

    @ParameterizedTest
    @CsvSource({"SN0100152000048500003", "SN08SN01001520000485000030351", "SN08SN01001520000485000030XX", "1234567890"})
    void aNumberThatIsNeitherAnIbanNorARibIsRefused(String number) {
        assertThat(codes(senegal.check(null, null, number))).containsExactly("wrong_account_number");
    }

    @Test
    void theRibKeyOfThePublishedExamplesIsTheirLastTwoDigits() {
        assertThat(UemoaRibKey.of("SN010", "01520", "000485000030")).isEqualTo(35);
        assertThat(UemoaRibKey.of("CI008", "01113", "011342912005")).isEqualTo(89);
    }

    @Test
    void aRibKeyRunsUpTo97() {
        // Mali's published example ML13ML0160120102600100668497 has the key 97 (remainder 0).
        assertThat(UemoaRibKey.of("ML016", "01201", "026001006684")).isEqualTo(97);
    }

    @Test
    void ibanChecksumAcceptsThePublishedExamplesAndRefusesGarbage() {
        assertThat(IbanChecksum.isValid(SN_IBAN)).isTrue();
        assertThat(IbanChecksum.isValid(CI_IBAN)).isTrue();
        assertThat(IbanChecksum.isValid("GB82WEST12345698765432")).isTrue(); // ISO 13616 / ECBS example
        assertThat(IbanChecksum.isValid("SN09SN0100152000048500003035")).isFalse();
        assertThat(IbanChecksum.isValid("SN08")).isFalse();
        assertThat(IbanChecksum.isValid(null)).isFalse();
    }

    @RepeatedTest(200)
    void anyGeneratedRibWithItsKeyIsAcceptedAndAnyOneDigitChangeRefused(RepetitionInfo repetition) {
        long seed = 13_616L + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String bank = "SN" + digits(random, 3);
        String branch = digits(random, 5);
        String account = digits(random, 12);
        String rib = bank + branch + account + String.format("%02d", UemoaRibKey.of(bank, branch, account));
        int position = 2 + random.nextInt(rib.length() - 2);
        char other = (char) ('0' + (rib.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
        String changed = rib.substring(0, position) + other + rib.substring(position + 1);

        assertThat(senegal.check(bank, branch, rib)).as("seed %d: %s", seed, rib).isEmpty();
        assertThat(codes(senegal.check(null, null, changed))).as("seed %d: %s changed to %s", seed, rib, changed)
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
