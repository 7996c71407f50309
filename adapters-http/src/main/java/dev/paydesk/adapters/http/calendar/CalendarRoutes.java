package dev.paydesk.adapters.http.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.JsonBody;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.calendar.AddHoliday;
import dev.paydesk.application.calendar.GetCalendar;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.calendar.Holiday;
import dev.paydesk.domain.shared.DomainException;
import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Business calendars per country (SPEC §8): read a year, add a public holiday at run time. */
public final class CalendarRoutes implements RouteGroup {
    private static final Map<String, Object> HOLIDAY = Schemas.object(List.of("date", "name"), "date", Schemas.string("date"), "name", Schemas.string());
    private static final Map<String, Object> CALENDAR = Schemas.object(List.of("country", "year", "time_zone", "weekend", "holidays"),
            "country", Schemas.string(), "year", Schemas.integer(), "time_zone", Schemas.string(),
            "weekend", Schemas.arrayOf(Schemas.enumeration("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
            "holidays", Schemas.arrayOf(HOLIDAY));
    private static final Map<String, Object> ADDED_HOLIDAY = Schemas.object(List.of("country", "date", "name"),
            "country", Schemas.string(), "date", Schemas.string("date"), "name", Schemas.string());

    private final Paydesk paydesk;
    private final ObjectMapper json;

    public CalendarRoutes(Paydesk paydesk, ObjectMapper json) {
        this.paydesk = paydesk;
        this.json = json;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/v1/calendars/{country}").access(Access.operator()).tag("calendars")
                        .summary("A country's business calendar for ?year= (default: this year): time zone, weekend, public holidays")
                        .query("year", Schemas.integer(), "The calendar's year; this year in the country's time zone by default.")
                        .response(CALENDAR).handle(this::get),
                Route.post("/v1/calendars/{country}/holidays").access(Access.operator()).tag("calendars").status(201)
                        .summary("Add a public holiday; every instance honours it from its next settlement run")
                        .request(Schemas.object(List.of("date", "name"), "date", Schemas.string("date"), "name", Schemas.string()))
                        .response(ADDED_HOLIDAY).handle(this::addHoliday));
    }

    private void get(Context ctx) {
        Country country = country(ctx);
        int year = year(ctx, country);
        ctx.json(view(paydesk.getCalendar().get(Requests.context(ctx), country, year)));
    }

    private void addHoliday(Context ctx) {
        Country country = country(ctx);
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("date", "name"));
        LocalDate date = body.requiredDate("date");
        String name = body.requiredString("name");
        if (name != null && name.strip().length() > AddHoliday.MAX_NAME_LENGTH) {
            body.addError("name", "too_long", "Field 'name' has at most " + AddHoliday.MAX_NAME_LENGTH + " characters.");
        }
        body.validate();
        Holiday holiday = paydesk.addHoliday().add(Requests.context(ctx), new AddHoliday.Command(country, date, name));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("country", country.code());
        view.put("date", holiday.date().toString());
        view.put("name", holiday.name());
        ctx.status(201).json(view);
    }

    /** A country in the path that Paydesk does not serve is not found (a resource that does not exist). */
    private static Country country(Context ctx) {
        String code = ctx.pathParam("country");
        return Arrays.stream(Country.values()).filter(country -> country.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.notFound("calendar of country '" + code + "'"));
    }

    private int year(Context ctx, Country country) {
        String raw = ctx.queryParam("year");
        if (raw == null) {
            return paydesk.businessCalendars().calendarOf(country).dateOf(paydesk.clock().instant()).getYear();
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw DomainException.validation("year", "must_be_integer", "Query parameter 'year' must be a year like 2026.");
        }
    }

    static Map<String, Object> view(GetCalendar.YearCalendar calendar) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("country", calendar.country().code());
        view.put("year", calendar.year());
        view.put("time_zone", calendar.timeZone().getId());
        view.put("weekend", calendar.weekend().stream().sorted().map(DayOfWeek::name).map(day -> day.toLowerCase(Locale.ROOT)).toList());
        view.put("holidays", calendar.holidays().stream().map(holiday -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("date", holiday.date().toString());
            item.put("name", holiday.name());
            return item;
        }).toList());
        return view;
    }
}
