package dev.paydesk.adapters.persistence.calendar;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresHolidayRepositoryTest extends HolidayRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
