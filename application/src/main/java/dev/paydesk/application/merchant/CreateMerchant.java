package dev.paydesk.application.merchant;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.identity.ApiKeyRepository;
import dev.paydesk.application.identity.ApiKeys;
import dev.paydesk.application.identity.UserRepository;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.identity.ApiKey;
import dev.paydesk.domain.identity.Role;
import dev.paydesk.domain.identity.User;
import dev.paydesk.domain.identity.UserStatus;
import dev.paydesk.domain.merchant.Kyc;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.merchant.MerchantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** Use case (operators): a new merchant with its first admin user and that user's API key, shown once. */
public final class CreateMerchant {
    private final UnitOfWork unitOfWork;
    private final MerchantRepository merchants;
    private final UserRepository users;
    private final ApiKeyRepository keys;
    private final AuditRecorder audit;
    private final IdGenerator ids;
    private final Clock clock;

    public CreateMerchant(UnitOfWork unitOfWork, MerchantRepository merchants, UserRepository users, ApiKeyRepository keys,
                          AuditRecorder audit, IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.merchants = merchants;
        this.users = users;
        this.keys = keys;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** Validated by the caller's adapter; the domain constructors check again. */
    public record Command(String name, Country country, Currency defaultCurrency, String adminEmail) {
        public Command {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(defaultCurrency, "defaultCurrency");
            Objects.requireNonNull(adminEmail, "adminEmail");
        }
    }

    public record Created(Merchant merchant, User admin, String adminApiKey) {
    }

    public Created create(CommandContext context, Command command) {
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            Merchant merchant = new Merchant(new MerchantId(ids.next(MerchantId.PREFIX)), command.name().strip(), command.country(),
                    command.defaultCurrency(), Kyc.NOT_STARTED, now);
            merchants.add(merchant);
            User admin = new User(ids.next(User.ID_PREFIX), merchant.id(), command.adminEmail(), "Administrator",
                    List.of(Role.ADMIN.name()), UserStatus.ACTIVE, now);
            users.add(admin);
            String key = ApiKeys.generate(ApiKeys.MERCHANT_USER);
            keys.add(new ApiKey(ids.next(ApiKey.ID_PREFIX), admin.id(), ApiKeys.hash(key), now, null));
            audit.record(context, merchant.id().value(), "create_merchant", "merchant", merchant.id().value(), null, "created");
            audit.record(context, merchant.id().value(), "create_user", "user", admin.id(), null, UserStatus.ACTIVE.code());
            return new Created(merchant, admin, key);
        });
    }
}
