package dev.paydesk.application.audit;

import dev.paydesk.domain.audit.AuditEvent;
import java.util.ArrayList;
import java.util.List;

/** A list-backed audit log for tests (not transactional: a rolled-back command's row stays). */
public final class RecordingAuditLog implements AuditLog {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(event);
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public synchronized AuditEvent last() {
        return events.get(events.size() - 1);
    }
}
