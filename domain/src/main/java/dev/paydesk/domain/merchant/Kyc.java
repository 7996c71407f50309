package dev.paydesk.domain.merchant;

import java.time.Instant;
import java.util.Objects;

/**
 * The two KYC sections. A merchant is verified when both are completed. A review is due one
 * business day after the latest submission ({@code reviewDueBy}, null when nothing awaits review).
 */
public record Kyc(KycStatus shopInformation, KycStatus businessInformation, Instant reviewDueBy) {

    public static final Kyc NOT_STARTED = new Kyc(KycStatus.NOT_STARTED, KycStatus.NOT_STARTED, null);

    public Kyc {
        Objects.requireNonNull(shopInformation, "shopInformation");
        Objects.requireNonNull(businessInformation, "businessInformation");
    }

    public boolean verified() {
        return shopInformation == KycStatus.COMPLETED && businessInformation == KycStatus.COMPLETED;
    }

    public boolean awaitingReview() {
        return shopInformation == KycStatus.SUBMITTED || businessInformation == KycStatus.SUBMITTED;
    }
}
