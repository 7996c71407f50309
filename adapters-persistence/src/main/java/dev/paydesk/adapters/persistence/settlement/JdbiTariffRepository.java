package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.settlement.TariffRepository;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.Tariff;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

public final class JdbiTariffRepository implements TariffRepository {
    private final JdbiUnitOfWork unitOfWork;

    public JdbiTariffRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<Tariff> find(MerchantId merchantId) {
        return unitOfWork.transaction().handle()
                .createQuery("SELECT rate_bps, fixed_amount, reserve_bps, reserve_days FROM merchant_tariff WHERE merchant_id = :merchantId")
                .bind("merchantId", merchantId.value())
                .map((rs, ctx) -> new Tariff(rs.getInt("rate_bps"), rs.getLong("fixed_amount"), rs.getInt("reserve_bps"), rs.getInt("reserve_days")))
                .findOne();
    }

    @Override
    public Map<MerchantId, Tariff> tariffsOf(Collection<MerchantId> merchantIds) {
        Map<MerchantId, Tariff> tariffs = new LinkedHashMap<>();
        merchantIds.forEach(id -> tariffs.put(id, Tariff.DEFAULT));
        if (merchantIds.isEmpty()) {
            return tariffs;
        }
        unitOfWork.transaction().handle()
                .createQuery("SELECT merchant_id, rate_bps, fixed_amount, reserve_bps, reserve_days FROM merchant_tariff WHERE merchant_id IN (<ids>)")
                .bindList("ids", merchantIds.stream().map(MerchantId::value).toList())
                .map((rs, ctx) -> tariffs.put(new MerchantId(rs.getString("merchant_id")),
                        new Tariff(rs.getInt("rate_bps"), rs.getLong("fixed_amount"), rs.getInt("reserve_bps"), rs.getInt("reserve_days"))))
                .forEach(ignored -> {
                });
        return tariffs;
    }

    /** Callers lock the merchant first (SetTariff does), so update-then-insert cannot race with itself. */
    @Override
    public void put(MerchantId merchantId, Tariff tariff, Instant setAt) {
        Handle handle = unitOfWork.transaction().handle();
        int updated = handle.createUpdate("UPDATE merchant_tariff SET rate_bps = :rate, fixed_amount = :fixed, reserve_bps = :reserve, "
                        + "reserve_days = :days, set_at = :setAt WHERE merchant_id = :merchantId")
                .bind("merchantId", merchantId.value()).bind("rate", tariff.rateBps()).bind("fixed", tariff.fixedAmount())
                .bind("reserve", tariff.reserveBps()).bind("days", tariff.reserveDays()).bind("setAt", setAt.atOffset(ZoneOffset.UTC))
                .execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO merchant_tariff (merchant_id, rate_bps, fixed_amount, reserve_bps, reserve_days, set_at) "
                            + "VALUES (:merchantId, :rate, :fixed, :reserve, :days, :setAt)")
                    .bind("merchantId", merchantId.value()).bind("rate", tariff.rateBps()).bind("fixed", tariff.fixedAmount())
                    .bind("reserve", tariff.reserveBps()).bind("days", tariff.reserveDays()).bind("setAt", setAt.atOffset(ZoneOffset.UTC))
                    .execute();
        }
    }
}
