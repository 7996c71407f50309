package dev.paydesk.bootstrap.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.paydesk.domain.payoutaccount.PhoneNumberRule;

/**
 * Phone numbers checked with Google's libphonenumber metadata: the number, in international form
 * ({@code +234 803 123 4567}) or national form ({@code 0803 123 4567}, read in the account's country),
 * must be a valid number of that country — a number of another country is refused even when valid there.
 */
public final class LibPhoneNumberRule implements PhoneNumberRule {
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    @Override
    public boolean isValid(String countryCode, String number) {
        if (countryCode == null || number == null || number.isBlank()) {
            return false;
        }
        try {
            PhoneNumber parsed = phones.parse(number, countryCode);
            return phones.isValidNumberForRegion(parsed, countryCode);
        } catch (NumberParseException notANumber) {
            return false;
        }
    }
}
