package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.identity.UserRepository;
import dev.paydesk.domain.identity.User;
import dev.paydesk.domain.merchant.MerchantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryUserRepository implements UserRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final TreeMap<String, User> users = new TreeMap<>();

    public InMemoryUserRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(User user) {
        unitOfWork.requireOpen();
        if (emailTaken(user.merchantId(), user.email()) || users.containsKey(user.id())) {
            throw new IllegalStateException("duplicate user " + user.id() + " / " + user.email());
        }
        users.put(user.id(), user);
        unitOfWork.onRollback(() -> users.remove(user.id()));
    }

    @Override
    public void update(User user) {
        unitOfWork.requireOpen();
        User before = users.put(user.id(), user);
        unitOfWork.onRollback(() -> users.put(user.id(), before));
    }

    @Override
    public Optional<User> find(MerchantId merchantId, String userId) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(users.get(userId)).filter(user -> user.merchantId().equals(merchantId));
    }

    @Override
    public Optional<User> findForUpdate(MerchantId merchantId, String userId) {
        return find(merchantId, userId);
    }

    @Override
    public Optional<User> findById(String userId) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(users.get(userId));
    }

    @Override
    public List<User> list(MerchantId merchantId, String afterUserId, int limit) {
        unitOfWork.requireOpen();
        return users.descendingMap().values().stream()
                .filter(user -> user.merchantId().equals(merchantId))
                .filter(user -> afterUserId == null || user.id().compareTo(afterUserId) < 0)
                .limit(limit).toList();
    }

    @Override
    public List<User> activeAdminsForUpdate(MerchantId merchantId) {
        unitOfWork.requireOpen();
        return users.values().stream().filter(user -> user.merchantId().equals(merchantId) && user.isActiveAdmin())
                .sorted(Comparator.comparing(User::id)).toList();
    }

    @Override
    public Map<String, Long> countByRole(MerchantId merchantId) {
        unitOfWork.requireOpen();
        Map<String, Long> counts = new TreeMap<>();
        users.values().stream().filter(user -> user.merchantId().equals(merchantId))
                .forEach(user -> user.roles().forEach(role -> counts.merge(role, 1L, Long::sum)));
        return counts;
    }

    @Override
    public boolean emailTaken(MerchantId merchantId, String email) {
        unitOfWork.requireOpen();
        return users.values().stream().anyMatch(user -> user.merchantId().equals(merchantId) && user.email().equals(email));
    }
}
