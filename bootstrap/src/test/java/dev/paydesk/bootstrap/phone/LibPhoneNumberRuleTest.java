package dev.paydesk.bootstrap.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibPhoneNumberRuleTest {
    private final LibPhoneNumberRule rule = new LibPhoneNumberRule();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "NG, +234 803 123 4567",   // MTN Nigeria mobile
            "NG, 0803 123 4567",       // the same, national form
            "NG, +234 909 123 4567",   // 9mobile (0909)
            "GH, +233 24 123 4567",    // MTN Ghana mobile
            "GH, 024 123 4567",
            "KE, +254 712 345 678",    // Safaricom mobile
            "KE, 0712 345678",
            "SN, +221 77 123 45 67",   // Orange Senegal mobile
            "SN, +221 33 889 00 00",   // Dakar landline
            "CI, +225 07 07 12 34 56", // Côte d'Ivoire mobile, 10-digit plan (2021)
            "CI, +225 27 22 40 00 00", // Abidjan landline, 10-digit plan
            "UG, +256 772 123 456",    // MTN Uganda mobile
            "UG, 0772 123456",
    })
    void validNumbersOfEachCountryAreAccepted(String country, String number) {
        assertThat(rule.isValid(country, number)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "NG, +234 803 123",         // too short
            "NG, +233 24 123 4567",     // a valid Ghanaian number on a Nigerian account
            "GH, +233 24 123 456 789",  // too long
            "GH, not a phone",
            "KE, +254 12 345",          // too short
            "SN, +221 77 123 45",       // too short
            "SN, +225 07 07 12 34 56",  // an Ivorian number on a Senegalese account
            "CI, +225 07 12 34 56",     // the 8-digit plan retired in 2021
            "UG, +256 772 123",         // too short
            "UG, +256 172 123 456 789", // too long
    })
    void invalidNumbersOrNumbersOfAnotherCountryAreRefused(String country, String number) {
        assertThat(rule.isValid(country, number)).isFalse();
    }
}
