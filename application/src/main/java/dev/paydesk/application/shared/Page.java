package dev.paydesk.application.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, newest first, and the cursor of the next page (null on the last). */
public record Page<T>(List<T> data, String nextCursor) {
    public Page {
        data = List.copyOf(data);
    }

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in list order: the extra row only tells
     * that there is a next page.
     */
    public static <T> Page<T> of(List<T> rowsPlusOne, int limit, Function<T, ListCursor> position) {
        if (rowsPlusOne.size() <= limit) {
            return new Page<>(rowsPlusOne, null);
        }
        List<T> rows = rowsPlusOne.subList(0, limit);
        return new Page<>(rows, position.apply(rows.get(limit - 1)).encode());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(data.stream().map(mapper).toList(), nextCursor);
    }
}
