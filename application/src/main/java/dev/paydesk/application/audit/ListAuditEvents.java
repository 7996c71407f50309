package dev.paydesk.application.audit;

import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.Page;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.audit.ChainedAuditEvent;
import dev.paydesk.domain.identity.Principal;
import java.util.List;

/** Use case: the audit log, newest first — all of it for operators, a merchant's own rows for its users. */
public final class ListAuditEvents {
    private final UnitOfWork unitOfWork;
    private final AuditTrail trail;

    public ListAuditEvents(UnitOfWork unitOfWork, AuditTrail trail) {
        this.unitOfWork = unitOfWork;
        this.trail = trail;
    }

    public Page<ChainedAuditEvent> list(CommandContext context, String cursor, int limit) {
        String merchantScope = context.actor() instanceof Principal.MerchantUser user ? user.merchantId().value() : null;
        List<ChainedAuditEvent> rows = unitOfWork.inTransaction(() -> trail.list(merchantScope, cursor, limit + 1));
        return Page.ofIds(rows, limit, row -> row.event().id());
    }
}
