package org.chinaauto.common.stated;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures stated in prose ("output exceeded 31 million units, growing over 31% year-on-year"): every
 * phrase that {@link StatedForm} reads as a whole, with its offsets in the text, the longest where phrases overlap.
 * A number that is part of a word or a code ("V900", "H2"), a price ("¥59,800") or a year on its own ("in 2024") is
 * no stated figure. What a figure counts is for its reader to decide from the words around it.
 */
public final class FigureFinder {

    /** A figure as found: what it states, and where, {@code text.substring(start, end)} being its exact words. */
    public record Found(StatedFigure figure, int start, int end) {
    }

    private static final Pattern SPAN = Words.compile("\\s*(?:months?|years?|quarters?|weeks?|days?|个月|年|天)\\b");

    /**
     * A verb that "up" or "over" completes rather than qualifies the figure after it: "made up 40.9%" (a share, not a
     * rise), "handed over 25,681 units" (exactly, not more than).
     */
    private static final Pattern PHRASAL = Words.compile("\\b(?:(?:made|make|makes|making|take|takes|took|taking"
            + "|set|sets|setting|account|accounts)\\s+up|(?:hand|hands|handed|handing|turn|turns|turned|turning)"
            + "\\s+over)\\s+$");

    private FigureFinder() {
    }

    public static List<Found> find(String text) {
        String plain = StatedForm.plainCharacters(text);
        List<Found> candidates = new ArrayList<>();
        for (Pattern pattern : StatedForm.patterns()) {
            Matcher m = pattern.matcher(plain);
            while (m.find()) {
                int start = m.start() + phrasalParticle(plain, m.start());
                if (m.end() > start && standsAlone(plain, start, m.end())) {
                    StatedFigure f = StatedForm.one(StatedForm.normalised(plain.substring(start, m.end())));
                    if (f != null && !aYear(f) && !aSpan(f, plain.substring(m.end()))) {
                        candidates.add(new Found(withText(f, text.substring(start, m.end())), start, m.end()));
                    }
                }
            }
        }
        // the longest phrase wins where several overlap: "over 31% year-on-year" over "over 31"
        candidates.sort(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed()
                .thenComparingInt(Found::start));
        List<Found> chosen = new ArrayList<>();
        for (Found c : candidates) {
            if (chosen.stream().noneMatch(o -> c.start() < o.end() && o.start() < c.end())) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Found::start));
        return chosen;
    }

    /** The length of the "up " or "over " at {@code at} that completes the verb before it, else 0. */
    private static int phrasalParticle(String plain, int at) {
        for (String particle : new String[] { "up ", "over " }) {
            if (plain.startsWith(particle, at)
                    && PHRASAL.matcher(plain.substring(Math.max(0, at - 30), at + particle.length())).find()) {
                return particle.length();
            }
        }
        return 0;
    }

    /** Not part of a word, a code, a longer number or a price, and not followed by a hyphenated word. */
    private static boolean standsAlone(String text, int start, int end) {
        char before = start == 0 ? ' ' : text.charAt(start - 1);
        char after = end == text.length() ? ' ' : text.charAt(end);
        boolean latin = Character.isLetterOrDigit(before) && before < 0x3000;
        return !latin && ".,¥$€£".indexOf(before) < 0
                && !(Character.isLetterOrDigit(after) && after < 0x3000 || Character.isDigit(after) || after == '-');
    }

    /** A plain four-digit number between 1900 and 2100 with nothing that makes it a count. */
    private static boolean aYear(StatedFigure f) {
        return f.kind() == StatedFigure.Kind.LEVEL && f.qualifier() == null && f.precision() == null
                && f.text().matches("(19|20)\\d\\d");
    }

    /** A plain count that a span of time follows: "the first 11 months", "5 years". */
    private static boolean aSpan(StatedFigure f, String rest) {
        return f.kind() == StatedFigure.Kind.LEVEL && f.precision() == null && SPAN.matcher(rest).lookingAt();
    }

    private static StatedFigure withText(StatedFigure f, String words) {
        return new StatedFigure(f.kind(), f.value(), f.qualifier(), f.precision(), words);
    }
}
