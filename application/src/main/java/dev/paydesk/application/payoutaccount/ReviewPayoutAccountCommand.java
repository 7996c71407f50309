package dev.paydesk.application.payoutaccount;

import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.RejectionReason;
import dev.paydesk.domain.payoutaccount.ReviewDecision;
import dev.paydesk.domain.payoutaccount.ReviewPart;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An operator's decision on one part of a payout account, parsed from the API's codes:
 * {@code part} ∈ bank_account, local_entity; {@code decision} ∈ approve, reject; {@code reasons} are
 * catalogue codes (whether they belong to that part is the domain's rule).
 */
public record ReviewPayoutAccountCommand(PayoutAccountId accountId, ReviewPart part, ReviewDecision decision, List<RejectionReason> reasons) {
    public ReviewPayoutAccountCommand {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(decision, "decision");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Parses the request body's codes; every unknown value is reported at once. */
    public static ReviewPayoutAccountCommand parse(PayoutAccountId accountId, String part, String decision, List<String> reasonCodes) {
        List<FieldError> problems = new ArrayList<>();
        ReviewPart parsedPart = Arrays.stream(ReviewPart.values()).filter(p -> p.code().equals(part)).findFirst().orElse(null);
        if (parsedPart == null) {
            problems.add(new FieldError("part", "invalid_part", "part is bank_account or local_entity, not " + part));
        }
        ReviewDecision parsedDecision = Arrays.stream(ReviewDecision.values()).filter(d -> d.code().equals(decision)).findFirst().orElse(null);
        if (parsedDecision == null) {
            problems.add(new FieldError("decision", "invalid_decision", "decision is approve or reject, not " + decision));
        }
        List<RejectionReason> reasons = new ArrayList<>();
        List<String> codes = reasonCodes == null ? List.of() : reasonCodes;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int index = i;
            RejectionReason.fromCode(code).ifPresentOrElse(reasons::add, () -> problems.add(
                    new FieldError("reasons[" + index + "]", "unknown_reason", code + " is not in the rejection reason catalogue")));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "the review request is not valid", problems);
        }
        return new ReviewPayoutAccountCommand(accountId, parsedPart, parsedDecision, reasons);
    }
}
