package dev.paydesk.application.settlement;

import dev.paydesk.domain.calendar.Country;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Outbound port: which countries' sweeps have run to the end for which business dates. */
public interface SettlementRuns {

    /** Records a finished run; a run recorded before for that country and date stays as it was. */
    void record(Country country, LocalDate businessDate, int settlementsCreated, Instant finishedAt);

    /** The business dates between {@code from} and {@code to} (inclusive) with a finished run for the country. */
    Set<LocalDate> runDates(Country country, LocalDate from, LocalDate to);
}
