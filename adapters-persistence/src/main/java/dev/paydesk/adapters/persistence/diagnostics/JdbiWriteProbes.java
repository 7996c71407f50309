package dev.paydesk.adapters.persistence.diagnostics;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.diagnostics.WriteProbes;
import java.time.Instant;
import java.time.ZoneOffset;

public final class JdbiWriteProbes implements WriteProbes {
    private final JdbiUnitOfWork unitOfWork;

    public JdbiWriteProbes(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void insert(String id, String operatorId, Instant at) {
        unitOfWork.transaction().handle().createUpdate("INSERT INTO write_probe (id, operator_id, probed_at) VALUES (:id, :operator, :at)")
                .bind("id", id).bind("operator", operatorId).bind("at", at.atOffset(ZoneOffset.UTC)).execute();
    }
}
