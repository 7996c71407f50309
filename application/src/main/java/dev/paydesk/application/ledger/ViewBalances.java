package dev.paydesk.application.ledger;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.ledger.MerchantBalances;
import java.util.List;

/** Use case (balances.read): the caller's merchant balances, one row per currency it ever used. */
public final class ViewBalances {
    private final UnitOfWork unitOfWork;
    private final LedgerRepository ledger;

    public ViewBalances(UnitOfWork unitOfWork, LedgerRepository ledger) {
        this.unitOfWork = unitOfWork;
        this.ledger = ledger;
    }

    public List<MerchantBalances> view(CommandContext context) {
        var user = Access.merchantUser(context, Permission.BALANCES_READ);
        return unitOfWork.inTransaction(() -> ledger.merchantBalances(user.merchantId()));
    }
}
