package dev.paydesk.domain.ledger;

import java.util.List;

/**
 * Result of the ledger invariant check: for every account the maintained balance equals the sum
 * of its postings, and for every entry the postings sum to zero per currency.
 */
public record LedgerCheck(long entries, long accounts, List<String> discrepancies) {

    public LedgerCheck {
        discrepancies = List.copyOf(discrepancies);
    }

    public boolean balanced() {
        return discrepancies.isEmpty();
    }
}
