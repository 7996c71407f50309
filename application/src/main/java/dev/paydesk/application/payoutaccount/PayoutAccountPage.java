package dev.paydesk.application.payoutaccount;

import java.util.List;

/** One page of payout accounts, newest first; {@code nextCursor} is null on the last page. */
public record PayoutAccountPage(List<PayoutAccountView> data, String nextCursor) {
    public PayoutAccountPage {
        data = List.copyOf(data);
    }
}
