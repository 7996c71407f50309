package dev.paydesk.domain.dispute;

import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import dev.paydesk.domain.shared.PrefixedId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dispute or chargeback on one transaction (SPEC §7). Immutable: every transition returns the next
 * state and refuses a move from the wrong state with {@code invalid_state}; the constructor checks the
 * invariants of every state, so a dispute rebuilt from a row is checked too.
 *
 * <pre>
 *   needs_response ──submitEvidence (once, until respond_by)──▶ under_review ──decide──▶ won | lost
 *        ├──accept──▶ lost
 *        └──expire (past respond_by, by the job)──▶ lost
 * </pre>
 *
 * <ul>
 *   <li>An operator decides only a dispute under review, as SPEC §7's states say; a dispute that
 *       still needs a response is closed by the merchant (accept) or by the expiry job.</li>
 *   <li>Evidence after {@code respond_by} is refused with {@code invalid_state}, even before the expiry
 *       job has run; at {@code respond_by} exactly it is still accepted. Accepting stays allowed after
 *       {@code respond_by}: it ends where expiry would, lost.</li>
 * </ul>
 *
 * <p>Money: {@link #openingEntry} holds the amount in {@code disputes_held} and, for a chargeback,
 * charges the fee to the platform's {@code fees}; {@link #closingEntry} gives the amount back to the
 * merchant's {@code main} (won; the fee stays charged) or to the platform's {@code customers} (lost).
 */
public record Dispute(
        DisputeId id,
        MerchantId merchantId,
        String transactionId,
        Money amount,
        DisputeReason reason,
        DisputeSource source,
        DisputeStatus status,
        Instant respondBy,
        Evidence evidence,
        Instant evidenceSubmittedAt,
        Money chargebackFee,
        DisputeClosure closure,
        Instant closedAt,
        Instant createdAt,
        Instant updatedAt) {

    public static final String OPEN_COMMAND = "open_dispute";
    public static final String EXCEEDS_DISPUTABLE = "exceeds_disputable";

    public Dispute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        PrefixedId.require(transactionId, NewDispute.TRANSACTION_ID_PREFIX);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(respondBy, "respondBy");
        Objects.requireNonNull(chargebackFee, "chargebackFee");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        require(amount.isPositive(), "a dispute is for a positive amount, got " + amount);
        amount.requireSameCurrency(chargebackFee);
        require(!chargebackFee.isNegative(), "a chargeback fee is not negative");
        require(source == DisputeSource.CHARGEBACK || chargebackFee.isZero(), "a claim carries no chargeback fee");
        require(respondBy.isAfter(createdAt), "respond_by is after the dispute was opened");
        require(!updatedAt.isBefore(createdAt), "updatedAt is not before createdAt");
        require((evidence == null) == (evidenceSubmittedAt == null), "evidence and evidenceSubmittedAt are set together");
        require(evidenceSubmittedAt == null || !evidenceSubmittedAt.isAfter(respondBy) && !evidenceSubmittedAt.isBefore(createdAt),
                "evidence is submitted between the opening and respond_by");
        require((closure == null) == (closedAt == null), "closure and closedAt are set together");
        require(closure == null || !closedAt.isBefore(evidenceSubmittedAt == null ? createdAt : evidenceSubmittedAt),
                "a dispute is closed after it was opened and after its evidence");
        boolean consistent = switch (status) {
            case NEEDS_RESPONSE -> evidence == null && closure == null;
            case UNDER_REVIEW -> evidence != null && closure == null;
            case WON -> evidence != null && closure == DisputeClosure.DECIDED;
            case LOST -> closure == DisputeClosure.DECIDED
                    ? evidence != null
                    : evidence == null && (closure == DisputeClosure.ACCEPTED || closure == DisputeClosure.EXPIRED);
        };
        require(consistent, "a " + status.code() + " dispute cannot have " + (evidence == null ? "no evidence" : "evidence")
                + " and closure " + (closure == null ? "none" : closure.code()));
        require(closure != DisputeClosure.EXPIRED || closedAt.isAfter(respondBy), "a dispute expires after respond_by");
    }

    /**
     * Opens a dispute: {@code needs_response}, due by the requested {@code respond_by} or the source's
     * default, with the chargeback fee of the settings. Refuses, every problem at once with
     * {@code validation_failed}: an amount that is not positive, in another currency than the
     * transaction, or above what is left to dispute ({@code amount}, {@code exceeds_disputable}); a
     * {@code respond_by} not after now or more than {@value DisputeSettings#MAX_RESPOND_BY_DAYS} days away.
     * Whether the transaction exists, belongs to the merchant and is completed is the caller's to check.
     */
    public static Dispute open(DisputeId id, NewDispute request, DisputableAmount disputable, DisputeSettings settings, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(disputable, "disputable");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(now, "now");
        List<FieldError> problems = new ArrayList<>();
        Money amount = request.amount();
        if (!amount.currency().equals(disputable.currency())) {
            problems.add(new FieldError("amount", "currency_mismatch", "the dispute is in " + amount.currencyCode()
                    + ", the transaction in " + disputable.currency().getCurrencyCode()));
        } else if (!amount.isPositive()) {
            problems.add(new FieldError("amount", "must_be_positive", "amount must be greater than zero"));
        } else if (!disputable.covers(amount)) {
            problems.add(new FieldError("amount", EXCEEDS_DISPUTABLE, disputable.exceedsMessage(amount)));
        }
        Instant respondBy = request.respondBy() == null ? settings.defaultRespondBy(request.source(), now) : request.respondBy();
        if (!respondBy.isAfter(now)) {
            problems.add(new FieldError("respond_by", "must_be_in_the_future", "respond_by must be after " + now));
        } else if (respondBy.isAfter(now.plus(Duration.ofDays(DisputeSettings.MAX_RESPOND_BY_DAYS)))) {
            problems.add(new FieldError("respond_by", "too_far_in_the_future",
                    "respond_by is at most " + DisputeSettings.MAX_RESPOND_BY_DAYS + " days away"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "the dispute cannot be opened: " + problems.get(0).message(), problems);
        }
        return new Dispute(id, request.merchantId(), request.transactionId(), amount, request.reason(), request.source(),
                DisputeStatus.NEEDS_RESPONSE, respondBy, null, null, settings.chargebackFee(request.source(), amount.currency()),
                null, null, now, now);
    }

    /** The merchant's evidence, once, until {@code respond_by}: {@code needs_response → under_review}. */
    public Dispute submitEvidence(Evidence submitted, Instant at) {
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(at, "at");
        if (evidence != null) {
            throw DomainException.invalidState("evidence for dispute " + id + " was already submitted; it is submitted once");
        }
        requireStatus(DisputeStatus.NEEDS_RESPONSE, "submit evidence for");
        if (at.isAfter(respondBy)) {
            throw DomainException.invalidState("evidence for dispute " + id + " was due by " + respondBy);
        }
        return new Dispute(id, merchantId, transactionId, amount, reason, source, DisputeStatus.UNDER_REVIEW, respondBy,
                submitted, at, chargebackFee, null, null, createdAt, at);
    }

    /** The merchant gives up: {@code needs_response → lost}. */
    public Dispute accept(Instant at) {
        Objects.requireNonNull(at, "at");
        requireStatus(DisputeStatus.NEEDS_RESPONSE, "accept");
        return close(DisputeStatus.LOST, DisputeClosure.ACCEPTED, at);
    }

    /** An operator's decision on the evidence: {@code under_review → won | lost}. */
    public Dispute decide(DisputeOutcome outcome, Instant at) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        requireStatus(DisputeStatus.UNDER_REVIEW, "decide");
        return close(outcome.status(), DisputeClosure.DECIDED, at);
    }

    /** The expiry job's move: lost when still waiting for a response after {@code respond_by}; otherwise nothing. */
    public DisputeExpiry expire(Instant now) {
        Objects.requireNonNull(now, "now");
        if (status != DisputeStatus.NEEDS_RESPONSE) {
            return new DisputeExpiry(this, DisputeExpiry.Result.NOT_AWAITING_RESPONSE);
        }
        if (!isPastRespondBy(now)) {
            return new DisputeExpiry(this, DisputeExpiry.Result.NOT_DUE);
        }
        return new DisputeExpiry(close(DisputeStatus.LOST, DisputeClosure.EXPIRED, now), DisputeExpiry.Result.EXPIRED);
    }

    public boolean isPastRespondBy(Instant now) {
        return now.isAfter(respondBy);
    }

    public boolean isDueForExpiry(Instant now) {
        return status == DisputeStatus.NEEDS_RESPONSE && isPastRespondBy(now);
    }

    /** Open or lost: the amount counts against the transaction's refundable and disputable amounts. */
    public boolean holdsTransactionAmount() {
        return status.holdsTransactionAmount();
    }

    public Optional<DisputeOutcome> outcome() {
        return switch (status) {
            case WON -> Optional.of(DisputeOutcome.WON);
            case LOST -> Optional.of(DisputeOutcome.LOST);
            case NEEDS_RESPONSE, UNDER_REVIEW -> Optional.empty();
        };
    }

    /**
     * The opening's entry, posted at {@code createdAt} by {@value #OPEN_COMMAND}: the amount, then the
     * chargeback fee, taken from {@code shop} as far as its (positive) balance goes and the rest from
     * {@code main}, which may go negative. The amount goes to {@code disputes_held}, the fee to the
     * platform's {@code fees}.
     *
     * @param shopBalance the merchant's {@code shop} balance in the dispute's currency, read under lock
     */
    public JournalEntry openingEntry(String entryId, Money shopBalance) {
        amount.requireSameCurrency(shopBalance);
        Money zero = Money.zero(amount.currency());
        Money shopLeft = shopBalance.max(zero);
        Money holdFromShop = shopLeft.min(amount);
        shopLeft = shopLeft.minus(holdFromShop);
        Money feeFromShop = shopLeft.min(chargebackFee);
        LedgerAccount shop = merchantAccount(MerchantAccountType.SHOP);
        LedgerAccount main = merchantAccount(MerchantAccountType.MAIN);
        LedgerAccount held = merchantAccount(MerchantAccountType.DISPUTES_HELD);
        LedgerAccount fees = LedgerAccount.platform(PlatformAccountType.FEES, amount.currency());
        return JournalEntry.builder(entryId, cause(), OPEN_COMMAND, createdAt)
                .transfer(shop, held, holdFromShop)
                .transfer(main, held, amount.minus(holdFromShop))
                .transfer(shop, fees, feeFromShop)
                .transfer(main, fees, chargebackFee.minus(feeFromShop))
                .build();
    }

    /**
     * The closing entry, posted at {@code closedAt} by the closure's command: {@code disputes_held} →
     * merchant {@code main} when won, → platform {@code customers} when lost. The fee is not returned.
     */
    public JournalEntry closingEntry(String entryId) {
        if (status.isOpen()) {
            throw DomainException.invalidState("dispute " + id + " is " + status.code() + "; only a closed dispute has a closing entry");
        }
        LedgerAccount to = status == DisputeStatus.WON
                ? merchantAccount(MerchantAccountType.MAIN)
                : LedgerAccount.platform(PlatformAccountType.CUSTOMERS, amount.currency());
        return JournalEntry.builder(entryId, cause(), closure.command(), closedAt)
                .transfer(merchantAccount(MerchantAccountType.DISPUTES_HELD), to, amount)
                .build();
    }

    public LedgerAccount.Merchant merchantAccount(MerchantAccountType type) {
        return LedgerAccount.merchant(merchantId, type, amount.currency());
    }

    private Dispute close(DisputeStatus closedAs, DisputeClosure how, Instant at) {
        return new Dispute(id, merchantId, transactionId, amount, reason, source, closedAs, respondBy, evidence, evidenceSubmittedAt,
                chargebackFee, how, at, createdAt, at);
    }

    private EntryCause cause() {
        return EntryCause.of(EntryCause.Kind.DISPUTE, id.value());
    }

    private void requireStatus(DisputeStatus expected, String action) {
        if (status != expected) {
            throw DomainException.invalidState("cannot " + action + " dispute " + id + ": it is " + status.code()
                    + ", not " + expected.code());
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
