package dev.paydesk.application.payoutaccount;

import dev.paydesk.domain.payoutaccount.PayoutAccount;
import java.util.List;

/** Accounts whose review is overdue, most overdue first; {@code nextCursor} is null on the last page. */
public record OverdueReviewPage(List<PayoutAccount> data, String nextCursor) {
    public OverdueReviewPage {
        data = List.copyOf(data);
    }
}
