package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import java.time.Clock;

/** Writes the audit rows of payout-account commands. Rows name the account, never its number. */
final class PayoutAccountAudit {
    static final String OBJECT_TYPE = "payout_account";

    private final AuditRecorder recorder;

    PayoutAccountAudit(AuditLog log, IdGenerator ids, Clock clock) {
        this.recorder = new AuditRecorder(log, ids, clock);
    }

    void record(CommandContext context, String merchantId, String command, String accountId, String fromState, String toState) {
        recorder.record(context, merchantId, command, OBJECT_TYPE, accountId, fromState, toState);
    }

    void record(CommandContext context, String command, PayoutAccount before, PayoutAccount after) {
        record(context, after.merchantId().value(), command, after.id().value(),
                before == null ? null : before.status().code(), after.status().code());
    }
}
