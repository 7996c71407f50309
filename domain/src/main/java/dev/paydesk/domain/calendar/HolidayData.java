package dev.paydesk.domain.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The public holidays shipped with Paydesk ({@code holidays.csv} beside this class), read by a small
 * CSV reader: comma-separated, fields may be quoted with " (two quotes inside stand for one), lines
 * starting with {@code #} and blank lines are skipped, the first other line is the header
 * {@code country,date,name,kind,rule,source}.
 */
public record HolidayData(List<HolidayEntry> entries) {

    public static final String RESOURCE = "holidays.csv";
    static final List<String> HEADER = List.of("country", "date", "name", "kind", "rule", "source");

    public HolidayData {
        entries = List.copyOf(entries);
    }

    /** The holiday data shipped in this module. */
    public static HolidayData load() {
        try (InputStream in = HolidayData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("holiday data " + RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday data " + RESOURCE, e);
        }
    }

    /** Parses holiday data text; a bad line fails with its line number. */
    public static HolidayData parse(String text) {
        List<HolidayEntry> entries = new ArrayList<>();
        boolean headerSeen = false;
        String[] lines = text.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = index + 1;
            List<String> fields = splitCsvLine(line, lineNumber);
            if (!headerSeen) {
                if (!fields.equals(HEADER)) {
                    throw new IllegalArgumentException("line " + lineNumber + ": expected header " + String.join(",", HEADER));
                }
                headerSeen = true;
                continue;
            }
            entries.add(entry(fields, lineNumber));
        }
        if (!headerSeen) {
            throw new IllegalArgumentException("holiday data has no header line");
        }
        return new HolidayData(entries);
    }

    public List<HolidayEntry> entriesOf(Country country) {
        return entries.stream().filter(entry -> entry.country() == country).toList();
    }

    public List<Holiday> holidaysOf(Country country) {
        return entriesOf(country).stream().map(HolidayEntry::holiday).toList();
    }

    public BusinessCalendar calendarOf(Country country) {
        return BusinessCalendar.of(country, holidaysOf(country));
    }

    private static HolidayEntry entry(List<String> fields, int lineNumber) {
        if (fields.size() != HEADER.size()) {
            throw new IllegalArgumentException("line " + lineNumber + ": expected " + HEADER.size() + " fields, got " + fields.size());
        }
        try {
            Holiday holiday = new Holiday(LocalDate.parse(fields.get(1)), fields.get(2));
            return new HolidayEntry(Country.fromCode(fields.get(0)), holiday, HolidayKind.fromCode(fields.get(3)), fields.get(4), fields.get(5));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static List<String> splitCsvLine(String line, int lineNumber) {
        Objects.requireNonNull(line, "line");
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + lineNumber + ": unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }
}
