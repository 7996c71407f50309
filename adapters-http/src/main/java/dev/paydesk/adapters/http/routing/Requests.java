package dev.paydesk.adapters.http.routing;

import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.Page;
import dev.paydesk.domain.shared.DomainException;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reading the common parts of a request: who, which page, which filters. */
public final class Requests {
    private Requests() {
    }

    public static CommandContext context(Context ctx) {
        return new CommandContext(Principals.of(ctx), ctx.attribute(RequestAttributes.REQUEST_ID));
    }

    /** {@code ?limit=} 1–100, default 20. */
    public static int limit(Context ctx) {
        String raw = ctx.queryParam("limit");
        if (raw == null) {
            return Page.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= Page.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw DomainException.validation("limit", "out_of_range", "Query parameter 'limit' must be a whole number from 1 to 100.");
    }

    public static String cursor(Context ctx) {
        String cursor = ctx.queryParam("cursor");
        if (cursor != null && !cursor.matches("[A-Za-z0-9_:.-]{1,200}")) {
            throw DomainException.validation("cursor", "invalid", "Query parameter 'cursor' is not a cursor this server issued.");
        }
        return cursor;
    }

    public static Optional<Instant> instantParam(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(raw));
        } catch (DateTimeParseException e) {
            throw DomainException.validation(name, "invalid_timestamp", "Query parameter '" + name + "' must be an ISO 8601 UTC timestamp like 2026-11-23T10:15:30Z.");
        }
    }

    /** {@code {"data": [...], "next_cursor": ...}} */
    public static <T> Map<String, Object> page(Page<T> page, Function<T, Object> view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.data().stream().map(view).toList());
        body.put("next_cursor", page.nextCursor());
        return body;
    }

    public static Map<String, Object> list(List<?> items) {
        return Map.of("data", items);
    }

    public static boolean isCurrency(String code) {
        try {
            dev.paydesk.domain.money.Currencies.of(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
