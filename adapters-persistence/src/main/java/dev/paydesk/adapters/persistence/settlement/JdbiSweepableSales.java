package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.settlement.MerchantCurrency;
import dev.paydesk.application.settlement.SweepableSales;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.settlement.SweptSale;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completed sales from the {@code payment_transaction} table (the transactions feature's) whose
 * {@code settlement_id} is still empty: the settlement repository sets it when a settlement lists the sale.
 */
public final class JdbiSweepableSales implements SweepableSales {
    private static final String UNSWEPT = "t.status = 'completed' AND t.settlement_id IS NULL AND t.completed_at < :cutoff";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiSweepableSales(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<MerchantCurrency> pendingBefore(Collection<MerchantId> merchants, Instant cutoff) {
        if (merchants.isEmpty()) {
            return List.of();
        }
        return unitOfWork.transaction().handle().createQuery("SELECT DISTINCT t.merchant_id, t.currency FROM payment_transaction t "
                        + "WHERE t.merchant_id IN (<merchants>) AND " + UNSWEPT + " ORDER BY t.merchant_id, t.currency")
                .bindList("merchants", merchants.stream().map(MerchantId::value).toList())
                .bind("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .map((rs, ctx) -> new MerchantCurrency(new MerchantId(rs.getString("merchant_id")), Currencies.of(rs.getString("currency"))))
                .list();
    }

    @Override
    public List<SweptSale> unsweptBefore(MerchantId merchantId, Currency currency, Instant cutoff) {
        return unsweptBefore(List.of(new MerchantCurrency(merchantId, currency)), cutoff).getOrDefault(new MerchantCurrency(merchantId, currency), List.of());
    }

    /** One query for the whole group: the sales of its merchants, kept for the keys asked. */
    @Override
    public Map<MerchantCurrency, List<SweptSale>> unsweptBefore(Collection<MerchantCurrency> keys, Instant cutoff) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<MerchantCurrency, List<SweptSale>> found = new HashMap<>();
        keys.forEach(key -> found.put(key, new ArrayList<>()));
        unitOfWork.transaction().handle().createQuery("SELECT t.merchant_id, t.currency, t.id, t.amount FROM payment_transaction t "
                        + "WHERE t.merchant_id IN (<merchants>) AND " + UNSWEPT + " ORDER BY t.merchant_id, t.currency, t.id")
                .bindList("merchants", keys.stream().map(key -> key.merchantId().value()).distinct().toList())
                .bind("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .setFetchSize(1_000)
                .map((rs, ctx) -> {
                    Currency currency = Currencies.of(rs.getString("currency"));
                    List<SweptSale> sales = found.get(new MerchantCurrency(new MerchantId(rs.getString("merchant_id")), currency));
                    if (sales != null) {
                        sales.add(new SweptSale(rs.getString("id"), new Money(rs.getLong("amount"), currency)));
                    }
                    return sales;
                })
                .forEach(ignored -> {
                });
        Map<MerchantCurrency, List<SweptSale>> byKey = new LinkedHashMap<>();
        keys.forEach(key -> {
            if (!found.get(key).isEmpty()) {
                byKey.put(key, found.get(key));
            }
        });
        return byKey;
    }
}
