package dev.paydesk.application.payoutaccount;

import dev.paydesk.domain.shared.DomainException;

/** {@code ?limit=} (1–100, default 20) and {@code ?cursor=} of a list (API.md). */
public record PageRequest(String cursor, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.validation("limit", "out_of_range", "limit is between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }

    /** {@code limit} null means the default. */
    public static PageRequest of(String cursor, Integer limit) {
        return new PageRequest(cursor, limit == null ? DEFAULT_LIMIT : limit);
    }

    static DomainException badCursor() {
        return DomainException.validation("cursor", "invalid_cursor", "the cursor is not one this list returned");
    }
}
