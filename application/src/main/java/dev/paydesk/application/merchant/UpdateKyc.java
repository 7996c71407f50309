package dev.paydesk.application.merchant;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.calendar.BusinessCalendar;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.merchant.Kyc;
import dev.paydesk.domain.merchant.KycStatus;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Use case (operators): set the KYC sections. A section newly submitted makes a review due one
 * business day later (in the merchant's country); the merchant is verified once both are completed.
 */
public final class UpdateKyc {
    private final UnitOfWork unitOfWork;
    private final MerchantRepository merchants;
    private final AuditRecorder audit;
    private final Function<Country, BusinessCalendar> calendars;
    private final Clock clock;

    public UpdateKyc(UnitOfWork unitOfWork, MerchantRepository merchants, AuditRecorder audit,
                     Function<Country, BusinessCalendar> calendars, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.merchants = merchants;
        this.audit = audit;
        this.calendars = calendars;
        this.clock = clock;
    }

    public Merchant update(CommandContext context, MerchantId id, Optional<KycStatus> shopInformation, Optional<KycStatus> businessInformation) {
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            Merchant merchant = merchants.findForUpdate(id).orElseThrow(() -> DomainException.notFound("merchant"));
            Kyc before = merchant.kyc();
            KycStatus shop = shopInformation.orElse(before.shopInformation());
            KycStatus business = businessInformation.orElse(before.businessInformation());
            boolean newlySubmitted = shop == KycStatus.SUBMITTED && before.shopInformation() != KycStatus.SUBMITTED
                    || business == KycStatus.SUBMITTED && before.businessInformation() != KycStatus.SUBMITTED;
            Instant now = clock.instant();
            Instant dueBy = newlySubmitted ? calendars.apply(merchant.country()).plusBusinessDays(now, 1) : before.reviewDueBy();
            Kyc after = new Kyc(shop, business, shop == KycStatus.SUBMITTED || business == KycStatus.SUBMITTED ? dueBy : null);
            Merchant updated = merchant.withKyc(after);
            merchants.update(updated);
            audit.record(context, id.value(), "update_kyc", "merchant", id.value(), describe(before), describe(after));
            return updated;
        });
    }

    private static String describe(Kyc kyc) {
        return "shop_information=" + kyc.shopInformation().code() + ",business_information=" + kyc.businessInformation().code();
    }
}
