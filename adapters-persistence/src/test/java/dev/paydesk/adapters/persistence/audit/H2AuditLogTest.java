package dev.paydesk.adapters.persistence.audit;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2AuditLogTest extends AuditLogContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
