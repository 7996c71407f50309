package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A merchant's payout account and its two-part review (SPEC §10). Immutable: every transition returns
 * the next state and refuses an illegal move with {@code invalid_state}.
 *
 * <pre>
 *   draft ──submit──▶ pending_approval ──both parts approved──▶ active ──markErrored──▶ errored
 *                       │                                                              │
 *                       └──either part rejected──▶ rejected ◀──────────────────────────┘ (behaves alike)
 *   rejected/errored ──edit (re-opens changed parts)──submit──▶ pending_approval
 * </pre>
 *
 * <ul>
 *   <li>Editing is allowed in draft, rejected and errored; an account under review or active is not
 *       edited (a merchant adds another account instead). Editing a rejected or errored account
 *       re-opens — sets back to pending — only the parts whose fields changed (see
 *       {@link PayoutAccountDetails} for the field-to-part mapping); untouched parts keep their state.</li>
 *   <li>Submitting from rejected or errored is refused while a part is still rejected (its fields were
 *       not changed) and when nothing was re-opened.</li>
 *   <li>A part is decided only while the account is pending approval and the part is pending. The
 *       account is rejected as soon as either part is rejected; a part still pending then stays
 *       pending and is reviewed in the next round.</li>
 *   <li>{@code errored} (the bank reported the account closed or its number invalid) rejects the
 *       bank-account part with {@code invalid_or_closed_account}, so the merchant must change the bank
 *       details before submitting again.</li>
 * </ul>
 * Whether the details pass {@link PayoutAccountChecks} is the caller's job before create, edit and
 * submit: the checks need the agent and a phone-number rule that the aggregate does not hold.
 */
public record PayoutAccount(
        PayoutAccountId id,
        MerchantId merchantId,
        PayoutAccountDetails details,
        PayoutAccountStatus status,
        PartReview bankAccountReview,
        PartReview localEntityReview,
        Instant submittedAt,
        Instant reviewDueBy) {

    /** SPEC §10: a review is due within 10 business days of submission. */
    public static final int REVIEW_BUSINESS_DAYS = 10;

    public PayoutAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bankAccountReview, "bankAccountReview");
        Objects.requireNonNull(localEntityReview, "localEntityReview");
        if (bankAccountReview.part() != ReviewPart.BANK_ACCOUNT || localEntityReview.part() != ReviewPart.LOCAL_ENTITY) {
            throw new IllegalArgumentException("reviews must be given as bank_account, local_entity");
        }
        if ((submittedAt == null) != (reviewDueBy == null)) {
            throw new IllegalArgumentException("submittedAt and reviewDueBy are set together");
        }
        if (submittedAt != null && reviewDueBy.isBefore(submittedAt)) {
            throw new IllegalArgumentException("a review cannot be due before submission");
        }
        boolean anyRejected = bankAccountReview.is(ReviewState.REJECTED) || localEntityReview.is(ReviewState.REJECTED);
        boolean bothApproved = bankAccountReview.is(ReviewState.APPROVED) && localEntityReview.is(ReviewState.APPROVED);
        boolean consistent = switch (status) {
            case DRAFT -> submittedAt == null && bankAccountReview.is(ReviewState.PENDING) && localEntityReview.is(ReviewState.PENDING);
            case PENDING_APPROVAL -> submittedAt != null && !anyRejected && !bothApproved;
            case ACTIVE -> submittedAt != null && bothApproved;
            case REJECTED, ERRORED -> submittedAt != null && !bothApproved;
        };
        if (!consistent) {
            throw new IllegalArgumentException("a " + status.code() + " account cannot have reviews "
                    + bankAccountReview.state().code() + "/" + localEntityReview.state().code()
                    + (submittedAt == null ? " and no submission" : ""));
        }
    }

    /** A new account, not yet submitted, both parts pending. */
    public static PayoutAccount draft(PayoutAccountId id, MerchantId merchantId, PayoutAccountDetails details) {
        return new PayoutAccount(id, merchantId, details, PayoutAccountStatus.DRAFT,
                PartReview.pending(ReviewPart.BANK_ACCOUNT), PartReview.pending(ReviewPart.LOCAL_ENTITY), null, null);
    }

    /** New details; on a rejected or errored account the parts whose fields changed are re-opened. */
    public PayoutAccount edit(PayoutAccountDetails newDetails) {
        Objects.requireNonNull(newDetails, "newDetails");
        return switch (status) {
            case DRAFT -> new PayoutAccount(id, merchantId, newDetails, status, bankAccountReview, localEntityReview, null, null);
            case REJECTED, ERRORED -> {
                Set<ReviewPart> changed = newDetails.partsChangedFrom(details);
                yield new PayoutAccount(id, merchantId, newDetails, status,
                        changed.contains(ReviewPart.BANK_ACCOUNT) ? bankAccountReview.reopened() : bankAccountReview,
                        changed.contains(ReviewPart.LOCAL_ENTITY) ? localEntityReview.reopened() : localEntityReview,
                        submittedAt, reviewDueBy);
            }
            case PENDING_APPROVAL, ACTIVE -> throw DomainException.invalidState(
                    "a " + status.code() + " payout account cannot be edited; add a new account instead");
        };
    }

    /** Sends the account to review: {@code pending_approval}, due {@value #REVIEW_BUSINESS_DAYS} business days later. */
    public PayoutAccount submit(Instant now, BusinessDays calendar) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(calendar, "calendar");
        switch (status) {
            case DRAFT -> {
            }
            case REJECTED, ERRORED -> {
                for (PartReview review : List.of(bankAccountReview, localEntityReview)) {
                    if (review.is(ReviewState.REJECTED)) {
                        throw DomainException.invalidState("the " + review.part().code()
                                + " part was rejected; change its details before submitting again");
                    }
                }
                if (!bankAccountReview.is(ReviewState.PENDING) && !localEntityReview.is(ReviewState.PENDING)) {
                    throw DomainException.invalidState("nothing changed since the last review");
                }
            }
            case PENDING_APPROVAL, ACTIVE -> throw DomainException.invalidState(
                    "a " + status.code() + " payout account cannot be submitted");
        }
        return new PayoutAccount(id, merchantId, details, PayoutAccountStatus.PENDING_APPROVAL,
                bankAccountReview, localEntityReview, now, calendar.plus(now, REVIEW_BUSINESS_DAYS));
    }

    /** An operator's decision on one part: {@code active} once both are approved, {@code rejected} as soon as one is rejected. */
    public PayoutAccount review(ReviewPart part, ReviewDecision decision, List<RejectionReason> reasons) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reasons, "reasons");
        if (status != PayoutAccountStatus.PENDING_APPROVAL) {
            throw DomainException.invalidState("a " + status.code() + " payout account is not under review");
        }
        PartReview decided = reviewOf(part).decide(decision, reasons);
        PartReview bank = part == ReviewPart.BANK_ACCOUNT ? decided : bankAccountReview;
        PartReview local = part == ReviewPart.LOCAL_ENTITY ? decided : localEntityReview;
        PayoutAccountStatus next;
        if (decided.is(ReviewState.REJECTED)) {
            next = PayoutAccountStatus.REJECTED;
        } else if (bank.is(ReviewState.APPROVED) && local.is(ReviewState.APPROVED)) {
            next = PayoutAccountStatus.ACTIVE;
        } else {
            next = PayoutAccountStatus.PENDING_APPROVAL;
        }
        return new PayoutAccount(id, merchantId, details, next, bank, local, submittedAt, reviewDueBy);
    }

    public PayoutAccount approve(ReviewPart part) {
        return review(part, ReviewDecision.APPROVE, List.of());
    }

    public PayoutAccount reject(ReviewPart part, List<RejectionReason> reasons) {
        return review(part, ReviewDecision.REJECT, reasons);
    }

    /**
     * The bank reported the account closed or its number invalid. An already errored account stays as
     * it is (two payouts may fail on it); any other status than active is refused.
     */
    public PayoutAccount markErrored() {
        if (status == PayoutAccountStatus.ERRORED) {
            return this;
        }
        if (status != PayoutAccountStatus.ACTIVE) {
            throw DomainException.invalidState("only an active payout account can be errored; this one is " + status.code());
        }
        return new PayoutAccount(id, merchantId, details, PayoutAccountStatus.ERRORED,
                new PartReview(ReviewPart.BANK_ACCOUNT, ReviewState.REJECTED, List.of(RejectionReason.INVALID_OR_CLOSED_ACCOUNT)),
                localEntityReview, submittedAt, reviewDueBy);
    }

    public PartReview reviewOf(ReviewPart part) {
        return part == ReviewPart.BANK_ACCOUNT ? bankAccountReview : localEntityReview;
    }

    public boolean isActive() {
        return status == PayoutAccountStatus.ACTIVE;
    }

    /** The last 4 characters of the account number: the only part ever shown. */
    public String last4() {
        return details.accountNumberLast4();
    }
}
