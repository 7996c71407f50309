package dev.paydesk.application.transaction;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.application.shared.Page;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.transaction.TransactionStatus;
import java.time.Instant;

/** Use case (transactions.read): a merchant's transactions, newest first, a keyset page at a time. */
public final class ListTransactions {

    /** Filters, all optional; {@code merchantId} only for operators (a merchant user always lists its own). */
    public record Filter(MerchantId merchantId, TransactionStatus status, String reference, Instant createdFrom, Instant createdTo) {
        public static final Filter NONE = new Filter(null, null, null, null, null);

        public Filter {
            if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
                throw DomainException.validation("created_to", "before_created_from", "created_to must be after created_from");
            }
        }
    }

    private final UnitOfWork unitOfWork;
    private final TransactionRepository transactions;
    private final TransactionViews views;

    public ListTransactions(UnitOfWork unitOfWork, TransactionRepository transactions, TransactionViews views) {
        this.unitOfWork = unitOfWork;
        this.transactions = transactions;
        this.views = views;
    }

    public Page<TransactionView> list(CommandContext context, Filter filter, String cursor, int limit) {
        Access.reader(context, Permission.TRANSACTIONS_READ);
        MerchantId merchant = Access.listedMerchant(context, filter.merchantId());
        ListCursor after = ListCursor.decode(cursor);
        ListCursor.requireLimit(limit);
        TransactionQuery query = new TransactionQuery(merchant, filter.status(), filter.reference(), filter.createdFrom(), filter.createdTo(),
                after, limit + 1);
        return unitOfWork.inTransaction(() -> {
            Page<TransactionView> page = Page.of(views.of(transactions.list(query)), limit,
                    view -> new ListCursor(view.transaction().createdAt(), view.transaction().id().value()));
            return page;
        });
    }
}
