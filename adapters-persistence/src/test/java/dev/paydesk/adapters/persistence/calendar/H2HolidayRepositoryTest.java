package dev.paydesk.adapters.persistence.calendar;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2HolidayRepositoryTest extends HolidayRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
