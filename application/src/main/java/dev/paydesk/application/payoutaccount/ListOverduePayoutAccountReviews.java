package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.shared.PrefixedId;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Use case (operators): accounts still pending approval after their review was due (10 business days
 * after submission), most overdue first. The cursor is {@code <review due by>~<account id>} of the last
 * row of the previous page.
 */
public final class ListOverduePayoutAccountReviews {
    private static final String SEPARATOR = "~";

    private final UnitOfWork unitOfWork;
    private final PayoutAccountRepository accounts;
    private final Clock clock;

    ListOverduePayoutAccountReviews(UnitOfWork unitOfWork, PayoutAccountRepository accounts, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.clock = clock;
    }

    public OverdueReviewPage list(PageRequest page, CommandContext context) {
        Access.operator(context);
        Instant afterDueBy = null;
        PayoutAccountId afterId = null;
        if (page.cursor() != null) {
            String[] position = page.cursor().split(SEPARATOR, 2);
            if (position.length != 2 || !PrefixedId.isValid(position[1], PayoutAccountId.PREFIX)) {
                throw PageRequest.badCursor();
            }
            try {
                afterDueBy = Instant.parse(position[0]);
            } catch (DateTimeParseException notAnInstant) {
                throw PageRequest.badCursor();
            }
            afterId = new PayoutAccountId(position[1]);
        }
        Instant asOf = clock.instant();
        Instant dueCursor = afterDueBy;
        PayoutAccountId idCursor = afterId;
        return unitOfWork.inTransaction(() -> {
            List<PayoutAccount> found = accounts.overdueReviews(asOf, dueCursor, idCursor, page.limit() + 1);
            List<PayoutAccount> data = found.stream().limit(page.limit()).toList();
            String next = null;
            if (found.size() > page.limit()) {
                PayoutAccount last = data.get(data.size() - 1);
                next = last.reviewDueBy() + SEPARATOR + last.id().value();
            }
            return new OverdueReviewPage(data, next);
        });
    }
}
