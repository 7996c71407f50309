package dev.paydesk.application.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, newest first, with the cursor of the next page (null on the last one). Callers
 * fetch {@code limit + 1} rows: the extra row only tells whether another page exists.
 */
public record Page<T>(List<T> data, String nextCursor) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public Page {
        data = List.copyOf(data);
    }

    /** A page whose cursor is the position (created at, id) of its last row. */
    public static <T> Page<T> of(List<T> rowsPlusOne, int limit, Function<T, ListCursor> position) {
        return ofIds(rowsPlusOne, limit, row -> position.apply(row).encode());
    }

    /** A page whose cursor is the id of its last row (for ids that sort by creation). */
    public static <T> Page<T> ofIds(List<T> rowsPlusOne, int limit, Function<T, String> cursorOf) {
        if (rowsPlusOne.size() <= limit) {
            return new Page<>(rowsPlusOne, null);
        }
        List<T> page = rowsPlusOne.subList(0, limit);
        return new Page<>(page, cursorOf.apply(page.get(limit - 1)));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(data.stream().map(mapper).toList(), nextCursor);
    }
}
