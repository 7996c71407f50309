package dev.paydesk.adapters.persistence.refund;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2RefundPortsTest extends RefundPortsContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
