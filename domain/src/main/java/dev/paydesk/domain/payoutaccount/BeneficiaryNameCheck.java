package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.shared.FieldError;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A beneficiary name is Latin letters (accented ones included, e.g. "Aïssatou N'Diaye-Koné"), spaces,
 * {@code -}, {@code '} and {@code .} only, with at least one letter. Names typed with combining
 * accents are composed first (NFC), so "i" + "◌̈" counts as the letter "ï".
 */
public final class BeneficiaryNameCheck {
    private static final Pattern NAME = Pattern.compile("[\\p{IsLatin} '.\\-]*\\p{IsLatin}[\\p{IsLatin} '.\\-]*");

    private BeneficiaryNameCheck() {
    }

    public static List<FieldError> check(String name) {
        if (name == null || name.isBlank()) {
            return List.of(RejectionReason.MISSING_BENEFICIARY_NAME.at("beneficiary_name"));
        }
        String composed = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        return NAME.matcher(composed).matches()
                ? List.of()
                : List.of(RejectionReason.WRONG_BENEFICIARY_NAME.at("beneficiary_name"));
    }
}
