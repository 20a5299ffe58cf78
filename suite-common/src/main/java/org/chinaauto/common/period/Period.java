package org.chinaauto.common.period;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinaauto.common.problem.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A span of calendar months, the suite's single notion of "when".
 *
 * <p>Text forms, in and out: a month {@code 2025-11}, a quarter {@code 2025-Q3}, a half {@code 2023-H1},
 * a year {@code 2024}, and any other span {@code 2025-01/2025-11}. {@link #toString()} always gives the
 * shortest of these forms, so {@code 2025-01/2025-12} is written {@code 2025}.
 */
@Schema(type = SchemaType.STRING, description = "A period: " + Period.FORMS, pattern = Period.PATTERN,
        examples = { "2025-11", "2025-Q3", "2023-H1", "2024", "2025-01/2025-11" })
public record Period(YearMonth start, YearMonth end) implements Comparable<Period> {

    /** Every text form of a period, as the OpenAPI documents describe it. */
    public static final String PATTERN = "^\\d{4}(-(0[1-9]|1[0-2])(/\\d{4}-(0[1-9]|1[0-2]))?|-Q[1-4]|-H[12])?$";

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    /** The years the suite knows: every period, vintage and asOf lies in them. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;

    public static final String FORMS = "a month (2025-11), quarter (2025-Q3), half (2023-H1), year (2024) "
            + "or span of months (2025-01/2025-11)";

    public Period {
        if (start == null || end == null) {
            throw new IllegalArgumentException("a period needs a start and an end month");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month, month);
    }

    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** Year to date: January of the month's year up to the month. */
    public static Period yearToDate(YearMonth month) {
        return new Period(YearMonth.of(month.getYear(), 1), month);
    }

    /** A period as the suite writes it in JSON (its text form), read back. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Period of(String text) {
        return parse(text, "period");
    }

    /**
     * Parses one of the canonical text forms.
     *
     * @param field the name of the input the text came from, so that the error can point at it
     * @throws InvalidInputException for anything else
     */
    public static Period parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "a period is required: " + FORMS);
        }
        String t = text.trim();
        try {
            int slash = t.indexOf('/');
            if (slash >= 0) {
                YearMonth from = parseMonth(t.substring(0, slash));
                YearMonth to = parseMonth(t.substring(slash + 1));
                if (from == null || to == null) {
                    throw invalid(field, text);
                }
                if (to.isBefore(from)) {
                    throw new InvalidInputException(field, "period '" + text + "' ends before it starts");
                }
                return new Period(from, to);
            }
            YearMonth month = parseMonth(t);
            if (month != null) {
                return month(month);
            }
            Matcher m = QUARTER.matcher(t);
            if (m.matches()) {
                int year = year(m.group(1));
                int q = Integer.parseInt(m.group(2));
                return new Period(YearMonth.of(year, q * 3 - 2), YearMonth.of(year, q * 3));
            }
            m = HALF.matcher(t);
            if (m.matches()) {
                int year = year(m.group(1));
                int h = Integer.parseInt(m.group(2));
                return new Period(YearMonth.of(year, h * 6 - 5), YearMonth.of(year, h * 6));
            }
            m = YEAR.matcher(t);
            if (m.matches()) {
                return year(year(m.group(1)));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw invalid(field, text);
        }
        throw invalid(field, text);
    }

    /** Parses a single month ({@code 2025-11}); used for range bounds. */
    public static YearMonth parseMonth(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "a month is required; expected YYYY-MM, e.g. 2025-11");
        }
        YearMonth m;
        try {
            m = parseMonth(text.trim());
        } catch (NumberFormatException e) {
            m = null;
        }
        if (m == null) {
            throw new InvalidInputException(field, "'" + text + "' is not a month; expected YYYY-MM, e.g. 2025-11");
        }
        return m;
    }

    private static YearMonth parseMonth(String t) {
        Matcher m = MONTH.matcher(t);
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year(m.group(1)), month);
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            throw new NumberFormatException("year out of range");
        }
        return y;
    }

    private static InvalidInputException invalid(String field, String text) {
        return new InvalidInputException(field, "'" + text + "' is not a period; expected " + FORMS);
    }

    public int lengthInMonths() {
        return (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
    }

    public boolean isSingleMonth() {
        return start.equals(end);
    }

    public boolean contains(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** The same span shifted by whole years (negative for earlier). */
    public Period plusYears(int years) {
        return new Period(start.plusYears(years), end.plusYears(years));
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(lengthInMonths());
        for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        if (start.equals(end)) {
            return start.toString();
        }
        if (start.getYear() == end.getYear()) {
            int s = start.getMonthValue();
            int e = end.getMonthValue();
            if (s == 1 && e == 12) {
                return Integer.toString(start.getYear());
            }
            if (e - s == 5 && (s == 1 || s == 7)) {
                return start.getYear() + "-H" + (s == 1 ? 1 : 2);
            }
            if (e - s == 2 && s % 3 == 1) {
                return start.getYear() + "-Q" + ((s + 2) / 3);
            }
        }
        return start + "/" + end;
    }
}
