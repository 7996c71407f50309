package dev.paydesk.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.persistence.memory.InMemoryPersistence;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.calendar.AddHoliday;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.MutableClock;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.merchant.KycStatus;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.money.Currencies;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC §4: a KYC review is due one business day after submission, in the merchant's country's calendar. */
class KycReviewTest {
    private static final CommandContext OPERATOR = new CommandContext(new Principal.OperatorPrincipal("opr_1"), "req_1");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z")); // a Friday
    private final Paydesk paydesk = Paydesk.over(InMemoryPersistence.create(), clock);

    private Merchant nigerianMerchant() {
        return paydesk.createMerchant().create(OPERATOR,
                new CreateMerchant.Command("Mama Put", Country.NG, Currencies.of("NGN"), "ops@example.ng")).merchant();
    }

    private Merchant submitShopInformation(Merchant merchant) {
        return paydesk.updateKyc().update(OPERATOR, merchant.id(), Optional.of(KycStatus.SUBMITTED), Optional.empty());
    }

    @Test
    void aSubmissionOnFridayIsDueOnMondayAtTheSameTime() {
        assertThat(submitShopInformation(nigerianMerchant()).kyc().reviewDueBy()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void aHolidayAddedAtRunTimePushesTheDueDateToTheNextBusinessDay() {
        paydesk.addHoliday().add(OPERATOR, new AddHoliday.Command(Country.NG, LocalDate.parse("2026-11-30"), "Extraordinary holiday"));
        assertThat(submitShopInformation(nigerianMerchant()).kyc().reviewDueBy()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void theMerchantIsVerifiedOnlyWhenBothSectionsAreCompletedAndNothingIsDueThen() {
        Merchant merchant = submitShopInformation(nigerianMerchant());
        Merchant half = paydesk.updateKyc().update(OPERATOR, merchant.id(), Optional.of(KycStatus.COMPLETED), Optional.empty());
        assertThat(half.verified()).isFalse();
        assertThat(half.kyc().reviewDueBy()).isNull();

        Merchant full = paydesk.updateKyc().update(OPERATOR, merchant.id(), Optional.empty(), Optional.of(KycStatus.COMPLETED));
        assertThat(full.verified()).isTrue();
    }
}
