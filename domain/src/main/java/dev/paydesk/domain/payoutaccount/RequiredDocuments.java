package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which documents an account must carry before it can be reviewed.
 *
 * <p>From seed 001: local-currency payouts go through a local representative, so a local-currency
 * account (any of NG, GH, KE, SN, CI, UG in its own currency) needs the change-of-payment-method form
 * signed by the seller and the tri-party payment agreement (seller, agent, provider). A USD account is
 * paid to the merchant directly and needs neither.
 *
 * <p>The bank letter is looked at by the reviewer (stamp, handwriting, cheques) but is not required
 * here: the catalogue has no code for its absence, and inventing one would break the stable codes.
 */
public final class RequiredDocuments {
    private static final Map<DocumentKind, RejectionReason> WHEN_MISSING = Map.of(
            DocumentKind.CHANGE_OF_PAYMENT_FORM, RejectionReason.MISSING_CHANGE_OF_PAYMENT_FORM,
            DocumentKind.TRIPARTY_AGREEMENT, RejectionReason.MISSING_TRIPARTY_AGREEMENT);

    private RequiredDocuments() {
    }

    public static Set<DocumentKind> forCorridor(PayoutCorridor corridor) {
        return corridor.isLocalCurrency()
                ? Set.of(DocumentKind.CHANGE_OF_PAYMENT_FORM, DocumentKind.TRIPARTY_AGREEMENT)
                : Set.of();
    }

    public static List<FieldError> check(PayoutAccountDetails details) {
        List<FieldError> problems = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (forCorridor(details.corridor()).contains(kind) && details.documentsOf(kind).isEmpty()) {
                problems.add(WHEN_MISSING.get(kind).at("documents"));
            }
        }
        return problems;
    }
}
