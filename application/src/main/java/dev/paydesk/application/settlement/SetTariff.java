package dev.paydesk.application.settlement;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.merchant.MerchantRepository;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.Tariff;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;
import java.util.Objects;

/** Use case (operators): set a merchant's tariff; the next settlements use it. */
public final class SetTariff {
    private final UnitOfWork unitOfWork;
    private final MerchantRepository merchants;
    private final TariffRepository tariffs;
    private final AuditRecorder audit;
    private final Clock clock;

    public SetTariff(UnitOfWork unitOfWork, MerchantRepository merchants, TariffRepository tariffs, AuditRecorder audit, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.merchants = merchants;
        this.tariffs = tariffs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The tariff's own constructor checks every field (validation errors name the field). */
    public record Command(MerchantId merchantId, Tariff tariff) {
        public Command {
            Objects.requireNonNull(merchantId, "merchantId");
            Objects.requireNonNull(tariff, "tariff");
        }

        public static Command of(MerchantId merchantId, int rateBps, long fixedAmount, int reserveBps, int reserveDays) {
            return new Command(merchantId, new Tariff(rateBps, fixedAmount, reserveBps, reserveDays));
        }
    }

    public Tariff set(CommandContext context, Command command) {
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            // locks the merchant: two operators setting a tariff at once are audited in the order they apply
            merchants.findForUpdate(command.merchantId()).orElseThrow(() -> DomainException.notFound("merchant"));
            Tariff before = tariffs.tariffOf(command.merchantId());
            tariffs.put(command.merchantId(), command.tariff(), clock.instant());
            audit.record(context, command.merchantId().value(), "set_tariff", "tariff", command.merchantId().value(),
                    describe(before), describe(command.tariff()));
            return command.tariff();
        });
    }

    static String describe(Tariff tariff) {
        return "rate_bps=" + tariff.rateBps() + ",fixed_amount=" + tariff.fixedAmount() + ",reserve_bps=" + tariff.reserveBps()
                + ",reserve_days=" + tariff.reserveDays();
    }
}
