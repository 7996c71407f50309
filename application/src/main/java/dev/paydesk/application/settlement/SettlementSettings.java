package dev.paydesk.application.settlement;

import dev.paydesk.domain.settlement.VatRates;
import java.util.Objects;

/**
 * Start-up configuration of settlement.
 *
 * @param vatRates            the VAT rate charged on fees, per country
 * @param merchantsPerPage    how many merchants the sweep reads at a time
 * @param settlementsPerTransaction how many merchant settlements one database transaction records (fewer commits; one failure
 *                            rolls back that group only, which the next run catches up)
 */
public record SettlementSettings(VatRates vatRates, int merchantsPerPage, int settlementsPerTransaction) {
    public static final SettlementSettings DEFAULTS = new SettlementSettings(VatRates.DEFAULTS, 500, 20);

    public SettlementSettings {
        Objects.requireNonNull(vatRates, "vatRates");
        if (merchantsPerPage < 1 || settlementsPerTransaction < 1) {
            throw new IllegalArgumentException("page and group sizes are positive");
        }
    }

    public SettlementSettings withVatRates(VatRates rates) {
        return new SettlementSettings(rates, merchantsPerPage, settlementsPerTransaction);
    }
}
