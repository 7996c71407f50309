package dev.paydesk.domain.payoutaccount;

import java.util.regex.Pattern;

/**
 * The 2-digit key of a UEMOA (BCEAO) RIB: bank code (5) + branch (5) + account (12) + key (2).
 *
 * <p>It is the French RIB key adapted to the UEMOA layout: letters of the bank code become digits as
 * in the French RIB (A,J→1 B,K,S→2 C,L,T→3 D,M,U→4 E,N,V→5 F,O,W→6 G,P,X→7 H,Q,Y→8 I,R,Z→9) and
 * the whole 24-digit number must be divisible by 97, so
 * {@code key = 97 − ((bank·10¹⁹ + branch·10¹⁴ + account·10²) mod 97)
 *            = 97 − ((17·bank + 53·branch + 3·account) mod 97)}.
 * The French weights 89, 15, 3 belong to an 11-digit account; with the UEMOA 12-digit account they
 * would refuse the published SN and CI IBAN examples, which these weights accept. A key runs from
 * 01 to 97.
 */
public final class UemoaRibKey {
    private static final Pattern BANK = Pattern.compile("[A-Z][A-Z0-9]\\d{3}");
    private static final Pattern BRANCH = Pattern.compile("\\d{5}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private UemoaRibKey() {
    }

    public static int of(String bankCode, String branch, String account) {
        if (!BANK.matcher(bankCode).matches() || !BRANCH.matcher(branch).matches() || !ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("a UEMOA RIB key needs a 5-character bank code, a 5-digit branch and a 12-digit account");
        }
        String digits = lettersAsDigits(bankCode) + branch + account + "00";
        int remainder = 0;
        for (int i = 0; i < digits.length(); i++) {
            remainder = (remainder * 10 + digits.charAt(i) - '0') % 97;
        }
        return 97 - remainder;
    }

    private static String lettersAsDigits(String code) {
        StringBuilder digits = new StringBuilder(code.length());
        for (char c : code.toCharArray()) {
            digits.append(Character.isDigit(c) ? c : (char) ('0' + frenchRibDigit(c)));
        }
        return digits.toString();
    }

    /** A,J→1 … I,R→9 and S→2 … Z→9 (there is no letter for 1 in the third row). */
    private static int frenchRibDigit(char letter) {
        int index = letter - 'A';
        if (index < 9) {
            return index + 1;
        }
        if (index < 18) {
            return index - 8;
        }
        return index - 16;
    }
}
