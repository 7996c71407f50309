package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.audit.AuditTrail;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.domain.audit.AuditHash;
import dev.paydesk.domain.audit.ChainedAuditEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

public final class InMemoryAuditLog implements AuditLog, AuditTrail {
    private final InMemoryUnitOfWork unitOfWork;
    private final List<ChainedAuditEvent> rows = new ArrayList<>();
    private final Map<String, ChainedAuditEvent> heads = new HashMap<>();

    public InMemoryAuditLog(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void record(AuditEvent event) {
        unitOfWork.requireOpen();
        String chain = ChainedAuditEvent.chainOf(event);
        ChainedAuditEvent head = heads.get(chain);
        long index = head == null ? 1 : head.index() + 1;
        String previous = head == null ? AuditHash.GENESIS : head.hash();
        ChainedAuditEvent row = new ChainedAuditEvent(chain, index, event, previous, AuditHash.of(previous, index, event));
        rows.add(row);
        heads.put(chain, row);
        unitOfWork.onRollback(() -> {
            rows.remove(rows.size() - 1);
            if (head == null) {
                heads.remove(chain);
            } else {
                heads.put(chain, head);
            }
        });
    }

    @Override
    public List<ChainedAuditEvent> list(String merchantId, String afterEventId, int limit) {
        unitOfWork.requireOpen();
        return rows.stream()
                .filter(row -> merchantId == null || merchantId.equals(row.event().merchantId()))
                .filter(row -> afterEventId == null || row.event().id().compareTo(afterEventId) < 0)
                .sorted(Comparator.comparing((ChainedAuditEvent row) -> row.event().id()).reversed())
                .limit(limit).toList();
    }

    @Override
    public void forEachInChainOrder(Consumer<ChainedAuditEvent> visitor) {
        unitOfWork.requireOpen();
        rows.stream().sorted(Comparator.comparing(ChainedAuditEvent::chain).thenComparing(ChainedAuditEvent::index)).forEach(visitor);
    }
}
