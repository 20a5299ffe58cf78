package org.chinaauto.common.version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;

/**
 * Which versions of the figures a read answers from.
 * <ul>
 * <li>{@code vintage}: what the publishers had published by that date ("as published by", FRED/ALFRED's vintage
 * dates), whatever the suite's load times: for each figure, the version with the latest publication date on or
 * before the vintage (see {@link PublicationDate} for partial dates). Figures with no publication date are not
 * part of any vintage.</li>
 * <li>{@code asOf}: what the suite had loaded by that instant.</li>
 * </ul>
 * Both together: what had been published by the vintage among the versions loaded by asOf. Neither: the latest.
 */
public record Snapshot(Instant asOf, LocalDate vintage) {

    public static final Snapshot LATEST = new Snapshot(null, null);

    public static Snapshot asOf(Instant asOf) {
        return new Snapshot(asOf, null);
    }

    public boolean latest() {
        return asOf == null && vintage == null;
    }

    /**
     * A vintage: a date, or a month (its last day, as for a publication date known to the month); null when blank, a
     * 400 naming the parameter when malformed.
     */
    public static LocalDate vintage(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        LocalDate date;
        try {
            date = t.length() == 7 ? YearMonth.parse(t).atEndOfMonth() : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + text + "' is not a date; expected YYYY-MM-DD such as "
                    + "2025-11-01 (or YYYY-MM for the end of that month)");
        }
        if (date.getYear() < Period.MIN_YEAR || date.getYear() > Period.MAX_YEAR) {
            throw new InvalidInputException(name, name + " '" + text + "' lies outside the years "
                    + Period.MIN_YEAR + "-" + Period.MAX_YEAR);
        }
        return date;
    }
}
