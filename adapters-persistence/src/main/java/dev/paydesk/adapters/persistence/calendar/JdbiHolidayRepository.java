package dev.paydesk.adapters.persistence.calendar;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.SqlDialect;
import dev.paydesk.adapters.persistence.jdbi.TransientConflictException;
import dev.paydesk.application.calendar.HolidayRepository;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.calendar.Holiday;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;

public final class JdbiHolidayRepository implements HolidayRepository {
    private final JdbiUnitOfWork unitOfWork;

    public JdbiHolidayRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean add(Country country, Holiday holiday) {
        Handle handle = unitOfWork.transaction().handle();
        String sql = SqlDialect.of(handle).insertIfAbsent("calendar_holiday", "country, holiday_date, name",
                "CAST(:country AS CHAR(2)), CAST(:date AS DATE), CAST(:name AS VARCHAR(200))", "country, holiday_date",
                "country = CAST(:country AS CHAR(2)) AND holiday_date = CAST(:date AS DATE)");
        try {
            return handle.createUpdate(sql).bind("country", country.code()).bind("date", holiday.date()).bind("name", holiday.name())
                    .execute() == 1;
        } catch (RuntimeException failure) {
            if (SqlDialect.isUniqueViolation(failure)) {
                throw new TransientConflictException("holiday added concurrently", failure);
            }
            throw failure;
        }
    }

    @Override
    public List<Holiday> addedFor(Country country) {
        return unitOfWork.transaction().handle()
                .createQuery("SELECT holiday_date, name FROM calendar_holiday WHERE country = :country ORDER BY holiday_date")
                .bind("country", country.code())
                .map((rs, ctx) -> new Holiday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name")))
                .list();
    }
}
