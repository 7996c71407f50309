package dev.paydesk.adapters.persistence.document;

import dev.paydesk.adapters.persistence.memory.InMemoryDocumentStore;
import dev.paydesk.application.dispute.DocumentStore;

class InMemoryDocumentStoreTest extends DocumentStoreContract {
    @Override
    protected DocumentStore newStore() {
        return new InMemoryDocumentStore();
    }
}
