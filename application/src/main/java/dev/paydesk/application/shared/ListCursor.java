package dev.paydesk.application.shared;

import dev.paydesk.domain.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * The position after the last row of a page of a newest-first list, ordered by (created_at, id)
 * descending. A keyset position, not an offset: rows inserted meanwhile never shift a page.
 */
public record ListCursor(Instant createdAt, String id) {
    public ListCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    /** Opaque to clients. */
    public String encode() {
        String plain = createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for the first page; a cursor this class did not write is a validation error on {@code cursor}. */
    public static ListCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 3);
            if (parts.length != 3 || parts[2].isEmpty()) {
                throw new IllegalArgumentException("three parts expected");
            }
            return new ListCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException bad) {
            throw DomainException.validation("cursor", "invalid_cursor", "cursor is not one this API returned");
        }
    }

    /** A page size of 1 to 100, as API.md allows. */
    public static int requireLimit(int limit) {
        if (limit < 1 || limit > 100) {
            throw DomainException.validation("limit", "out_of_range", "limit must be between 1 and 100");
        }
        return limit;
    }
}
