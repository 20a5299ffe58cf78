package org.chinaauto.common.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import org.chinaauto.common.problem.InvalidInputException;

/**
 * The points in time a read can be asked at, as parameters give them: a vintage (a date; a month meaning its last
 * day, as for a publication date known to the month) and an asOf (an ISO date-time with offset; a date meaning its
 * start, UTC). Either lies within the suite's years; a malformed one is a 400 naming the parameter.
 */
public final class PointInTime {

    private PointInTime() {
    }

    public static LocalDate vintage(String text, String name) {
        LocalDate date = parse(text, name, t -> t.length() == 7 ? YearMonth.parse(t).atEndOfMonth() : LocalDate.parse(t),
                "is not a date; expected YYYY-MM-DD such as 2025-11-01 (or YYYY-MM for the end of that month)");
        return withinYears(date, date.getYear(), text, name);
    }

    public static Instant asOf(String text, String name) {
        Instant instant = parse(text, name, t -> t.length() == 10
                ? LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC)
                : OffsetDateTime.parse(t).toInstant(),
                "is not a date-time; expected ISO 8601 such as 2025-12-01T00:00:00Z or a date such as 2025-12-01");
        return withinYears(instant, instant.atOffset(ZoneOffset.UTC).getYear(), text, name);
    }

    private static <T> T parse(String text, String name, Function<String, T> parser, String expected) {
        try {
            return parser.apply(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + text + "' " + expected);
        }
    }

    private static <T> T withinYears(T value, int year, String text, String name) {
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw new InvalidInputException(name, name + " '" + text + "' lies outside the years " + Period.MIN_YEAR
                    + "-" + Period.MAX_YEAR);
        }
        return value;
    }
}
