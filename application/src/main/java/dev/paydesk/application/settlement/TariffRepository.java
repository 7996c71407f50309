package dev.paydesk.application.settlement;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.Tariff;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Outbound port: the tariff an operator set for a merchant. */
public interface TariffRepository {

    /** The tariff set for the merchant; empty while none was set. */
    Optional<Tariff> find(MerchantId merchantId);

    /** Sets (or replaces) the merchant's tariff inside the caller's unit of work. */
    void put(MerchantId merchantId, Tariff tariff, Instant setAt);

    /** The tariff that applies: the one set, else {@link Tariff#DEFAULT}. */
    default Tariff tariffOf(MerchantId merchantId) {
        return find(merchantId).orElse(Tariff.DEFAULT);
    }

    /** The tariffs that apply to several merchants, keyed by merchant (one query where the adapter can). */
    default Map<MerchantId, Tariff> tariffsOf(Collection<MerchantId> merchantIds) {
        Map<MerchantId, Tariff> tariffs = new LinkedHashMap<>();
        merchantIds.forEach(id -> tariffs.put(id, tariffOf(id)));
        return tariffs;
    }
}
