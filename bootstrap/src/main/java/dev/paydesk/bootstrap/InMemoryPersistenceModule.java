package dev.paydesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.paydesk.adapters.persistence.memory.InMemoryPersistence;
import dev.paydesk.application.PaydeskPorts;
import jakarta.inject.Singleton;

/** Persistence in memory: for demos and tests; nothing survives a restart. */
public final class InMemoryPersistenceModule extends AbstractModule {

    @Provides
    @Singleton
    PaydeskPorts ports() {
        return InMemoryPersistence.create();
    }
}
