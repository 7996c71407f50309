package dev.paydesk.adapters.http.archfixture;

import dev.paydesk.adapters.persistence.archfixture.PersistenceCallingAUseCase;

/** Breaks "adapters do not depend on each other". Test sources only. */
public class HttpAdapterCallingPersistence {
    public PersistenceCallingAUseCase other;
}
