package dev.paydesk.adapters.http.routing;

/** Who may call a route. Every route declares one; there is no default. */
public sealed interface Access {

    /** No key needed: health, the OpenAPI document, metrics. */
    record Public() implements Access {
        @Override
        public String description() {
            return "public";
        }
    }

    /** The provider's operators only. */
    record Operator() implements Access {
        @Override
        public String description() {
            return "operator";
        }
    }

    static Access publicRoute() {
        return new Public();
    }

    static Access operator() {
        return new Operator();
    }

    /** How the OpenAPI document names this access rule ({@code x-paydesk-access}). */
    String description();

    default boolean requiresKey() {
        return !(this instanceof Public);
    }
}
