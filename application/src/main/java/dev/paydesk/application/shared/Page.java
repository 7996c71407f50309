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

    public static <T> Page<T> of(List<T> rowsPlusOne, int limit, Function<T, String> cursorOf) {
        if (rowsPlusOne.size() <= limit) {
            return new Page<>(rowsPlusOne, null);
        }
        List<T> page = rowsPlusOne.subList(0, limit);
        return new Page<>(page, cursorOf.apply(page.get(limit - 1)));
    }
}
