package dev.paydesk.adapters.http.routing;

import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.PrefixedId;
import io.javalin.http.Context;
import java.util.function.Function;

/** Ids taken from the path: one that cannot be an id of that kind is simply not found. */
public final class PathIds {
    private PathIds() {
    }

    public static <T> T of(Context ctx, String param, String prefix, String what, Function<String, T> constructor) {
        String raw = ctx.pathParam(param);
        if (!PrefixedId.isValid(raw, prefix)) {
            throw DomainException.notFound(what);
        }
        return constructor.apply(raw);
    }
}
