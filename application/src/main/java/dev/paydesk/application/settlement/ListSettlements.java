package dev.paydesk.application.settlement;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.Page;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.Settlement;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.PrefixedId;
import java.util.Objects;

/**
 * Use case: a merchant's settlements with their line items, newest first. Merchant users (balances.read) see
 * their own merchant's; operators name the merchant.
 */
public final class ListSettlements {
    private final UnitOfWork unitOfWork;
    private final SettlementRepository settlements;

    public ListSettlements(UnitOfWork unitOfWork, SettlementRepository settlements) {
        this.unitOfWork = unitOfWork;
        this.settlements = settlements;
    }

    /** {@code cursor} is the {@code next_cursor} of the previous page, or null. */
    public record Query(String cursor, int limit) {
        public Query {
            if (limit < 1 || limit > Page.MAX_LIMIT) {
                throw DomainException.validation("limit", "between_1_and_100", "limit must be between 1 and " + Page.MAX_LIMIT);
            }
            if (cursor != null && !PrefixedId.isValid(cursor, Settlement.ID_PREFIX)) {
                throw DomainException.validation("cursor", "invalid", "cursor is not one this list returned");
            }
        }
    }

    /** The calling merchant user's own settlements. */
    public Page<Settlement> list(CommandContext context, Query query) {
        Principal.MerchantUser user = Access.merchantUser(context, Permission.BALANCES_READ);
        return page(user.merchantId(), query);
    }

    /** An operator's view of one merchant's settlements. */
    public Page<Settlement> listFor(CommandContext context, MerchantId merchantId, Query query) {
        Objects.requireNonNull(merchantId, "merchantId");
        if (!Access.sees(context, merchantId)) {
            throw DomainException.notFound("merchant");
        }
        return page(merchantId, query);
    }

    private Page<Settlement> page(MerchantId merchantId, Query query) {
        return unitOfWork.inTransaction(() -> Page.ofIds(settlements.listFor(merchantId, query.cursor(), query.limit() + 1), query.limit(), Settlement::id));
    }
}
