package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.payoutaccount.PartReview;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountStatus;
import dev.paydesk.domain.payoutaccount.PayoutPreference;
import dev.paydesk.domain.payoutaccount.RejectionReason;
import dev.paydesk.domain.payoutaccount.ReviewPart;
import dev.paydesk.domain.shared.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case (operators): decides one part of an account under review. Both parts approved make it
 * {@code active} ({@code payout_account.approved}); a rejected part makes it {@code rejected}
 * ({@code payout_account.rejected}, with the reasons). When the account becomes active and the merchant
 * had preferred it meanwhile, the switch completes in the same transaction.
 */
public final class ReviewPayoutAccount {
    private final UnitOfWork unitOfWork;
    private final PayoutAccountRepository accounts;
    private final PayoutAccountAudit audit;
    private final PayoutAccountEvents events;
    private final PreferenceChanges preferenceChanges;

    ReviewPayoutAccount(UnitOfWork unitOfWork, PayoutAccountRepository accounts, PayoutAccountAudit audit, PayoutAccountEvents events,
                        PreferenceChanges preferenceChanges) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.preferenceChanges = preferenceChanges;
    }

    public PayoutAccountView review(ReviewPayoutAccountCommand command, CommandContext context) {
        Principal.OperatorPrincipal operator = Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            PayoutAccount seen = PayoutAccountCallers.visible(accounts.find(command.accountId()).orElse(null), operator, command.accountId());
            // The preference lock comes first, then the account: the same order as PreferPayoutAccount.
            PayoutPreference preference = accounts.preferenceForUpdate(seen.merchantId(), seen.details().corridor().currency());
            PayoutAccount before = accounts.findForUpdate(command.accountId()).orElseThrow();
            if (!before.details().corridor().currency().equals(preference.currency())) {
                throw DomainException.invalidState("account " + before.id() + " changed while being reviewed; review it again");
            }
            PayoutAccount after = before.review(command.part(), command.decision(), command.reasons());
            accounts.update(after);
            audit.record(context, after.merchantId().value(), "review_payout_account", after.id().value(),
                    stateOf(before, command.part()), stateOf(after, command.part()));
            if (after.status() == PayoutAccountStatus.ACTIVE) {
                events.published(after.merchantId().value(), PayoutAccountEventTypes.APPROVED, after.id().value(), approved(after));
                PayoutPreference switched = preference.accountActivated(after);
                preferenceChanges.save(context, "complete_preferred_switch", preference, switched);
                preference = switched;
            } else if (after.status() == PayoutAccountStatus.REJECTED) {
                events.published(after.merchantId().value(), PayoutAccountEventTypes.REJECTED, after.id().value(), rejected(after));
            }
            return PayoutAccountView.of(after, preference);
        });
    }

    /** e.g. {@code pending_approval; bank_account=approved} */
    private static String stateOf(PayoutAccount account, ReviewPart part) {
        return account.status().code() + "; " + part.code() + "=" + account.reviewOf(part).state().code();
    }

    private static Map<String, Object> approved(PayoutAccount account) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("status", account.status().code());
        payload.put("country", account.details().corridor().country().code());
        payload.put("currency", account.details().corridor().currency().getCurrencyCode());
        payload.put("account_number_last4", account.last4());
        return payload;
    }

    /** Event payloads are flat: each part's state, and its reasons as comma-separated catalogue codes. */
    private static Map<String, Object> rejected(PayoutAccount account) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("status", account.status().code());
        payload.put("currency", account.details().corridor().currency().getCurrencyCode());
        for (PartReview review : List.of(account.bankAccountReview(), account.localEntityReview())) {
            payload.put(review.part().code() + "_state", review.state().code());
            payload.put(review.part().code() + "_reasons", String.join(",", review.reasons().stream().map(RejectionReason::code).toList()));
        }
        return payload;
    }
}
