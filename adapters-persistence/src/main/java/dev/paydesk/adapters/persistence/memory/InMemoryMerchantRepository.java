package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.merchant.MerchantRepository;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.merchant.MerchantId;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryMerchantRepository implements MerchantRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final TreeMap<String, Merchant> merchants = new TreeMap<>();

    public InMemoryMerchantRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(Merchant merchant) {
        unitOfWork.requireOpen();
        if (merchants.putIfAbsent(merchant.id().value(), merchant) != null) {
            throw new IllegalStateException("duplicate merchant " + merchant.id());
        }
        unitOfWork.onRollback(() -> merchants.remove(merchant.id().value()));
    }

    @Override
    public Optional<Merchant> find(MerchantId id) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(merchants.get(id.value()));
    }

    @Override
    public Optional<Merchant> findForUpdate(MerchantId id) {
        return find(id);
    }

    @Override
    public void update(Merchant merchant) {
        unitOfWork.requireOpen();
        Merchant before = merchants.put(merchant.id().value(), merchant);
        unitOfWork.onRollback(() -> merchants.put(merchant.id().value(), before));
    }

    @Override
    public List<Merchant> page(MerchantId afterId, int limit) {
        unitOfWork.requireOpen();
        return (afterId == null ? merchants : merchants.tailMap(afterId.value(), false)).values().stream().limit(limit).toList();
    }
}
