package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.payoutaccount.PayoutAccountEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payout-account events in memory, kept in publication order. */
public final class InMemoryPayoutAccountEvents implements PayoutAccountEvents {
    private final InMemoryUnitOfWork unitOfWork;
    private final List<Published> published = new ArrayList<>();

    public InMemoryPayoutAccountEvents(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** One event as published. */
    public record Published(String merchantId, String type, String payoutAccountId, Map<String, Object> payload) {
    }

    @Override
    public void published(String merchantId, String type, String payoutAccountId, Map<String, Object> payload) {
        unitOfWork.requireOpen();
        published.add(new Published(merchantId, type, payoutAccountId, payload == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(payload))));
        unitOfWork.onRollback(() -> published.remove(published.size() - 1));
    }

    /** Every event published so far, oldest first. */
    public List<Published> all() {
        return List.copyOf(published);
    }
}
