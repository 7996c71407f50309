package dev.paydesk.application.dispute;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.application.shared.Page;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeStatus;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.merchant.MerchantId;

/** Use case (disputes.manage): a merchant's disputes, newest first, a keyset page at a time. */
public final class ListDisputes {

    /** Filters, all optional; {@code merchantId} only for operators (required for them). */
    public record Filter(MerchantId merchantId, DisputeStatus status, String transactionId) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    private final UnitOfWork unitOfWork;
    private final DisputeRepository disputes;

    public ListDisputes(UnitOfWork unitOfWork, DisputeRepository disputes) {
        this.unitOfWork = unitOfWork;
        this.disputes = disputes;
    }

    public Page<Dispute> list(CommandContext context, Filter filter, String cursor, int limit) {
        Access.reader(context, Permission.DISPUTES_MANAGE);
        MerchantId merchant = Access.listedMerchant(context, filter.merchantId());
        ListCursor after = ListCursor.decode(cursor);
        ListCursor.requireLimit(limit);
        DisputeQuery query = new DisputeQuery(merchant, filter.status(), filter.transactionId(), after, limit + 1);
        return Page.of(unitOfWork.inTransaction(() -> disputes.list(query)), limit,
                dispute -> new ListCursor(dispute.createdAt(), dispute.id().value()));
    }
}
