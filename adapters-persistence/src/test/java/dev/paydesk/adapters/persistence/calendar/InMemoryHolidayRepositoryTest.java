package dev.paydesk.adapters.persistence.calendar;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemoryHolidayRepositoryTest extends HolidayRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
