package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.settlement.SettlementRepository;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.Settlement;
import dev.paydesk.domain.settlement.SettlementLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

public final class InMemorySettlementRepository implements SettlementRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final TreeMap<String, Settlement> byId = new TreeMap<>();
    private final Set<String> keys = new HashSet<>();
    private final Set<String> sweptSales = new HashSet<>();

    public InMemorySettlementRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean exists(MerchantId merchantId, Currency currency, LocalDate businessDate) {
        unitOfWork.requireOpen();
        return keys.contains(key(merchantId, currency, businessDate));
    }

    @Override
    public void add(Settlement settlement) {
        unitOfWork.requireOpen();
        String key = key(settlement.merchantId(), settlement.currency(), settlement.businessDate());
        List<String> sales = settlement.lines().stream().filter(SettlementLine.Sale.class::isInstance)
                .map(line -> ((SettlementLine.Sale) line).transactionId()).toList();
        if (keys.contains(key) || byId.containsKey(settlement.id()) || sales.stream().anyMatch(sweptSales::contains)) {
            throw new IllegalStateException("settlement " + key + " or one of its sales is recorded already");
        }
        keys.add(key);
        byId.put(settlement.id(), settlement);
        sweptSales.addAll(sales);
        unitOfWork.onRollback(() -> {
            keys.remove(key);
            byId.remove(settlement.id());
            sales.forEach(sweptSales::remove);
        });
    }

    @Override
    public Optional<Settlement> find(String settlementId) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(byId.get(settlementId));
    }

    @Override
    public List<Settlement> listFor(MerchantId merchantId, String beforeId, int limit) {
        unitOfWork.requireOpen();
        List<Settlement> page = new ArrayList<>();
        for (Settlement settlement : (beforeId == null ? byId : byId.headMap(beforeId, false)).descendingMap().values()) {
            if (page.size() == limit) {
                break;
            }
            if (settlement.merchantId().equals(merchantId)) {
                page.add(settlement);
            }
        }
        return page;
    }

    boolean isSwept(String transactionId) {
        return sweptSales.contains(transactionId);
    }

    private static String key(MerchantId merchantId, Currency currency, LocalDate businessDate) {
        return merchantId.value() + "/" + currency.getCurrencyCode() + "/" + businessDate;
    }
}
