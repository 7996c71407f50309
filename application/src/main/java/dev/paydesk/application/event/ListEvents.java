package dev.paydesk.application.event;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.application.shared.Page;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.event.DomainEvent;
import dev.paydesk.domain.merchant.MerchantId;

/** Use case (any merchant key): the merchant's events, newest first. Operators name the merchant. */
public final class ListEvents {
    private final UnitOfWork unitOfWork;
    private final EventOutbox outbox;

    public ListEvents(UnitOfWork unitOfWork, EventOutbox outbox) {
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
    }

    public Page<DomainEvent> list(CommandContext context, MerchantId merchantId, String cursor, int limit) {
        MerchantId merchant = Access.listedMerchant(context, merchantId);
        ListCursor after = ListCursor.decode(cursor);
        ListCursor.requireLimit(limit);
        return Page.of(unitOfWork.inTransaction(() -> outbox.listForMerchant(merchant, after, limit + 1)), limit,
                event -> new ListCursor(event.occurredAt(), event.id()));
    }
}
