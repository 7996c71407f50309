package dev.paydesk.application.diagnostics;

import java.time.Instant;

/** Outbound port: a table that takes one row per probe. */
public interface WriteProbes {

    void insert(String id, String operatorId, Instant at);
}
