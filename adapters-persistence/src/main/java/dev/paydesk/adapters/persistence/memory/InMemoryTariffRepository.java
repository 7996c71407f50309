package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.settlement.TariffRepository;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.Tariff;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryTariffRepository implements TariffRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final Map<MerchantId, Tariff> tariffs = new HashMap<>();

    public InMemoryTariffRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<Tariff> find(MerchantId merchantId) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(tariffs.get(merchantId));
    }

    @Override
    public void put(MerchantId merchantId, Tariff tariff, Instant setAt) {
        unitOfWork.requireOpen();
        Tariff before = tariffs.put(merchantId, tariff);
        unitOfWork.onRollback(() -> {
            if (before == null) {
                tariffs.remove(merchantId);
            } else {
                tariffs.put(merchantId, before);
            }
        });
    }
}
