package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.idempotency.IdempotencyStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

public final class InMemoryIdempotencyStore implements IdempotencyStore {
    private final InMemoryUnitOfWork unitOfWork;
    private final Map<String, Row> rows = new HashMap<>();

    public InMemoryIdempotencyStore(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private record Row(String requestHash, String token, boolean completed, int status, String body, Instant claimedAt, Instant expiresAt) {
    }

    private static String id(String principalId, String key) {
        return principalId + "\u0000" + key;
    }

    @Override
    public Claim claim(String principalId, String key, String requestHash, Instant now, Instant expiresAt, Instant staleBefore) {
        unitOfWork.requireOpen();
        String id = id(principalId, key);
        Row row = rows.get(id);
        boolean free = row == null || row.expiresAt().isBefore(now) || !row.completed() && row.claimedAt().isBefore(staleBefore);
        if (free) {
            String token = UUID.randomUUID().toString();
            put(id, new Row(requestHash, token, false, 0, null, now, expiresAt));
            return new Claimed(token);
        }
        if (!row.requestHash().equals(requestHash)) {
            return new Conflict();
        }
        return row.completed() ? new Replay(row.status(), row.body()) : new InProgress();
    }

    @Override
    public boolean complete(String principalId, String key, String token, int status, String body) {
        unitOfWork.requireOpen();
        String id = id(principalId, key);
        Row row = rows.get(id);
        if (row == null || row.completed() || !row.token().equals(token)) {
            return false;
        }
        put(id, new Row(row.requestHash(), token, true, status, body, row.claimedAt(), row.expiresAt()));
        return true;
    }

    @Override
    public void release(String principalId, String key, String token) {
        unitOfWork.requireOpen();
        String id = id(principalId, key);
        Row row = rows.get(id);
        if (row != null && !row.completed() && row.token().equals(token)) {
            rows.remove(id);
            unitOfWork.onRollback(() -> rows.put(id, row));
        }
    }

    @Override
    public int purgeExpired(Instant now) {
        unitOfWork.requireOpen();
        Map<String, Row> expired = new HashMap<>();
        rows.forEach((id, row) -> {
            if (row.expiresAt().isBefore(now)) {
                expired.put(id, row);
            }
        });
        expired.keySet().forEach(rows::remove);
        unitOfWork.onRollback(() -> rows.putAll(expired));
        return expired.size();
    }

    private void put(String id, Row row) {
        Row before = rows.put(id, row);
        unitOfWork.onRollback(() -> {
            if (before == null) {
                rows.remove(id);
            } else {
                rows.put(id, before);
            }
        });
    }
}
