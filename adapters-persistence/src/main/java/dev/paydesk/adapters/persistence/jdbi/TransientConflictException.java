package dev.paydesk.adapters.persistence.jdbi;

/** A conflict with a concurrent transaction that running the unit of work again resolves. */
public final class TransientConflictException extends RuntimeException {
    public TransientConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
