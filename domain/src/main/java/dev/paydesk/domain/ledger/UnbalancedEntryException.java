package dev.paydesk.domain.ledger;

/** A journal entry whose postings do not sum to zero per currency was about to be made. */
public final class UnbalancedEntryException extends IllegalArgumentException {
    public UnbalancedEntryException(String message) {
        super(message);
    }
}
