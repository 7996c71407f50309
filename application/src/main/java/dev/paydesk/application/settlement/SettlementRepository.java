package dev.paydesk.application.settlement;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.Settlement;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Outbound port: recorded settlements with their line items. */
public interface SettlementRepository {

    /** True when the merchant's settlement of that currency and business date is recorded. */
    boolean exists(MerchantId merchantId, Currency currency, LocalDate businessDate);

    /**
     * Records the settlement and its lines inside the caller's unit of work, marking each of its sales swept.
     * Fails when that merchant, currency and business date already has a settlement or a sale was swept already
     * (the adapters enforce both with unique keys, whatever the number of server instances).
     */
    void add(Settlement settlement);

    Optional<Settlement> find(String settlementId);

    /** The merchant's settlements newest first, with their lines, strictly before the settlement {@code beforeId} (null for the newest). */
    List<Settlement> listFor(MerchantId merchantId, String beforeId, int limit);
}
