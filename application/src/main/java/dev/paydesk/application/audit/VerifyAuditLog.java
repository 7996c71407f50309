package dev.paydesk.application.audit;

import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.audit.AuditHash;
import dev.paydesk.domain.audit.ChainedAuditEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case (operators): walks every chain of the audit log and reports each row whose hash does not
 * cover its content and predecessor — an edited, deleted, inserted or reordered row.
 */
public final class VerifyAuditLog {
    private final UnitOfWork unitOfWork;
    private final AuditTrail trail;

    public VerifyAuditLog(UnitOfWork unitOfWork, AuditTrail trail) {
        this.unitOfWork = unitOfWork;
        this.trail = trail;
    }

    public record Result(long events, int chains, List<String> broken) {
        public boolean intact() {
            return broken.isEmpty();
        }
    }

    public Result verify() {
        return unitOfWork.inTransaction(() -> {
            Map<String, ChainedAuditEvent> lastOfChain = new HashMap<>();
            List<String> broken = new ArrayList<>();
            long[] count = {0};
            trail.forEachInChainOrder(row -> {
                count[0]++;
                ChainedAuditEvent previous = lastOfChain.put(row.chain(), row);
                String expectedPrevious = previous == null ? AuditHash.GENESIS : previous.hash();
                long expectedIndex = previous == null ? 1 : previous.index() + 1;
                if (row.index() != expectedIndex) {
                    broken.add(row.chain() + "#" + row.index() + ": expected row #" + expectedIndex + " (a row is missing)");
                } else if (!row.previousHash().equals(expectedPrevious)) {
                    broken.add(row.chain() + "#" + row.index() + " (" + row.event().id() + "): does not follow the previous row's hash");
                } else if (!row.hashIsIntact()) {
                    broken.add(row.chain() + "#" + row.index() + " (" + row.event().id() + "): content does not match its hash (edited)");
                }
            });
            return new Result(count[0], lastOfChain.size(), broken);
        });
    }
}
