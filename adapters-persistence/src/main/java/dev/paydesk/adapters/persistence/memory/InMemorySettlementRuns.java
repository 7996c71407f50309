package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.settlement.SettlementRuns;
import dev.paydesk.domain.calendar.Country;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

public final class InMemorySettlementRuns implements SettlementRuns {
    private final InMemoryUnitOfWork unitOfWork;
    private final Map<Country, TreeSet<LocalDate>> runs = new EnumMap<>(Country.class);

    public InMemorySettlementRuns(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void record(Country country, LocalDate businessDate, int settlementsCreated, Instant finishedAt) {
        unitOfWork.requireOpen();
        TreeSet<LocalDate> dates = runs.computeIfAbsent(country, c -> new TreeSet<>());
        if (dates.add(businessDate)) {
            unitOfWork.onRollback(() -> dates.remove(businessDate));
        }
    }

    @Override
    public Set<LocalDate> runDates(Country country, LocalDate from, LocalDate to) {
        unitOfWork.requireOpen();
        return Set.copyOf(runs.getOrDefault(country, new TreeSet<>()).subSet(from, true, to, true));
    }
}
