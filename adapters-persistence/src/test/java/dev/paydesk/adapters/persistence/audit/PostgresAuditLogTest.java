package dev.paydesk.adapters.persistence.audit;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresAuditLogTest extends AuditLogContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
