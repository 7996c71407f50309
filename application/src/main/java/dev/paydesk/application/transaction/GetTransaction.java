package dev.paydesk.application.transaction;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.transaction.TransactionId;

/** Use case (transactions.read): one transaction with its refund amounts; another merchant's is not found. */
public final class GetTransaction {
    private final UnitOfWork unitOfWork;
    private final TransactionRepository transactions;
    private final TransactionViews views;

    public GetTransaction(UnitOfWork unitOfWork, TransactionRepository transactions, TransactionViews views) {
        this.unitOfWork = unitOfWork;
        this.transactions = transactions;
        this.views = views;
    }

    public TransactionView get(CommandContext context, TransactionId id) {
        Access.reader(context, Permission.TRANSACTIONS_READ);
        return unitOfWork.inTransaction(() -> transactions.find(id)
                .filter(transaction -> Access.sees(context, transaction.merchantId()))
                .map(views::of)
                .orElseThrow(() -> DomainException.notFound("transaction")));
    }
}
