package dev.paydesk.application.settlement;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.SweptSale;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outbound port: completed sales no settlement has taken yet. A sale counts as taken once a settlement
 * recorded through {@link SettlementRepository#add} lists it.
 */
public interface SweepableSales {

    /** Among {@code merchants}, each merchant and currency with at least one sale completed before {@code cutoff} not yet swept, in merchant id then currency order. */
    List<MerchantCurrency> pendingBefore(Collection<MerchantId> merchants, Instant cutoff);

    /** The sales of one merchant and currency completed before {@code cutoff} and not yet swept, in transaction id order. */
    List<SweptSale> unsweptBefore(MerchantId merchantId, Currency currency, Instant cutoff);

    /**
     * {@link #unsweptBefore(MerchantId, Currency, Instant)} for several merchants and currencies at once (one query where
     * the adapter can): only keys with sales appear, in the order given.
     */
    default Map<MerchantCurrency, List<SweptSale>> unsweptBefore(Collection<MerchantCurrency> keys, Instant cutoff) {
        Map<MerchantCurrency, List<SweptSale>> byKey = new LinkedHashMap<>();
        for (MerchantCurrency key : keys) {
            List<SweptSale> sales = unsweptBefore(key.merchantId(), key.currency(), cutoff);
            if (!sales.isEmpty()) {
                byKey.put(key, sales);
            }
        }
        return byKey;
    }
}
