package dev.paydesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class HolidayDataTest {

    private static final HolidayData DATA = HolidayData.load();

    @ParameterizedTest
    @EnumSource(Country.class)
    void everyCountryHasHolidaysFor2026And2027(Country country) {
        BusinessCalendar calendar = DATA.calendarOf(country);
        assertThat(calendar.holidaysIn(2026)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(calendar.holidaysIn(2027)).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest
    @CsvSource({
            "NG,2026-10-01,Independence Day", "NG,2026-04-03,Good Friday", "NG,2026-04-06,Easter Monday",
            "NG,2026-06-12,Democracy Day", "NG,2026-12-28,Boxing Day (observed)", "NG,2027-12-27,Christmas Day (observed)",
            "GH,2026-03-06,Independence Day", "GH,2026-07-01,Republic Day", "GH,2026-12-04,Farmers' Day",
            "GH,2027-12-03,Farmers' Day", "KE,2026-06-01,Madaraka Day", "KE,2026-10-20,Mashujaa Day",
            "KE,2027-12-13,Jamhuri Day (observed)", "SN,2026-04-06,Lundi de Pâques", "SN,2026-05-14,Ascension",
            "SN,2026-05-25,Lundi de Pentecôte", "CI,2026-08-07,Fête nationale (Indépendance)",
            "CI,2026-11-15,Journée nationale de la Paix", "UG,2026-06-03,Martyrs' Day", "UG,2026-10-09,Independence Day",
            "UG,2026-03-09,International Women's Day (observed)"})
    void knownHolidaysAreInTheData(Country country, LocalDate date, String name) {
        assertThat(DATA.calendarOf(country).holidayOn(date)).hasValueSatisfying(holiday -> assertThat(holiday.name()).isEqualTo(name));
    }

    @Test
    void ghanaNoLongerHasFoundersDayOnAugust4() {
        assertThat(DATA.calendarOf(Country.GH).isBusinessDay(LocalDate.of(2026, 8, 4))).isTrue();
    }

    @Test
    void easterBasedDatesAgreeWithTheGregorianEasterAlgorithm() {
        List<HolidayEntry> easterBased = DATA.entries().stream().filter(entry -> entry.kind() == HolidayKind.EASTER).toList();
        assertThat(easterBased).hasSizeGreaterThan(20);
        for (HolidayEntry entry : easterBased) {
            int offset = Integer.parseInt(entry.rule().substring("easter:".length()).replace("+", ""));
            LocalDate date = entry.holiday().date();
            assertThat(date).as(entry.toString()).isEqualTo(GregorianEaster.sundayOf(date.getYear()).plusDays(offset));
            assertThat(entry.source()).as(entry.toString()).contains("computed: Easter");
        }
    }

    @Test
    void fixedDatesFallOnTheirMonthAndDay() {
        for (HolidayEntry entry : DATA.entries().stream().filter(entry -> entry.kind() == HolidayKind.FIXED).toList()) {
            LocalDate date = entry.holiday().date();
            assertThat(entry.rule()).as(entry.toString()).isEqualTo(String.format("fixed:%02d-%02d", date.getMonthValue(), date.getDayOfMonth()));
        }
    }

    @Test
    void islamicDatesAreTheUmmAlQuraExpectationsAndSaySoInTheirSource() {
        List<HolidayEntry> islamic = DATA.entries().stream().filter(entry -> entry.kind() == HolidayKind.ISLAMIC).toList();
        assertThat(islamic).hasSizeGreaterThan(20);
        for (HolidayEntry entry : islamic) {
            String[] monthDay = entry.rule().substring("hijri:".length()).split("-");
            HijrahDate hijrah = HijrahDate.from(entry.holiday().date());
            assertThat(hijrah.get(ChronoField.MONTH_OF_YEAR)).as(entry.toString()).isEqualTo(Integer.parseInt(monthDay[0]));
            assertThat(hijrah.get(ChronoField.DAY_OF_MONTH)).as(entry.toString()).isEqualTo(Integer.parseInt(monthDay[1]));
            assertThat(entry.source()).as(entry.toString()).contains("expected date").contains("confirm");
        }
    }

    @Test
    void weekdayRuleDatesAreTheNthWeekdayOfTheirMonth() {
        for (HolidayEntry entry : DATA.entries().stream().filter(entry -> entry.kind() == HolidayKind.WEEKDAY).toList()) {
            String[] parts = entry.rule().substring("weekday:".length()).split("-");
            LocalDate date = entry.holiday().date();
            DayOfWeek weekday = switch (parts[1]) {
                case "MON" -> DayOfWeek.MONDAY;
                case "FRI" -> DayOfWeek.FRIDAY;
                default -> throw new AssertionError("unexpected weekday in " + entry);
            };
            LocalDate expected = date.withMonth(Integer.parseInt(parts[0]))
                    .with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(parts[2]), weekday));
            assertThat(date).as(entry.toString()).isEqualTo(expected);
        }
    }

    @Test
    void observedDaysAreWorkingDaysAfterAHolidayOfTheSameCountryThatFellOnAWeekend() {
        List<HolidayEntry> observed = DATA.entries().stream().filter(entry -> entry.kind() == HolidayKind.OBSERVED).toList();
        assertThat(observed).isNotEmpty();
        for (HolidayEntry entry : observed) {
            LocalDate original = LocalDate.parse(entry.rule().substring("observed:".length()));
            LocalDate date = entry.holiday().date();
            assertThat(BusinessCalendar.WEEKEND).as(entry.toString()).contains(original.getDayOfWeek()).doesNotContain(date.getDayOfWeek());
            assertThat(date).as(entry.toString()).isAfter(original).isBefore(original.plusDays(5));
            assertThat(DATA.entriesOf(entry.country())).as(entry.toString())
                    .anyMatch(other -> other.kind() != HolidayKind.OBSERVED && other.holiday().date().equals(original));
            assertThat(entry.country()).as("Senegal has no automatic observed-day rule").isNotEqualTo(Country.SN);
        }
    }

    @Test
    void everyRowNamesItsSourceAndNoCountryListsADateTwiceUnderOneName() {
        Set<String> seen = new HashSet<>();
        for (HolidayEntry entry : DATA.entries()) {
            assertThat(entry.source()).isNotBlank();
            assertThat(seen.add(entry.country() + " " + entry.holiday())).as("duplicate " + entry).isTrue();
        }
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        HolidayData data = HolidayData.parse("# comment\n"
                + "country,date,name,kind,rule,source\n"
                + "KE,2026-11-13,\"Tree Growing Day, \"\"special\"\"\",fixed,fixed:11-13,\"Gazette notice, example\"\n");
        assertThat(data.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.holiday().name()).isEqualTo("Tree Growing Day, \"special\"");
            assertThat(entry.source()).isEqualTo("Gazette notice, example");
        });
    }

    @Test
    void aBadLineIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> HolidayData.parse("country,date,name,kind,rule,source\nXX,2026-01-01,a,fixed,r,s\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> HolidayData.parse("country,date,name\n")).hasMessageContaining("header");
    }
}
