package dev.paydesk.application.refund;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.application.shared.Page;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.transaction.TransactionId;

/** Use case (transactions.read): a merchant's refunds, newest first, a keyset page at a time. */
public final class ListRefunds {

    /** Filters, all optional; {@code merchantId} only for operators. */
    public record Filter(MerchantId merchantId, RefundStatus status, TransactionId transactionId) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    private final UnitOfWork unitOfWork;
    private final RefundRepository refunds;

    public ListRefunds(UnitOfWork unitOfWork, RefundRepository refunds) {
        this.unitOfWork = unitOfWork;
        this.refunds = refunds;
    }

    public Page<Refund> list(CommandContext context, Filter filter, String cursor, int limit) {
        Access.reader(context, Permission.TRANSACTIONS_READ);
        MerchantId merchant = Access.listedMerchant(context, filter.merchantId());
        ListCursor after = ListCursor.decode(cursor);
        ListCursor.requireLimit(limit);
        RefundQuery query = new RefundQuery(merchant, filter.status(), filter.transactionId(), after, limit + 1);
        return Page.of(unitOfWork.inTransaction(() -> refunds.list(query)), limit, refund -> new ListCursor(refund.createdAt(), refund.id().value()));
    }
}
