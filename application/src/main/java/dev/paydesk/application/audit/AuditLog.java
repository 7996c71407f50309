package dev.paydesk.application.audit;

import dev.paydesk.domain.audit.AuditEvent;

/**
 * Outbound port: the append-only audit log. {@link #record} joins the caller's unit of work, so a
 * command and its audit row commit together or not at all.
 */
public interface AuditLog {

    void record(AuditEvent event);
}
