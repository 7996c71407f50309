package dev.paydesk.application.settlement;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.Tariff;
import java.time.Instant;
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
}
