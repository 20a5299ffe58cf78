package org.chinaauto.common.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.chinaauto.common.problem.InvalidInputException;

/** Parses the {@code asOf} parameter: an ISO date-time with offset, or a date (its start, UTC). */
public final class AsOf {

    private AsOf() {
    }

    /** The instant, or null when no asOf was given (meaning "latest"); a 400 naming the parameter when malformed. */
    public static Instant parse(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        Instant instant;
        try {
            instant = t.length() == 10 ? LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + text + "' is not a date-time; expected ISO 8601 such as "
                    + "2025-12-01T00:00:00Z or a date such as 2025-12-01");
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw new InvalidInputException(name, name + " '" + text + "' lies outside the years " + Period.MIN_YEAR
                    + "-" + Period.MAX_YEAR);
        }
        return instant;
    }
}
