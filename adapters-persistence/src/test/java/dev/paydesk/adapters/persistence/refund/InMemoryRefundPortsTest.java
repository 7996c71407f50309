package dev.paydesk.adapters.persistence.refund;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemoryRefundPortsTest extends RefundPortsContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
