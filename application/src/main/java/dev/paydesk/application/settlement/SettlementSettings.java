package dev.paydesk.application.settlement;

import dev.paydesk.domain.settlement.VatRates;
import java.util.Objects;

/**
 * Start-up configuration of settlement.
 *
 * @param vatRates            the VAT rate charged on fees, per country
 * @param merchantsPerPage    how many merchants the sweep reads at a time
 * @param settlementsPerTransaction how many merchant settlements one database transaction records (fewer commits and
 *                            round trips; one failure rolls back that group only, which the next run catches up)
 * @param sweepWorkers        how many groups of settlements one run records at once (threads, each with its own database
 *                            transaction and connection: keep it below the connection pool's size); 1 records them in the
 *                            caller's thread
 */
public record SettlementSettings(VatRates vatRates, int merchantsPerPage, int settlementsPerTransaction, int sweepWorkers) {
    public static final SettlementSettings DEFAULTS = new SettlementSettings(VatRates.DEFAULTS, 500, 20, 4);

    public SettlementSettings {
        Objects.requireNonNull(vatRates, "vatRates");
        if (merchantsPerPage < 1 || settlementsPerTransaction < 1 || sweepWorkers < 1) {
            throw new IllegalArgumentException("page and group sizes and the number of workers are positive");
        }
    }

    public SettlementSettings withVatRates(VatRates rates) {
        return new SettlementSettings(rates, merchantsPerPage, settlementsPerTransaction, sweepWorkers);
    }

    public SettlementSettings withSweepWorkers(int workers) {
        return new SettlementSettings(vatRates, merchantsPerPage, settlementsPerTransaction, workers);
    }
}
