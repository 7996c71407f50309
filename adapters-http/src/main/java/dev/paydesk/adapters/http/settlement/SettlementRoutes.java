package dev.paydesk.adapters.http.settlement;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.JsonBody;
import dev.paydesk.adapters.http.routing.PathIds;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.settlement.ListSettlements;
import dev.paydesk.application.settlement.RunSettlement;
import dev.paydesk.application.settlement.SetTariff;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.settlement.Settlement;
import dev.paydesk.domain.settlement.SettlementLine;
import dev.paydesk.domain.settlement.SettlementTotals;
import dev.paydesk.domain.settlement.Tariff;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tariffs, the daily sweep and the settlements it records (SPEC §8). */
public final class SettlementRoutes implements RouteGroup {
    private static final Map<String, Object> TARIFF = Schemas.object(List.of("merchant_id", "rate_bps", "fixed_amount", "reserve_bps", "reserve_days"),
            "merchant_id", Schemas.string(), "rate_bps", Schemas.integer(), "fixed_amount", Schemas.integer(), "reserve_bps", Schemas.integer(),
            "reserve_days", Schemas.integer());
    private static final Map<String, Object> LINE = Schemas.object(List.of("type", "amount"),
            "type", Schemas.enumeration("sale", "shop_adjustment", "fee", "vat", "guarantee"), "amount", Schemas.integer(),
            "transaction_id", Schemas.string(), "sale_amount", Schemas.integer(), "fee_amount", Schemas.integer(), "rate_bps", Schemas.integer(),
            "fixed_amount", Schemas.integer(), "swept", Schemas.integer(), "computed", Schemas.integer());
    private static final Map<String, Object> SETTLEMENT = Schemas.object(
            List.of("id", "merchant_id", "currency", "business_date", "sales", "fees", "vat", "guarantee", "net", "lines", "created_at"),
            "id", Schemas.string(), "merchant_id", Schemas.string(), "currency", Schemas.string(), "business_date", Schemas.string("date"),
            "sales", Schemas.integer(), "shop_adjustments", Schemas.integer(), "swept", Schemas.integer(), "fees", Schemas.integer(),
            "vat", Schemas.integer(), "guarantee", Schemas.integer(), "net", Schemas.integer(), "debt_repaid", Schemas.integer(),
            "available_to_main", Schemas.integer(), "shortfall_to_main", Schemas.integer(), "lines", Schemas.arrayOf(LINE),
            "created_at", Schemas.string("date-time"));
    private static final Set<String> TARIFF_FIELDS = Set.of("rate_bps", "fixed_amount", "reserve_bps", "reserve_days");

    private final Paydesk paydesk;
    private final ObjectMapper json;

    public SettlementRoutes(Paydesk paydesk, ObjectMapper json) {
        this.paydesk = paydesk;
        this.json = json;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.put("/v1/merchants/{id}/tariff").access(Access.operator()).tag("settlements")
                        .summary("Set a merchant's tariff; the next settlements use it")
                        .request(Schemas.object(List.of("rate_bps", "fixed_amount", "reserve_bps", "reserve_days"), "rate_bps", Schemas.integer(),
                                "fixed_amount", Schemas.integer(), "reserve_bps", Schemas.integer(), "reserve_days", Schemas.integer()))
                        .response(TARIFF).handle(this::setTariff),
                Route.get("/v1/merchants/{id}/tariff").access(Access.operator()).tag("settlements")
                        .summary("The tariff that applies to a merchant (the default until one is set)")
                        .response(TARIFF).handle(ctx -> {
                            MerchantId merchantId = merchantId(ctx);
                            ctx.json(view(merchantId, paydesk.getTariff().get(Requests.context(ctx), merchantId)));
                        }),
                Route.post("/v1/settlements/run").access(Access.operator()).tag("settlements")
                        .summary("Run the sweep of a business date (catch-up of past dates included); idempotent")
                        .request(Schemas.object(List.of("business_date"), "business_date", Schemas.string("date")))
                        .response(Schemas.object(List.of("business_date", "settlements_created"), "business_date", Schemas.string("date"),
                                "settlements_created", Schemas.integer()))
                        .handle(this::run),
                Route.get("/v1/settlements").access(Access.merchant(Permission.BALANCES_READ)).tag("settlements")
                        .summary("Your settlements with their line items, newest first")
                        .paged().response(Schemas.page(SETTLEMENT))
                        .handle(ctx -> ctx.json(Requests.page(paydesk.listSettlements().list(Requests.context(ctx),
                                new ListSettlements.Query(Requests.cursor(ctx), Requests.limit(ctx))), SettlementRoutes::view))));
    }

    private void setTariff(Context ctx) {
        MerchantId merchantId = merchantId(ctx);
        JsonBody body = JsonBody.parse(json, ctx.body(), TARIFF_FIELDS);
        Integer rate = whole(body, "rate_bps", 0, BasisPoints.ONE_HUNDRED_PERCENT);
        Long fixed = body.requiredLong("fixed_amount");
        if (fixed != null && fixed < 0) {
            body.addError("fixed_amount", "must_not_be_negative", "Field 'fixed_amount' must not be negative (minor units).");
        }
        Integer reserve = whole(body, "reserve_bps", 0, BasisPoints.ONE_HUNDRED_PERCENT);
        Integer days = whole(body, "reserve_days", 0, Tariff.MAX_RESERVE_DAYS);
        body.validate();
        Tariff tariff = paydesk.setTariff().set(Requests.context(ctx), SetTariff.Command.of(merchantId, rate, fixed, reserve, days));
        ctx.json(view(merchantId, tariff));
    }

    private void run(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("business_date"));
        LocalDate date = body.requiredDate("business_date");
        body.validate();
        RunSettlement.Result result = paydesk.runSettlement().run(Requests.context(ctx), date);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("business_date", result.businessDate().toString());
        view.put("settlements_created", result.settlementsCreated());
        ctx.json(view);
    }

    /** A required whole number within [min, max]; the error names the field and the range. */
    private static Integer whole(JsonBody body, String field, int min, int max) {
        Long value = body.requiredLong(field);
        if (value == null) {
            return null;
        }
        if (value < min || value > max) {
            body.addError(field, "between_" + min + "_and_" + max, "Field '" + field + "' must be between " + min + " and " + max + ".");
            return null;
        }
        return value.intValue();
    }

    private static MerchantId merchantId(Context ctx) {
        return PathIds.of(ctx, "id", MerchantId.PREFIX, "merchant", MerchantId::new);
    }

    static Map<String, Object> view(MerchantId merchantId, Tariff tariff) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("merchant_id", merchantId.value());
        view.put("rate_bps", tariff.rateBps());
        view.put("fixed_amount", tariff.fixedAmount());
        view.put("reserve_bps", tariff.reserveBps());
        view.put("reserve_days", tariff.reserveDays());
        return view;
    }

    static Map<String, Object> view(Settlement settlement) {
        SettlementTotals totals = settlement.totals();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", settlement.id());
        view.put("merchant_id", settlement.merchantId().value());
        view.put("currency", settlement.currency().getCurrencyCode());
        view.put("business_date", settlement.businessDate().toString());
        view.put("sales", totals.sales().minorUnits());
        view.put("shop_adjustments", totals.shopAdjustments().minorUnits());
        view.put("swept", totals.swept().minorUnits());
        view.put("fees", totals.fees().minorUnits());
        view.put("vat", totals.vat().minorUnits());
        view.put("guarantee", totals.guarantee().minorUnits());
        view.put("net", totals.net().minorUnits());
        view.put("debt_repaid", totals.debtRepaid().minorUnits());
        view.put("available_to_main", totals.availableToMain().minorUnits());
        view.put("shortfall_to_main", totals.shortfallToMain().minorUnits());
        view.put("lines", settlement.lines().stream().map(SettlementRoutes::view).toList());
        view.put("created_at", settlement.createdAt());
        return view;
    }

    static Map<String, Object> view(SettlementLine line) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", line.type().code());
        if (line instanceof SettlementLine.Sale sale) {
            view.put("transaction_id", sale.transactionId());
        } else if (line instanceof SettlementLine.Fee fee) {
            view.put("transaction_id", fee.transactionId());
            view.put("sale_amount", fee.saleAmount().minorUnits());
            view.put("rate_bps", fee.rate().value());
            view.put("fixed_amount", fee.fixed().minorUnits());
        } else if (line instanceof SettlementLine.Vat vat) {
            view.put("transaction_id", vat.transactionId());
            view.put("fee_amount", vat.feeAmount().minorUnits());
            view.put("rate_bps", vat.rate().value());
        } else if (line instanceof SettlementLine.Guarantee guarantee) {
            view.put("swept", guarantee.sweptGross().minorUnits());
            view.put("rate_bps", guarantee.rate().value());
            view.put("computed", guarantee.computed().minorUnits());
        }
        view.put("amount", line.amount().minorUnits());
        return view;
    }
}
