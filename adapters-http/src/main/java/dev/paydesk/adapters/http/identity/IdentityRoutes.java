package dev.paydesk.adapters.http.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.JsonBody;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.identity.CreateUser;
import dev.paydesk.application.identity.ListRoles;
import dev.paydesk.application.identity.ManageApiKeys;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Role;
import dev.paydesk.domain.identity.User;
import dev.paydesk.domain.identity.UserStatus;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Users, roles and API keys of the caller's merchant (users.manage). */
public final class IdentityRoutes implements RouteGroup {
    private static final Access USERS_MANAGE = Access.merchant(Permission.USERS_MANAGE);
    private static final Map<String, Object> USER = Schemas.object(List.of("id", "email", "name", "roles", "status"),
            "id", Schemas.string(), "email", Schemas.string("email"), "name", Schemas.string(),
            "roles", Schemas.arrayOf(Schemas.string()), "status", Schemas.enumeration("active", "disabled"),
            "created_at", Schemas.string("date-time"));
    private static final Map<String, Object> ROLE = Schemas.object(List.of("name", "permissions", "user_count"),
            "name", Schemas.string(), "permissions", Schemas.arrayOf(Schemas.enumeration(permissionCodes())),
            "built_in", Schemas.bool(), "user_count", Schemas.integer());

    private final Paydesk paydesk;
    private final ObjectMapper json;

    public IdentityRoutes(Paydesk paydesk, ObjectMapper json) {
        this.paydesk = paydesk;
        this.json = json;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/v1/users").access(USERS_MANAGE).tag("users").status(201)
                        .summary("Create a user of your merchant; its API key is shown once")
                        .request(Schemas.object(List.of("email", "name", "roles"), "email", Schemas.string("email"),
                                "name", Schemas.string(), "roles", Schemas.arrayOf(Schemas.string())))
                        .response(USER).handle(this::createUser),
                Route.get("/v1/users").access(USERS_MANAGE).tag("users").summary("Your merchant's users, newest first")
                        .paged().response(Schemas.page(USER))
                        .handle(ctx -> ctx.json(Requests.page(paydesk.listUsers().list(Requests.context(ctx), Requests.cursor(ctx), Requests.limit(ctx)), IdentityRoutes::view))),
                Route.patch("/v1/users/{id}").access(USERS_MANAGE).tag("users")
                        .summary("Change a user's roles or status; the merchant keeps at least one active admin")
                        .request(Schemas.object(List.of(), "roles", Schemas.arrayOf(Schemas.string()), "status", Schemas.enumeration("active", "disabled")))
                        .response(USER).handle(this::updateUser),
                Route.post("/v1/users/{id}/api_keys").access(USERS_MANAGE).tag("users").status(201)
                        .summary("Issue another API key to a user (shown once)")
                        .response(Schemas.object(List.of("id", "api_key"), "id", Schemas.string(), "api_key", Schemas.string()))
                        .handle(this::issueKey),
                Route.post("/v1/users/{id}/api_keys/{key_id}/revoke").access(USERS_MANAGE).tag("users")
                        .summary("Revoke an API key; it stops working at once")
                        .response(Schemas.object(List.of("id", "revoked"), "id", Schemas.string(), "revoked", Schemas.bool()))
                        .handle(this::revokeKey),
                Route.get("/v1/roles").access(USERS_MANAGE).tag("users")
                        .summary("Built-in and custom roles with their permissions and user counts")
                        .response(Schemas.object(List.of("data"), "data", Schemas.arrayOf(ROLE)))
                        .handle(ctx -> ctx.json(Requests.list(paydesk.listRoles().list(Requests.context(ctx)).stream().map(IdentityRoutes::view).toList()))),
                Route.post("/v1/roles").access(USERS_MANAGE).tag("users").status(201)
                        .summary("Create a custom role")
                        .request(Schemas.object(List.of("name", "permissions"), "name", Schemas.string(),
                                "permissions", Schemas.arrayOf(Schemas.enumeration(permissionCodes()))))
                        .response(ROLE).handle(this::createRole));
    }

    private void createUser(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("email", "name", "roles"));
        String email = body.requiredString("email");
        String name = body.requiredString("name");
        List<String> roles = stringList(body, "roles", true);
        body.validate();
        CreateUser.Created created = paydesk.createUser().create(Requests.context(ctx), email, name, roles);
        Map<String, Object> view = view(created.user());
        view.put("api_key", created.apiKey());
        ctx.status(201).json(view);
    }

    private void updateUser(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("roles", "status"));
        Optional<List<String>> roles = Optional.ofNullable(stringList(body, "roles", false));
        Optional<String> status = body.optionalString("status");
        status.filter(value -> !value.equals("active") && !value.equals("disabled"))
                .ifPresent(value -> body.addError("status", "must_be_one_of", "Field 'status' must be 'active' or 'disabled'."));
        body.validate();
        User user = paydesk.updateUser().update(Requests.context(ctx), ctx.pathParam("id"), roles, status.map(UserStatus::fromCode));
        ctx.json(view(user));
    }

    private void issueKey(Context ctx) {
        JsonBody.parse(json, ctx.body(), Set.of()).validate();
        ManageApiKeys.Issued issued = paydesk.manageApiKeys().issue(Requests.context(ctx), ctx.pathParam("id"));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", issued.key().id());
        view.put("user_id", issued.key().userId());
        view.put("api_key", issued.plainKey());
        view.put("created_at", issued.key().createdAt());
        ctx.status(201).json(view);
    }

    private void revokeKey(Context ctx) {
        JsonBody.parse(json, ctx.body(), Set.of()).validate();
        paydesk.manageApiKeys().revoke(Requests.context(ctx), ctx.pathParam("id"), ctx.pathParam("key_id"));
        ctx.json(Map.of("id", ctx.pathParam("key_id"), "revoked", true));
    }

    private void createRole(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("name", "permissions"));
        String name = body.requiredString("name");
        List<String> codes = stringList(body, "permissions", true);
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        if (codes != null) {
            for (String code : codes) {
                Permission.fromCode(code).ifPresentOrElse(permissions::add,
                        () -> body.addError("permissions", "unknown_permission", "Unknown permission '" + code + "'."));
            }
        }
        if (name != null && !name.matches("[a-z][a-z0-9_]{1,59}")) {
            body.addError("name", "invalid_format", "Field 'name' is 2–60 lower-case letters, digits or _, starting with a letter.");
        }
        if (name != null && Role.builtIn(name) != null) {
            body.addError("name", "reserved", "'" + name + "' is a built-in role.");
        }
        body.validate();
        Role role = paydesk.createRole().create(Requests.context(ctx), name, permissions);
        ctx.status(201).json(view(new ListRoles.RoleView(role, 0)));
    }

    private static List<String> stringList(JsonBody body, String field, boolean required) {
        JsonNode node = body.node(field);
        if (node == null || node.isNull()) {
            if (required) {
                body.addError(field, "required", "Field '" + field + "' is required.");
            }
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            body.addError(field, "must_be_non_empty_array", "Field '" + field + "' must be a non-empty array of strings.");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                body.addError(field, "must_be_non_empty_array", "Field '" + field + "' must contain strings only.");
                return null;
            }
            values.add(item.asText());
        }
        return values;
    }

    static Map<String, Object> view(User user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", user.id());
        view.put("email", user.email());
        view.put("name", user.name());
        view.put("roles", user.roles());
        view.put("status", user.status().code());
        view.put("created_at", user.createdAt());
        return view;
    }

    static Map<String, Object> view(ListRoles.RoleView role) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", role.role().name());
        view.put("permissions", role.role().permissions().stream().map(Permission::code).sorted().toList());
        view.put("built_in", role.role().builtIn());
        view.put("user_count", role.userCount());
        return view;
    }

    private static String[] permissionCodes() {
        return Arrays.stream(Permission.values()).map(Permission::code).toArray(String[]::new);
    }
}
