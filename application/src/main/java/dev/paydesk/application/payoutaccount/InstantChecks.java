package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.agent.AgentRepository;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import dev.paydesk.domain.payoutaccount.DocumentKind;
import dev.paydesk.domain.payoutaccount.PayoutAccountChecks;
import dev.paydesk.domain.payoutaccount.PayoutAccountDetails;
import dev.paydesk.domain.payoutaccount.PayoutCorridor;
import dev.paydesk.domain.payoutaccount.PayoutDocument;
import dev.paydesk.domain.payoutaccount.PhoneNumberRule;
import dev.paydesk.domain.payoutaccount.RejectionReason;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import dev.paydesk.domain.shared.PrefixedId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks run at once on create, edit and submit (SPEC §10): turns the merchant's fields into
 * details, then runs {@link PayoutAccountChecks} with the named agent and the phone rule. Every problem
 * is reported in one {@code validation_failed} whose field errors carry the catalogue codes.
 */
final class InstantChecks {
    private final AgentRepository agents;
    private final PhoneNumberRule phones;

    InstantChecks(AgentRepository agents, PhoneNumberRule phones) {
        this.agents = agents;
        this.phones = phones;
    }

    /** The details of a new account from {@code fields}, when they pass every check. */
    PayoutAccountDetails detailsOf(PayoutAccountFields fields) {
        return merged(null, fields);
    }

    /** {@code current} with the given fields changed (PATCH), when the result passes every check. */
    PayoutAccountDetails merged(PayoutAccountDetails current, PayoutAccountFields changes) {
        Set<FieldError> problems = new LinkedHashSet<>();
        PayoutCorridor corridor = corridor(current, changes, problems);
        AgentId agentId = agentId(current, changes, problems);
        List<PayoutDocument> documents = documents(current, changes, problems);
        if (corridor == null) {
            throw failed(problems);
        }
        PayoutAccountDetails details = new PayoutAccountDetails(corridor,
                text(changes.bankName(), current == null ? null : current.bankName()),
                text(changes.bankCode(), current == null ? null : current.bankCode()),
                text(changes.branchCode(), current == null ? null : current.branchCode()),
                text(changes.accountNumber(), current == null ? null : current.accountNumber()),
                text(changes.beneficiaryName(), current == null ? null : current.beneficiaryName()),
                text(changes.phone(), current == null ? null : current.phone()),
                text(changes.businessRegistrationNumber(), current == null ? null : current.businessRegistrationNumber()),
                agentId, documents);
        problems.addAll(problemsOf(details));
        if (!problems.isEmpty()) {
            throw failed(problems);
        }
        return details;
    }

    /**
     * Stored details checked again at submission (the agent may have been suspended meanwhile), plus
     * what only submission can check: the merchant's KYC must be completed for the local entity review.
     */
    void requireSubmittable(PayoutAccountDetails details, boolean merchantVerified) {
        List<FieldError> problems = new java.util.ArrayList<>(problemsOf(details));
        if (!merchantVerified) {
            problems.add(dev.paydesk.domain.payoutaccount.RejectionReason.KYC_NOT_COMPLETED.at("merchant"));
        }
        if (!problems.isEmpty()) {
            throw failed(problems);
        }
    }

    private List<FieldError> problemsOf(PayoutAccountDetails details) {
        Agent agent = details.agentId() == null ? null : agents.find(details.agentId()).orElse(null);
        return PayoutAccountChecks.check(details, agent, phones);
    }

    private static PayoutCorridor corridor(PayoutAccountDetails current, PayoutAccountFields changes, Set<FieldError> problems) {
        String country = changes.country() != null ? changes.country().strip()
                : current == null ? null : current.corridor().country().code();
        String currency = changes.currency() != null ? changes.currency().strip()
                : current == null ? null : current.corridor().currency().getCurrencyCode();
        try {
            return PayoutCorridor.of(country, currency);
        } catch (DomainException unsupported) {
            problems.addAll(unsupported.errors());
            return null;
        }
    }

    /** An id that cannot name an agent is reported like an unknown agent: appoint an approved one. */
    private static AgentId agentId(PayoutAccountDetails current, PayoutAccountFields changes, Set<FieldError> problems) {
        if (changes.agentId() == null) {
            return current == null ? null : current.agentId();
        }
        String given = changes.agentId().strip();
        if (given.isEmpty()) {
            return null;
        }
        if (!PrefixedId.isValid(given, AgentId.PREFIX)) {
            problems.add(RejectionReason.AGENT_NOT_APPROVED.at("agent_id"));
            return null;
        }
        return new AgentId(given);
    }

    private static List<PayoutDocument> documents(PayoutAccountDetails current, PayoutAccountFields changes, Set<FieldError> problems) {
        if (changes.documents() == null) {
            return current == null ? List.of() : current.documents();
        }
        List<PayoutDocument> documents = new ArrayList<>();
        for (int i = 0; i < changes.documents().size(); i++) {
            DocumentInput input = changes.documents().get(i);
            int index = i;
            DocumentKind.fromCode(input.kind()).ifPresentOrElse(
                    kind -> documents.add(new PayoutDocument(kind, input.fileName(), input.contentReference())),
                    () -> problems.add(new FieldError("documents[" + index + "].kind", "unknown_document_kind",
                            "a document is a bank_letter, change_of_payment_form or triparty_agreement, not " + input.kind())));
        }
        return documents;
    }

    /** A given value replaces the current one; a blank one clears it. */
    private static String text(String given, String current) {
        if (given == null) {
            return current;
        }
        return given.isBlank() ? null : given;
    }

    private static DomainException failed(java.util.Collection<FieldError> problems) {
        List<FieldError> errors = List.copyOf(problems);
        return new DomainException(ErrorCode.VALIDATION_FAILED,
                "the payout account has " + errors.size() + (errors.size() == 1 ? " problem" : " problems") + " to fix", errors);
    }
}
