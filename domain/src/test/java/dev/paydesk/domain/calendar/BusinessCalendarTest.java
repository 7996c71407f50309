package dev.paydesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    private static final HolidayData DATA = HolidayData.load();
    private static final BusinessCalendar NIGERIA = DATA.calendarOf(Country.NG);
    private static final BusinessCalendar KENYA = DATA.calendarOf(Country.KE);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A local time in Lagos (UTC+1, no daylight saving) as an instant. */
    private static Instant lagos(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Country.NG.zone()).toInstant();
    }

    @Nested
    class BusinessDays {
        @Test
        void saturdayAndSundayAreNeverBusinessDays() {
            BusinessCalendar noHolidays = BusinessCalendar.of(Country.SN, List.of());
            assertThat(noHolidays.isBusinessDay(date("2026-11-27"))).as("Friday").isTrue();
            assertThat(noHolidays.isBusinessDay(date("2026-11-28"))).as("Saturday").isFalse();
            assertThat(noHolidays.isBusinessDay(date("2026-11-29"))).as("Sunday").isFalse();
            assertThat(noHolidays.isBusinessDay(date("2026-11-30"))).as("Monday").isTrue();
        }

        @Test
        void nigerianHolidaysAreNotBusinessDays() {
            assertThat(NIGERIA.isBusinessDay(date("2026-10-01"))).as("Independence Day").isFalse();
            assertThat(NIGERIA.isBusinessDay(date("2026-04-03"))).as("Good Friday").isFalse();
            assertThat(NIGERIA.isBusinessDay(date("2026-04-06"))).as("Easter Monday").isFalse();
            assertThat(NIGERIA.isBusinessDay(date("2026-04-07"))).as("the Tuesday after Easter").isTrue();
        }

        @Test
        void nextBusinessDaySkipsTheEasterWeekend() {
            assertThat(NIGERIA.nextBusinessDay(date("2026-04-02"))).isEqualTo(date("2026-04-07"));
        }

        @Test
        void nextBusinessDayCrossesTheYearEndPastChristmasBoxingDayAndNewYear() {
            // 2027: Christmas Saturday, Boxing Day Sunday, observed Monday 27 and Tuesday 28; 2028-01-01 is a Saturday.
            assertThat(NIGERIA.nextBusinessDay(date("2027-12-24"))).isEqualTo(date("2027-12-29"));
            // 2026-12-31 Thursday → 2027-01-01 New Year's Day (Friday) → Monday 2027-01-04.
            assertThat(NIGERIA.nextBusinessDay(date("2026-12-31"))).isEqualTo(date("2027-01-04"));
        }

        @ParameterizedTest
        @CsvSource({"2026-04-02,1,2026-04-07", "2026-04-02,3,2026-04-09", "2026-12-23,3,2026-12-30",
                "2026-12-24,2,2026-12-30", "2026-12-30,2,2027-01-04", "2026-04-07,-1,2026-04-02", "2026-04-04,0,2026-04-04"})
        void plusBusinessDaysSkipsWeekendsAndHolidays(LocalDate from, int days, LocalDate expected) {
            assertThat(NIGERIA.plusBusinessDays(from, days)).isEqualTo(expected);
        }

        @Test
        void aHolidayAddedAtRunTimeIsHonouredByTheNewCalendarOnly() {
            LocalDate sanitationDay = date("2026-11-26");
            BusinessCalendar extended = KENYA.withHoliday(new Holiday(sanitationDay, "Special holiday"));
            assertThat(extended.isBusinessDay(sanitationDay)).isFalse();
            assertThat(extended.holidayOn(sanitationDay)).map(Holiday::name).hasValue("Special holiday");
            assertThat(KENYA.isBusinessDay(sanitationDay)).as("the original calendar is unchanged").isTrue();
            assertThat(extended.nextBusinessDay(date("2026-11-25"))).isEqualTo(date("2026-11-27"));
        }

        @Test
        void addingAnExistingHolidayDateKeepsTheCalendar() {
            assertThat(NIGERIA.withHoliday(new Holiday(date("2026-10-01"), "other name"))).isSameAs(NIGERIA);
        }

        @Test
        void theCutoffOfABusinessDateIsMidnightInTheCountrysZone() {
            assertThat(NIGERIA.startOf(date("2026-11-23"))).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
            assertThat(KENYA.startOf(date("2026-11-23"))).isEqualTo(Instant.parse("2026-11-22T21:00:00Z"));
            assertThat(DATA.calendarOf(Country.SN).startOf(date("2026-11-23"))).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        }
    }

    @Nested
    class BusinessHours {
        @Test
        void twentyFourBusinessHoursFromFriday1500IsMonday1500() {
            assertThat(NIGERIA.plusBusinessHours(lagos("2026-11-27T15:00"), 24)).isEqualTo(lagos("2026-11-30T15:00"));
        }

        @Test
        void businessHoursSkipHolidaysToo() {
            // Thursday 2026-04-02 10:00 + 24h: Good Friday, the weekend and Easter Monday do not count.
            assertThat(NIGERIA.plusBusinessHours(lagos("2026-04-02T10:00"), 24)).isEqualTo(lagos("2026-04-07T10:00"));
        }

        @Test
        void countingStartsAtMidnightOfTheNextBusinessDayWhenStartingOnANonBusinessDay() {
            assertThat(NIGERIA.plusBusinessHours(lagos("2026-11-28T11:30"), 5)).isEqualTo(lagos("2026-11-30T05:00"));
        }

        @Test
        void hoursWithinOneBusinessDayAreOrdinaryHours() {
            assertThat(NIGERIA.plusBusinessHours(lagos("2026-11-24T09:15"), 3)).isEqualTo(lagos("2026-11-24T12:15"));
            assertThat(NIGERIA.plusBusinessHours(lagos("2026-11-24T09:15"), 0)).isEqualTo(lagos("2026-11-24T09:15"));
        }

        @Test
        void theEndOfABusinessDayIsItsMidnight() {
            assertThat(NIGERIA.plusBusinessHours(lagos("2026-11-27T00:00"), 24)).isEqualTo(lagos("2026-11-28T00:00"));
        }

        @Test
        void businessDaysOfTimeAreWholeTwentyFourHourBusinessDays() {
            assertThat(NIGERIA.plusBusinessDays(lagos("2026-11-27T15:00"), 1)).isEqualTo(lagos("2026-11-30T15:00"));
            assertThat(NIGERIA.plusBusinessDays(lagos("2027-12-23T08:00"), 3)).isEqualTo(lagos("2027-12-30T08:00"));
        }

        @Test
        void businessHoursAreCountedInTheCountrysZoneNotUtc() {
            // Friday 23:30 in Nairobi is 20:30 UTC; 1 business hour ends at Monday 00:30 Nairobi.
            Instant start = LocalDateTime.parse("2026-11-27T23:30").atZone(Country.KE.zone()).toInstant();
            assertThat(KENYA.plusBusinessHours(start, 1))
                    .isEqualTo(LocalDateTime.parse("2026-11-29T21:30").toInstant(ZoneOffset.UTC));
        }

        @Test
        void negativeBusinessTimeIsRefused() {
            assertThatThrownBy(() -> NIGERIA.plusBusinessHours(lagos("2026-11-27T15:00"), -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void countriesCarryTheirZoneAndDefaultCurrency() {
        assertThat(Country.NG.zone().getId()).isEqualTo("Africa/Lagos");
        assertThat(Country.CI.defaultCurrency().getCurrencyCode()).isEqualTo("XOF");
        assertThat(Country.SN.defaultCurrency().getCurrencyCode()).isEqualTo("XOF");
        assertThat(Country.UG.defaultCurrency().getCurrencyCode()).isEqualTo("UGX");
        assertThat(Country.fromCode("gh")).isEqualTo(Country.GH);
    }
}
