package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.calendar.HolidayRepository;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.calendar.Holiday;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class InMemoryHolidayRepository implements HolidayRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final Map<Country, TreeMap<LocalDate, Holiday>> holidays = new EnumMap<>(Country.class);

    public InMemoryHolidayRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean add(Country country, Holiday holiday) {
        unitOfWork.requireOpen();
        TreeMap<LocalDate, Holiday> ofCountry = holidays.computeIfAbsent(country, c -> new TreeMap<>());
        if (ofCountry.putIfAbsent(holiday.date(), holiday) != null) {
            return false;
        }
        unitOfWork.onRollback(() -> ofCountry.remove(holiday.date()));
        return true;
    }

    @Override
    public List<Holiday> addedFor(Country country) {
        unitOfWork.requireOpen();
        return List.copyOf(holidays.getOrDefault(country, new TreeMap<>()).values());
    }
}
