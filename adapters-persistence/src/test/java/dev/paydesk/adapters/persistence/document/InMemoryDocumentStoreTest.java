package dev.paydesk.adapters.persistence.document;

import dev.paydesk.application.dispute.InMemoryDocumentStore;
import dev.paydesk.application.dispute.DocumentStore;

class InMemoryDocumentStoreTest extends DocumentStoreContract {
    @Override
    protected DocumentStore newStore() {
        return new InMemoryDocumentStore();
    }
}
