package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutPreference;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Saves a changed preference, with one audit row per account whose standing changed
 * ({@code not_preferred | preferred_pending | preferred}) and a {@code payout_account.preferred} event
 * for the account that became preferred or started waiting to be.
 */
final class PreferenceChanges {
    private final PayoutAccountRepository accounts;
    private final PayoutAccountAudit audit;
    private final PayoutAccountEvents events;

    PreferenceChanges(PayoutAccountRepository accounts, PayoutAccountAudit audit, PayoutAccountEvents events) {
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    void save(CommandContext context, String command, PayoutPreference before, PayoutPreference after) {
        if (before.equals(after)) {
            return;
        }
        accounts.savePreference(after);
        Set<PayoutAccountId> touched = new LinkedHashSet<>();
        for (PayoutAccountId id : new PayoutAccountId[] {before.preferred(), before.pending(), after.preferred(), after.pending()}) {
            if (id != null) {
                touched.add(id);
            }
        }
        String merchantId = after.merchantId().value();
        for (PayoutAccountId id : touched) {
            String from = standing(before, id);
            String to = standing(after, id);
            if (!from.equals(to)) {
                audit.record(context, merchantId, command, id.value(), from, to);
            }
        }
        if (after.preferred() != null && !after.preferred().equals(before.preferred())) {
            events.published(merchantId, PayoutAccountEventTypes.PREFERRED, after.preferred().value(),
                    payload(after, before.preferred(), false));
        }
        if (after.pending() != null && !after.pending().equals(before.pending())) {
            events.published(merchantId, PayoutAccountEventTypes.PREFERRED, after.pending().value(),
                    payload(after, after.preferred(), true));
        }
    }

    static String standing(PayoutPreference preference, PayoutAccountId id) {
        if (preference.isPreferred(id)) {
            return "preferred";
        }
        return preference.isPending(id) ? "preferred_pending" : "not_preferred";
    }

    private static Map<String, Object> payload(PayoutPreference preference, PayoutAccountId inUse, boolean pending) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("currency", preference.currency().getCurrencyCode());
        payload.put("preferred_pending", pending);
        payload.put(pending ? "payout_account_id_in_use" : "previous_payout_account_id", Objects.toString(inUse, null));
        return payload;
    }
}
