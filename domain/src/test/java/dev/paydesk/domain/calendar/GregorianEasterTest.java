package dev.paydesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GregorianEasterTest {

    @ParameterizedTest
    @CsvSource({"1818,1818-03-22", "1886,1886-04-25", "1943,1943-04-25", "2000,2000-04-23", "2008,2008-03-23",
            "2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28",
            "2038,2038-04-25", "2285,2285-03-22"})
    void easterSundayMatchesPublishedDates(int year, LocalDate expected) {
        assertThat(GregorianEaster.sundayOf(year)).isEqualTo(expected);
    }

    @Test
    void easterIsAlwaysASundayBetweenMarch22AndApril25() {
        for (int year = 1583; year <= 4099; year++) {
            LocalDate easter = GregorianEaster.sundayOf(year);
            assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).as("Easter %d", year)
                    .isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
        }
    }

    @Test
    void easterBeforeTheGregorianReformIsRefused() {
        assertThatThrownBy(() -> GregorianEaster.sundayOf(1582)).isInstanceOf(IllegalArgumentException.class);
    }
}
