package dev.paydesk.application.payoutaccount;

import dev.paydesk.domain.payoutaccount.RejectionReason;
import dev.paydesk.domain.payoutaccount.ReviewPart;
import java.util.Arrays;
import java.util.List;

/** Use case (any caller): the rejection-reason catalogue (SPEC §11) with each code's part, English and Chinese text and fix. */
public final class ListRejectionReasons {

    public List<RejectionReason> list() {
        return List.of(RejectionReason.values());
    }

    public List<RejectionReason> of(ReviewPart part) {
        return Arrays.stream(RejectionReason.values()).filter(reason -> reason.part() == part).toList();
    }
}
