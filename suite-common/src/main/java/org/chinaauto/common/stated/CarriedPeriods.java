package org.chinaauto.common.stated;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinaauto.common.period.Period;

/**
 * Where a figure's period comes from when its own words give none, from the figures proposed before it: "during the
 * same period", "in the given month" (the last month of that figure's period), "同月"; "... in the same period last
 * year" (a year before the level it is compared with); a brand's deliveries without a month (those of the deliveries
 * figure before); else the figure before it in the paragraph, and for a level the figure before it in the report.
 * Each says so in its reason.
 */
final class CarriedPeriods {

    /** Words right after a level that date it a year before the figures before it. */
    private static final Pattern YEAR_AGO = Words.compile("^[^.;,]{0,40}?\\b(the same (?:period|month|quarter) "
            + "(?:of |in )?(?:last year|a year (?:earlier|ago)|the previous year)|a year (?:earlier|ago))\\b");
    /** Words that refer to the period of the figures before: "during the same period", "in the given month", "同月". */
    private static final Pattern SAME_PERIOD = Words.compile("\\b(?:the )?same (?:period|month)\\b(?! (?:last|a) "
            + "year| a year)|\\bthe given (?:month|period)\\b|\\bduring the period\\b|同期|同月|当月");
    /** The last proposal of each measure. */
    private final Map<String, Proposal> lastOf = new HashMap<>();
    private final String plain;

    /** A period and why it is the figure's (null: its own words gave it), or none and why not. */
    record Carried(Period period, String reason) {
    }

    CarriedPeriods(String plain) {
        this.plain = plain;
    }

    void add(Proposal p) {
        if (p.measure() != null) {
            lastOf.put(p.measure(), p);
        }
    }

    /**
     * The period of {@code found} (its sentence from {@code from} to {@code to}) counted as {@code measure}: the one
     * its words give ({@code phrase}), or one carried from the figures before it.
     */
    Carried carry(FigureFinder.Found found, int from, int to, String sentence, String measure,
            PeriodPhrase.Resolution phrase) {
        Period resolved = phrase.period();
        String why = null;
        boolean level = found.figure().kind() == StatedFigure.Kind.LEVEL;
        Matcher yearAgo = YEAR_AGO.matcher(plain.substring(found.end(), to));
        if (level && yearAgo.find()) {
            // "up 37.5 percent on the 554,664 units retailed in the same period last year"
            Proposal base = lastOf.values().stream().filter(p -> p.period() != null && p.statedStart() < found.start()
                    && p.figure().kind() == StatedFigure.Kind.LEVEL)
                    .max(Comparator.comparingInt(Proposal::statedStart)).orElse(null);
            if (base != null) {
                resolved = base.period().plusYears(-1);
                why = ReportReader.join(why, "\"" + yearAgo.group(1) + "\": a year before the period of "
                        + base.statedAs());
            }
        }
        if (resolved != null) {
            return new Carried(resolved, why);
        }
        Proposal last = lastOf.get(measure == null ? "" : measure);
        Matcher same = SAME_PERIOD.matcher(sentence);
        Proposal inParagraph = previousWithPeriod(from, true);
        Proposal earlier = inParagraph == null && level && measure != null ? previousWithPeriod(from, false) : null;
        if (same.find() && !lastOf.isEmpty()) {
            resolved = lastOf.values().stream().filter(p -> p.period() != null).max(
                    Comparator.comparingInt(Proposal::statedStart)).map(Proposal::period).orElse(null);
            if (resolved != null && same.group().matches(".*(?:month|月)")) {
                // "in the given month", after a full year's figure: its last month
                resolved = Period.month(resolved.end());
            }
        } else if (last != null && last.period() != null && "deliveries".equals(measure)) {
            resolved = last.period();
            why = ReportReader.join(why, "its sentence gives no period: the period of the deliveries figure before it");
        } else if (inParagraph != null) {
            resolved = inParagraph.period();
            why = ReportReader.join(why, "its sentence gives no period: that of the figure before it in the paragraph ("
                    + inParagraph.statedAs() + ")");
        } else if (earlier != null) {
            // "Passenger vehicles did most of the work: their exports soared ... to 686,000 units."
            resolved = earlier.period();
            why = ReportReader.join(why, "its paragraph gives no period: that of the figure before it ("
                    + earlier.statedAs() + ")");
        } else {
            why = ReportReader.join(why, phrase.reason());
        }
        return new Carried(resolved, why);
    }

    /** The last figure with a period proposed before {@code at}: in the same paragraph, or anywhere before it. */
    Proposal previousWithPeriod(int at, boolean inParagraph) {
        return lastOf.values().stream().filter(p -> p.period() != null && p.statedStart() < at
                && (!inParagraph || sameParagraph(p.start(), at)))
                .max(Comparator.comparingInt(Proposal::statedStart)).orElse(null);
    }

    /** The last level figure proposed before {@code at} in the same paragraph. */
    Proposal previousLevel(int at) {
        return lastOf.values().stream().filter(p -> p.statedStart() < at && sameParagraph(p.start(), at))
                .filter(p -> p.figure().kind() == StatedFigure.Kind.LEVEL)
                .max(Comparator.comparingInt(Proposal::statedStart)).orElse(null);
    }

    private boolean sameParagraph(int from, int to) {
        return plain.substring(from, to).indexOf('\n') < 0;
    }
}
