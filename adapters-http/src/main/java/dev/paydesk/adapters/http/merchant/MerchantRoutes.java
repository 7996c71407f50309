package dev.paydesk.adapters.http.merchant;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.JsonBody;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.merchant.CreateMerchant;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.merchant.KycStatus;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.PrefixedId;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Merchants and their KYC (operators). */
public final class MerchantRoutes implements RouteGroup {
    private static final Set<String> COUNTRIES = Arrays.stream(Country.values()).map(Country::code).collect(Collectors.toSet());
    private static final Set<String> KYC_STATUSES = Arrays.stream(KycStatus.values()).map(KycStatus::code).collect(Collectors.toSet());

    private final Paydesk paydesk;
    private final ObjectMapper json;

    public MerchantRoutes(Paydesk paydesk, ObjectMapper json) {
        this.paydesk = paydesk;
        this.json = json;
    }

    static final Map<String, Object> MERCHANT = Schemas.object(List.of("id", "name", "country", "default_currency", "kyc"),
            "id", Schemas.string(), "name", Schemas.string(), "country", Schemas.enumeration(COUNTRIES.stream().sorted().toArray(String[]::new)),
            "default_currency", Schemas.string(),
            "kyc", Schemas.object(List.of("shop_information", "business_information", "verified"),
                    "shop_information", Schemas.enumeration("not_started", "submitted", "completed", "rejected"),
                    "business_information", Schemas.enumeration("not_started", "submitted", "completed", "rejected"),
                    "verified", Schemas.bool(), "review_due_by", Map.of("type", List.of("string", "null"), "format", "date-time")),
            "created_at", Schemas.string("date-time"));

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/v1/merchants").access(Access.operator()).tag("merchants").status(201)
                        .summary("Create a merchant with its first admin user and API key (shown once)")
                        .request(Schemas.object(List.of("name", "country", "default_currency", "admin_email"),
                                "name", Schemas.string(), "country", Schemas.enumeration("NG", "GH", "KE", "SN", "CI", "UG"),
                                "default_currency", Schemas.string(), "admin_email", Schemas.string("email")))
                        .response(MERCHANT)
                        .handle(this::create),
                Route.get("/v1/merchants/{id}").access(Access.operator()).tag("merchants")
                        .summary("A merchant with its KYC state").response(MERCHANT)
                        .handle(ctx -> ctx.json(view(paydesk.getMerchant().get(Requests.context(ctx), merchantId(ctx))))),
                Route.put("/v1/merchants/{id}/kyc").access(Access.operator()).tag("merchants")
                        .summary("Set the KYC sections; verified once both are completed")
                        .request(Schemas.object(List.of(),
                                "shop_information", Schemas.enumeration("not_started", "submitted", "completed", "rejected"),
                                "business_information", Schemas.enumeration("not_started", "submitted", "completed", "rejected")))
                        .response(MERCHANT)
                        .handle(this::updateKyc));
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("name", "country", "default_currency", "admin_email"));
        String name = body.requiredString("name");
        String country = body.requiredEnum("country", COUNTRIES);
        String currency = body.requiredString("default_currency");
        String email = body.requiredString("admin_email");
        if (name != null && name.length() > 200) {
            body.addError("name", "too_long", "Field 'name' has at most 200 characters.");
        }
        if (currency != null && !isCurrency(currency)) {
            body.addError("default_currency", "invalid_currency", "Field 'default_currency' must be an ISO 4217 code such as NGN.");
        }
        if (email != null && !dev.paydesk.domain.identity.User.isEmail(email)) {
            body.addError("admin_email", "invalid_email", "Field 'admin_email' must be an email address.");
        }
        body.validate();
        CreateMerchant.Created created = paydesk.createMerchant().create(Requests.context(ctx),
                new CreateMerchant.Command(name, Country.fromCode(country), Currencies.of(currency), email));
        Map<String, Object> view = view(created.merchant());
        view.put("admin_user_id", created.admin().id());
        view.put("admin_api_key", created.adminApiKey());
        ctx.status(201).json(view);
    }

    private void updateKyc(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("shop_information", "business_information"));
        Optional<String> shop = body.optionalString("shop_information");
        Optional<String> business = body.optionalString("business_information");
        shop.filter(value -> !KYC_STATUSES.contains(value)).ifPresent(value -> body.addError("shop_information", "must_be_one_of", "Field 'shop_information' must be one of " + KYC_STATUSES + "."));
        business.filter(value -> !KYC_STATUSES.contains(value)).ifPresent(value -> body.addError("business_information", "must_be_one_of", "Field 'business_information' must be one of " + KYC_STATUSES + "."));
        body.validate();
        Merchant merchant = paydesk.updateKyc().update(Requests.context(ctx), merchantId(ctx),
                shop.map(KycStatus::fromCode), business.map(KycStatus::fromCode));
        ctx.json(view(merchant));
    }

    static MerchantId merchantId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!PrefixedId.isValid(id, MerchantId.PREFIX)) {
            throw DomainException.notFound("merchant");
        }
        return new MerchantId(id);
    }

    private static boolean isCurrency(String code) {
        try {
            Currencies.of(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Map<String, Object> view(Merchant merchant) {
        Map<String, Object> kyc = new LinkedHashMap<>();
        kyc.put("shop_information", merchant.kyc().shopInformation().code());
        kyc.put("business_information", merchant.kyc().businessInformation().code());
        kyc.put("verified", merchant.verified());
        kyc.put("review_due_by", merchant.kyc().reviewDueBy());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", merchant.id().value());
        view.put("name", merchant.name());
        view.put("country", merchant.country().code());
        view.put("default_currency", merchant.defaultCurrency().getCurrencyCode());
        view.put("kyc", kyc);
        view.put("created_at", merchant.createdAt());
        return view;
    }
}
