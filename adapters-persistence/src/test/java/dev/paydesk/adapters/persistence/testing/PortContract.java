package dev.paydesk.adapters.persistence.testing;

import dev.paydesk.application.PaydeskPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of every port contract test: fresh ports from {@link #backend()} before each test. */
public abstract class PortContract {
    private PersistenceBackend backend;
    protected PaydeskPorts ports;

    /** The adapter under test. */
    protected abstract PersistenceBackend backend();

    @BeforeEach
    void openPorts() {
        backend = backend();
        ports = backend.newPorts();
    }

    @AfterEach
    void closePorts() {
        backend.close();
    }

    protected PersistenceBackend currentBackend() {
        return backend;
    }

    protected <T> T tx(java.util.function.Supplier<T> work) {
        return ports.unitOfWork().inTransaction(work);
    }

    protected void txRun(Runnable work) {
        ports.unitOfWork().run(work);
    }
}
