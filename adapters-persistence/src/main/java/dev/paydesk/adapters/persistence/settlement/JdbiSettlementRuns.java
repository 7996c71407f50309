package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.SqlDialect;
import dev.paydesk.adapters.persistence.jdbi.TransientConflictException;
import dev.paydesk.application.settlement.SettlementRuns;
import dev.paydesk.domain.calendar.Country;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.Handle;

public final class JdbiSettlementRuns implements SettlementRuns {
    private final JdbiUnitOfWork unitOfWork;

    public JdbiSettlementRuns(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void record(Country country, LocalDate businessDate, int settlementsCreated, Instant finishedAt) {
        Handle handle = unitOfWork.transaction().handle();
        String sql = SqlDialect.of(handle).insertIfAbsent("settlement_run", "country, business_date, settlements_created, finished_at",
                "CAST(:country AS CHAR(2)), CAST(:date AS DATE), CAST(:created AS INT), CAST(:at AS TIMESTAMP WITH TIME ZONE)",
                "country, business_date", "country = CAST(:country AS CHAR(2)) AND business_date = CAST(:date AS DATE)");
        try {
            handle.createUpdate(sql).bind("country", country.code()).bind("date", businessDate).bind("created", settlementsCreated)
                    .bind("at", finishedAt.atOffset(ZoneOffset.UTC)).execute();
        } catch (RuntimeException failure) {
            if (SqlDialect.isUniqueViolation(failure)) {
                throw new TransientConflictException("run recorded concurrently", failure);
            }
            throw failure;
        }
    }

    @Override
    public Set<LocalDate> runDates(Country country, LocalDate from, LocalDate to) {
        return new HashSet<>(unitOfWork.transaction().handle()
                .createQuery("SELECT business_date FROM settlement_run WHERE country = :country AND business_date BETWEEN :from AND :to")
                .bind("country", country.code()).bind("from", from).bind("to", to)
                .mapTo(LocalDate.class).list());
    }
}
