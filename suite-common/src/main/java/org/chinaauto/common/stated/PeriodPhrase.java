package org.chinaauto.common.stated;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinaauto.common.period.Period;

/**
 * The period a report's words give a figure, resolved against the month the report was published: "in the first 11
 * months" of a December 2025 report is 2025-01/2025-11, "last month" of it 2025-11, "the first half of this year" of
 * a July 2023 report 2023-H1, "January-August" the latest January-August before the report, "full-year 2024" 2024.
 * Chinese phrases too: "前11个月", "1-8月", "上半年", "去年", "11月". A span or month named without a year is the latest
 * that ended before the report's month. The phrase nearest to the figure wins; without one, nothing is guessed.
 */
public final class PeriodPhrase {

    /** A period read from the words, with the words; or none, with the reason. */
    public record Resolution(Period period, String phrase, String reason) {
    }

    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String YEAR = "(?:\\s+(?:of\\s+)?(?<year>this year|last year|(?:19|20)\\d\\d))?";

    private enum Kind {
        FIRST_MONTHS, MONTH_RANGE, HALF, QUARTER, LAST_MONTH, YEAR_TO_DATE, NAMED_MONTH, FULL_YEAR, LAST_YEAR,
        CN_FIRST_MONTHS, CN_HALF, CN_MONTH, CN_YEAR
    }

    private static final Map<Kind, Pattern> PHRASES = Map.ofEntries(
            Map.entry(Kind.FIRST_MONTHS, Words.compile("\\bfirst (?<n>\\d{1,2}|" + String.join("|", COUNTS.keySet())
                    + ") months" + YEAR)),
            Map.entry(Kind.MONTH_RANGE, Words.compile("\\b(?:between\\s+)?(?<from>" + MONTHS
                    + ")\\s*(?:-|to|through|and)\\s*(?<to>" + MONTHS + ")\\b" + YEAR)),
            Map.entry(Kind.HALF, Words.compile("\\b(?:(?<which>first|second) half|(?<h>h[12])(?!:))" + YEAR)),
            Map.entry(Kind.QUARTER, Words.compile("\\b(?:(?<which>first|second|third|fourth)[- ]quarter|q(?<q>[1-4]))"
                    + YEAR)),
            Map.entry(Kind.LAST_MONTH, Words.compile("\\blast month\\b")),
            // "exported last year", "full-year deliveries": the last whole year before the report; not "up on the same
            // period last year", which is what a change is measured from
            Map.entry(Kind.LAST_YEAR, Words.compile("(?<!period |month |quarter |time |from |than |over |with )"
                    + "\\blast year\\b|\\bfull[- ]year\\b(?!\\s+(?:19|20)\\d\\d)")),
            Map.entry(Kind.YEAR_TO_DATE, Words.compile("\\b(?:year-to-date|so far this year)\\b")),
            Map.entry(Kind.NAMED_MONTH, Words.compile("\\b(?<month>" + MONTHS + ")\\b(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d\\d"
                    + "|last year|this year))?")),
            // a year a change is measured from is no period of the figure: "up 44.9 percent from 2021"
            Map.entry(Kind.FULL_YEAR, Words.compile("(?<!\\bfrom |\\bthan |\\bversus |\\bwith |\\bover )"
                    + "\\b(?:full[- ]year\\s+|in\\s+|of\\s+)?(?<year>(?:19|20)\\d\\d)\\b")),
            // publishers sometimes space digits from the words: "前 11 个月", "1 至 11 月", "11 月份"
            Map.entry(Kind.CN_FIRST_MONTHS, Words.compile("(?<year>(?:19|20)\\d\\d年|今年|去年)?\\s?(?:前\\s?(?<n>\\d{1,2})"
                    + "\\s?个月|1\\s?[-—~至]\\s?(?<to>\\d{1,2})\\s?月)")),
            Map.entry(Kind.CN_HALF, Words.compile("(?<year>(?:19|20)\\d\\d年|今年|去年)?(?<which>上|下)半年")),
            Map.entry(Kind.CN_MONTH, Words.compile("(?<year>(?:19|20)\\d\\d年|今年|去年)?\\s?(?<![\\d.])(?<month>1[0-2]|[1-9])"
                    + "\\s?月(?!份?\\s?[-—~至])")),
            Map.entry(Kind.CN_YEAR, Words.compile("(?<year>(?:19|20)\\d\\d年|今年|去年)(?![上下前\\d])")));

    private PeriodPhrase() {
    }

    /**
     * The period the words give the figure at {@code figureStart} to {@code figureEnd} (offsets into {@code words}),
     * in a report published in {@code published}: the phrase nearest to the figure, spans before single months where
     * they overlap.
     */
    public static Resolution resolve(String words, int figureStart, int figureEnd, YearMonth published) {
        String text = StatedForm.plainCharacters(words);
        List<Placed> found = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Matcher m = PHRASES.get(kind).matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().anyMatch(p -> start < p.end() && p.start() < end)) {
                    continue; // inside a longer phrase of an earlier kind
                }
                Period period = period(kind, m, published);
                if (period != null) {
                    found.add(new Placed(new Resolution(period, words.substring(start, end), null), start, end));
                }
            }
        }
        return found.stream().min(Comparator.comparingInt(p -> p.distanceTo(figureStart, figureEnd)))
                .map(Placed::resolution)
                .orElse(new Resolution(null, null, "the words give no period"));
    }

    /** A phrase's period and where the phrase is. */
    private record Placed(Resolution resolution, int start, int end) {

        /** Characters between the phrase and the figure: "31.23 million in the first 11 months" is 4. */
        int distanceTo(int figureStart, int figureEnd) {
            return start >= figureEnd ? start - figureEnd : figureStart >= end ? figureStart - end + 1 : 0;
        }
    }

    private static Period period(Kind kind, Matcher m, YearMonth published) {
        return switch (kind) {
            case FIRST_MONTHS -> firstMonths(count(m.group("n")), m.group("year"), published);
            case MONTH_RANGE -> {
                int from = month(m.group("from"));
                int to = month(m.group("to"));
                yield from > to ? null : span(from, to, m.group("year"), published);
            }
            case HALF -> {
                boolean first = "first".equals(m.group("which")) || "h1".equals(m.group("h"));
                yield span(first ? 1 : 7, first ? 6 : 12, m.group("year"), published);
            }
            case QUARTER -> {
                int q = m.group("q") != null ? Integer.parseInt(m.group("q"))
                        : List.of("first", "second", "third", "fourth").indexOf(m.group("which")) + 1;
                yield span(3 * q - 2, 3 * q, m.group("year"), published);
            }
            case LAST_MONTH -> Period.month(published.minusMonths(1));
            case LAST_YEAR -> Period.year(published.getYear() - 1);
            case YEAR_TO_DATE -> published.getMonthValue() == 1 ? null
                    : new Period(YearMonth.of(published.getYear(), 1), published.minusMonths(1));
            case NAMED_MONTH -> {
                int month = month(m.group("month"));
                yield "may".equals(m.group("month")) && m.group("year") == null ? null // "may" is mostly a verb
                        : span(month, month, m.group("year"), published);
            }
            case FULL_YEAR -> Period.year(Integer.parseInt(m.group("year")));
            case CN_FIRST_MONTHS -> firstMonths(Integer.parseInt(m.group("n") != null ? m.group("n") : m.group("to")),
                    m.group("year"), published);
            case CN_HALF -> span("上".equals(m.group("which")) ? 1 : 7, "上".equals(m.group("which")) ? 6 : 12,
                    m.group("year"), published);
            case CN_MONTH -> {
                int month = Integer.parseInt(m.group("month"));
                yield span(month, month, m.group("year"), published);
            }
            case CN_YEAR -> Period.year(year(m.group("year"), published));
        };
    }

    private static Period firstMonths(int n, String year, YearMonth published) {
        return n < 1 || n > 12 ? null : span(1, n, year, published);
    }

    /** Months {@code from} to {@code to} of the year named, else of the latest year they ended before the report. */
    private static Period span(int from, int to, String year, YearMonth published) {
        int y = year != null ? year(year, published)
                : to < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        return new Period(YearMonth.of(y, from), YearMonth.of(y, to));
    }

    private static int year(String words, YearMonth published) {
        return switch (words) {
            case "this year", "今年" -> published.getYear();
            case "last year", "去年" -> published.getYear() - 1;
            default -> Integer.parseInt(words.replace("年", ""));
        };
    }

    private static int count(String n) {
        return COUNTS.containsKey(n) ? COUNTS.get(n) : Integer.parseInt(n);
    }

    private static int month(String name) {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(name) || full.startsWith(name) && name.length() >= 3) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
