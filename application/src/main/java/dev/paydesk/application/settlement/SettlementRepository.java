package dev.paydesk.application.settlement;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.Settlement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Outbound port: recorded settlements with their line items. */
public interface SettlementRepository {

    /** True when the merchant's settlement of that currency and business date is recorded. */
    boolean exists(MerchantId merchantId, Currency currency, LocalDate businessDate);

    /** Among {@code keys}, those with a settlement recorded for the business date (one query where the adapter can). */
    default Set<MerchantCurrency> existing(Collection<MerchantCurrency> keys, LocalDate businessDate) {
        Set<MerchantCurrency> existing = new HashSet<>();
        keys.stream().filter(key -> exists(key.merchantId(), key.currency(), businessDate)).forEach(existing::add);
        return existing;
    }

    /**
     * Records the settlement and its lines inside the caller's unit of work, marking each of its sales swept.
     * Fails when that merchant, currency and business date already has a settlement or a sale was swept already
     * (the adapters enforce both with unique keys, whatever the number of server instances).
     */
    void add(Settlement settlement);

    /** {@link #add} for several settlements, sent in a few statements where the adapter can; fails as {@link #add} does. */
    default void addAll(List<Settlement> settlements) {
        settlements.forEach(this::add);
    }

    Optional<Settlement> find(String settlementId);

    /** The merchant's settlements newest first, with their lines, strictly before the settlement {@code beforeId} (null for the newest). */
    List<Settlement> listFor(MerchantId merchantId, String beforeId, int limit);
}
