package org.chinaauto.common.version;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The date from which a figure counts as published, for vintage reads: a publication date known to the day is
 * that day; one known only to the month ({@code 2025-12}) counts from that month's last day, one known only to the
 * year from the year's last day, so that a vintage never shows a figure before it can have been published.
 */
public final class PublicationDate {

    private PublicationDate() {
    }

    /** The effective date, or null when the text is absent or not a date. */
    public static LocalDate effective(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        String t = published.trim();
        try {
            return switch (t.length()) {
                case 4 -> Year.parse(t).atMonth(12).atEndOfMonth();
                case 7 -> YearMonth.parse(t).atEndOfMonth();
                default -> LocalDate.parse(t);
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
