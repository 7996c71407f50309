package dev.paydesk.domain.settlement;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.PrefixedId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A guarantee held in {@code reserve} by a settlement, due back to {@code main} on {@code releaseOn}
 * (the business date plus the tariff's reserve days, in calendar days).
 */
public record ReserveHold(String settlementId, MerchantId merchantId, Money amount, LocalDate heldOn, LocalDate releaseOn) {

    public ReserveHold {
        PrefixedId.require(settlementId, Settlement.ID_PREFIX);
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(releaseOn, "releaseOn");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a reserve hold holds a positive amount, got " + amount);
        }
        if (releaseOn.isBefore(heldOn)) {
            throw new IllegalArgumentException("a hold is released on or after " + heldOn + ", not " + releaseOn);
        }
    }

    public boolean isDueOn(LocalDate date) {
        return !date.isBefore(releaseOn);
    }

    /** Releases the hold on {@code date}; refused before its release date. */
    public ReserveRelease releaseOn(LocalDate date) {
        if (!isDueOn(date)) {
            throw DomainException.invalidState("the guarantee of " + settlementId + " is held until " + releaseOn + ", not releasable on " + date);
        }
        return new ReserveRelease(this, date);
    }
}
