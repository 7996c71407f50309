package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.shared.DomainException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One review part and where it stands. A rejected part carries at least one reason, all from its own
 * part of the catalogue; a pending or approved part carries none.
 */
public record PartReview(ReviewPart part, ReviewState state, List<RejectionReason> reasons) {

    public PartReview {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(state, "state");
        reasons = List.copyOf(reasons);
        if (state == ReviewState.REJECTED && reasons.isEmpty()) {
            throw new IllegalArgumentException("a rejected " + part.code() + " review names at least one reason");
        }
        if (state != ReviewState.REJECTED && !reasons.isEmpty()) {
            throw new IllegalArgumentException("a " + state.code() + " " + part.code() + " review has no reasons");
        }
        for (RejectionReason reason : reasons) {
            if (reason.part() != part) {
                throw new IllegalArgumentException(reason.code() + " is a " + reason.part().code() + " reason, not " + part.code());
            }
        }
    }

    public static PartReview pending(ReviewPart part) {
        return new PartReview(part, ReviewState.PENDING, List.of());
    }

    /** The decision on a pending part; bad reasons are a validation error naming {@code reasons}. */
    PartReview decide(ReviewDecision decision, List<RejectionReason> givenReasons) {
        if (state != ReviewState.PENDING) {
            throw DomainException.invalidState("the " + part.code() + " part is " + state.code() + ", not pending review");
        }
        List<RejectionReason> distinct = List.copyOf(new LinkedHashSet<>(givenReasons));
        if (decision == ReviewDecision.APPROVE) {
            if (!distinct.isEmpty()) {
                throw DomainException.validation("reasons", "reasons_not_allowed", "an approval carries no rejection reasons");
            }
            return new PartReview(part, ReviewState.APPROVED, List.of());
        }
        if (distinct.isEmpty()) {
            throw DomainException.validation("reasons", "reason_required", "a rejection names at least one reason");
        }
        for (RejectionReason reason : distinct) {
            if (reason.part() != part) {
                throw DomainException.validation("reasons", "reason_of_other_part",
                        reason.code() + " is a " + reason.part().code() + " reason; it cannot reject the " + part.code() + " part");
            }
        }
        return new PartReview(part, ReviewState.REJECTED, distinct);
    }

    PartReview reopened() {
        return pending(part);
    }

    public boolean is(ReviewState expected) {
        return state == expected;
    }
}
