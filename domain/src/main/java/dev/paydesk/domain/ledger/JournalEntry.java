package dev.paydesk.domain.ledger;

import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.PrefixedId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, balanced set of postings: for every currency the postings sum to zero, so an
 * unbalanced entry cannot be constructed. A correction is a new entry, never an edit.
 *
 * @param command the command that made the entry, e.g. {@code approve_refund}
 */
public record JournalEntry(String id, EntryCause cause, String command, Instant postedAt, List<Posting> postings) {

    public static final String ID_PREFIX = "jnl_";

    public JournalEntry {
        PrefixedId.require(id, ID_PREFIX);
        Objects.requireNonNull(cause, "cause");
        if (command == null || command.isBlank()) {
            throw new IllegalArgumentException("an entry names the command that made it");
        }
        Objects.requireNonNull(postedAt, "postedAt");
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new UnbalancedEntryException("an entry has at least two postings, got " + postings.size());
        }
        Map<Currency, Long> sums = new HashMap<>();
        for (Posting posting : postings) {
            sums.merge(posting.amount().currency(), posting.amount().minorUnits(), Math::addExact);
        }
        sums.forEach((currency, sum) -> {
            if (sum != 0) {
                throw new UnbalancedEntryException("postings in " + currency.getCurrencyCode() + " sum to " + sum + ", not 0");
            }
        });
    }

    public static Builder builder(String id, EntryCause cause, String command, Instant postedAt) {
        return new Builder(id, cause, command, postedAt);
    }

    /** Collects transfers; {@link #build()} refuses an entry that moves nothing. */
    public static final class Builder {
        private final String id;
        private final EntryCause cause;
        private final String command;
        private final Instant postedAt;
        private final List<Posting> postings = new ArrayList<>();

        private Builder(String id, EntryCause cause, String command, Instant postedAt) {
            this.id = id;
            this.cause = cause;
            this.command = command;
            this.postedAt = postedAt;
        }

        /** Moves a positive amount from one account to another; a zero amount adds nothing. */
        public Builder transfer(LedgerAccount from, LedgerAccount to, Money amount) {
            if (amount.isNegative()) {
                throw new IllegalArgumentException("a transfer moves a positive amount, got " + amount);
            }
            if (from.equals(to)) {
                throw new IllegalArgumentException("a transfer needs two different accounts: " + from.key());
            }
            if (!amount.isZero()) {
                postings.add(new Posting(from, amount.negate()));
                postings.add(new Posting(to, amount));
            }
            return this;
        }

        public boolean isEmpty() {
            return postings.isEmpty();
        }

        public JournalEntry build() {
            return new JournalEntry(id, cause, command, postedAt, postings);
        }
    }
}
