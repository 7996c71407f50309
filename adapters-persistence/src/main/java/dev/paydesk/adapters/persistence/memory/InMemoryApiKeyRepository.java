package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.identity.ApiKeyRepository;
import dev.paydesk.domain.identity.ApiKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryApiKeyRepository implements ApiKeyRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final InMemoryUserRepository users;
    private final Map<String, ApiKey> byHash = new HashMap<>();

    public InMemoryApiKeyRepository(InMemoryUnitOfWork unitOfWork, InMemoryUserRepository users) {
        this.unitOfWork = unitOfWork;
        this.users = users;
    }

    @Override
    public void add(ApiKey key) {
        unitOfWork.requireOpen();
        if (byHash.putIfAbsent(key.keyHash(), key) != null) {
            throw new IllegalStateException("duplicate key hash");
        }
        unitOfWork.onRollback(() -> byHash.remove(key.keyHash()));
    }

    @Override
    public Optional<KeyWithUser> findWithUser(String keyHash) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(byHash.get(keyHash))
                .flatMap(key -> users.findById(key.userId()).map(user -> new KeyWithUser(key, user)));
    }

    @Override
    public List<ApiKey> listForUser(String userId) {
        unitOfWork.requireOpen();
        return byHash.values().stream().filter(key -> key.userId().equals(userId)).sorted(java.util.Comparator.comparing(ApiKey::id)).toList();
    }

    @Override
    public boolean revoke(String userId, String keyId, Instant at) {
        unitOfWork.requireOpen();
        Optional<ApiKey> found = byHash.values().stream().filter(key -> key.id().equals(keyId) && key.userId().equals(userId) && !key.revoked()).findFirst();
        found.ifPresent(key -> {
            byHash.put(key.keyHash(), new ApiKey(key.id(), key.userId(), key.keyHash(), key.createdAt(), at));
            unitOfWork.onRollback(() -> byHash.put(key.keyHash(), key));
        });
        return found.isPresent();
    }
}
