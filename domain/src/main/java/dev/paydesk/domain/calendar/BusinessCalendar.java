package dev.paydesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The business days of one country: Monday to Friday, minus its public holidays. An immutable value:
 * {@link #withHoliday(Holiday)} returns a new calendar, so a holiday an operator adds at run time is
 * honoured by whoever takes the new calendar.
 *
 * <p>Business time ({@link #plusBusinessHours}) counts every hour of a business day, midnight to
 * midnight in the country's time zone, and no hour of a weekend day or holiday: the clock stops at the
 * start of a non-business day and resumes at the start of the next business day. So 24 business hours
 * from Friday 15:00 is Monday 15:00 when Monday is a business day, and a count that starts on a
 * non-business day starts at 00:00 of the next business day.
 */
public final class BusinessCalendar {

    public static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final Country country;
    private final Map<LocalDate, Holiday> holidaysByDate;

    private BusinessCalendar(Country country, Map<LocalDate, Holiday> holidaysByDate) {
        this.country = country;
        this.holidaysByDate = holidaysByDate;
    }

    /** A calendar of the given holidays; two holidays on one date keep the first one's name. */
    public static BusinessCalendar of(Country country, Collection<Holiday> holidays) {
        Objects.requireNonNull(country, "country");
        TreeMap<LocalDate, Holiday> byDate = new TreeMap<>();
        for (Holiday holiday : holidays) {
            byDate.putIfAbsent(Objects.requireNonNull(holiday, "holiday").date(), holiday);
        }
        return new BusinessCalendar(country, Collections.unmodifiableMap(byDate));
    }

    /** A new calendar with one more holiday; a date that already is a holiday keeps its first name. */
    public BusinessCalendar withHoliday(Holiday holiday) {
        Objects.requireNonNull(holiday, "holiday");
        if (holidaysByDate.containsKey(holiday.date())) {
            return this;
        }
        TreeMap<LocalDate, Holiday> byDate = new TreeMap<>(holidaysByDate);
        byDate.put(holiday.date(), holiday);
        return new BusinessCalendar(country, Collections.unmodifiableMap(byDate));
    }

    public Country country() {
        return country;
    }

    public ZoneId zone() {
        return country.zone();
    }

    public Set<DayOfWeek> weekend() {
        return WEEKEND;
    }

    /** All holidays, in date order. */
    public List<Holiday> holidays() {
        return List.copyOf(holidaysByDate.values());
    }

    public List<Holiday> holidaysIn(int year) {
        return holidaysByDate.values().stream().filter(holiday -> holiday.date().getYear() == year).toList();
    }

    public Optional<Holiday> holidayOn(LocalDate date) {
        return Optional.ofNullable(holidaysByDate.get(Objects.requireNonNull(date, "date")));
    }

    public boolean isBusinessDay(LocalDate date) {
        return !WEEKEND.contains(date.getDayOfWeek()) && !holidaysByDate.containsKey(date);
    }

    /** The first business day strictly after {@code date}. */
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The last business day strictly before {@code date}. */
    public LocalDate previousBusinessDay(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (!isBusinessDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    /**
     * Steps {@code days} business days forward (backward when negative), skipping weekends and holidays:
     * 1 is {@link #nextBusinessDay}, 0 returns {@code date} unchanged even when it is not a business day.
     */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        LocalDate result = Objects.requireNonNull(date, "date");
        for (int step = 0; step < Math.abs(days); step++) {
            result = days > 0 ? nextBusinessDay(result) : previousBusinessDay(result);
        }
        return result;
    }

    /** The instant business date {@code date} starts in the country's zone: the settlement cutoff of {@code date}. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone()).toInstant();
    }

    /** The date of {@code instant} in the country's time zone. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    /** {@code start} plus {@code hours} business hours (see the class comment); hours must not be negative. */
    public Instant plusBusinessHours(Instant start, long hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("business hours must not be negative: " + hours);
        }
        return plusBusinessTime(start, Duration.ofHours(hours));
    }

    /** {@code start} plus {@code days} whole business days of business time: {@code plusBusinessHours(start, 24 × days)}. */
    public Instant plusBusinessDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("business days must not be negative: " + days);
        }
        return plusBusinessHours(start, 24L * days);
    }

    /** {@code start} plus a duration of business time (see the class comment). */
    public Instant plusBusinessTime(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative: " + amount);
        }
        ZonedDateTime cursor = start.atZone(zone());
        Duration remaining = amount;
        while (true) {
            LocalDate day = cursor.toLocalDate();
            if (!isBusinessDay(day)) {
                cursor = nextBusinessDay(day).atStartOfDay(zone());
                continue;
            }
            ZonedDateTime endOfDay = day.plusDays(1).atStartOfDay(zone());
            Duration leftToday = Duration.between(cursor, endOfDay);
            if (remaining.compareTo(leftToday) <= 0) {
                return cursor.plus(remaining).toInstant();
            }
            remaining = remaining.minus(leftToday);
            cursor = endOfDay;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar that && country == that.country && holidaysByDate.equals(that.holidaysByDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, holidaysByDate);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + country + ", " + holidaysByDate.size() + " holidays]";
    }
}
