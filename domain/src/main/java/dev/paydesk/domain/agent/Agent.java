package dev.paydesk.domain.agent;

import dev.paydesk.domain.shared.DomainException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A local representative, registered by operators for one country (ISO 3166 alpha-2).
 * Transitions return the next state: {@code pending → approved}, {@code approved → suspended},
 * {@code suspended → approved} (reinstated). Anything else is refused.
 */
public record Agent(AgentId id, String country, String name, AgentStatus status) {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Agent {
        Objects.requireNonNull(id, "id");
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("an agent's country is an ISO 3166 alpha-2 code: " + country);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an agent has a name");
        }
        Objects.requireNonNull(status, "status");
    }

    /** A newly registered agent, waiting for an operator's approval. */
    public static Agent register(AgentId id, String country, String name) {
        return new Agent(id, country, name, AgentStatus.PENDING);
    }

    public Agent approve() {
        if (status == AgentStatus.APPROVED) {
            throw DomainException.invalidState("agent " + id + " is already approved");
        }
        return new Agent(id, country, name, AgentStatus.APPROVED);
    }

    public Agent suspend() {
        if (status != AgentStatus.APPROVED) {
            throw DomainException.invalidState("only an approved agent can be suspended; agent " + id + " is " + status.code());
        }
        return new Agent(id, country, name, AgentStatus.SUSPENDED);
    }

    /** True when this agent may represent merchants in {@code countryCode}. */
    public boolean isApprovedIn(String countryCode) {
        return status == AgentStatus.APPROVED && country.equals(countryCode);
    }
}
