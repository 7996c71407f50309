package dev.paydesk.domain.payoutaccount;

import java.util.regex.Pattern;

/** ISO 13616 / ISO 7064 MOD 97-10: an IBAN is valid when, read as described, it leaves 1 modulo 97. */
public final class IbanChecksum {
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{1,30}");

    private IbanChecksum() {
    }

    /**
     * Moves the country code and check digits to the end, turns letters into 10…35 and checks
     * that the number is 1 modulo 97. Expects upper-case letters and no spaces.
     */
    public static boolean isValid(String iban) {
        if (iban == null || !SHAPE.matcher(iban).matches()) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
        }
        return remainder == 1;
    }
}
