package org.chinaauto.common.stated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure found in a report counts, read from the words around it: its measures (production, sales, retail,
 * wholesale, exports, deliveries, share or growth; "production and sales ... nearly 15 million" is both), its segment
 * (all vehicles unless the words name new energy, battery-electric, plug-in hybrid, passenger or commercial
 * vehicles) and its publisher: {@code named} when the figure's sentence names it, {@code inferred} with the reason
 * when only another sentence of the report does, none when the report names none. Nothing is guessed: a measure the
 * words do not give is none, with the reason. A count that is {@code aside} (expected, cumulative since a launch, a
 * monthly rate, a round level) has no measure either, with the reason.
 */
public record FigureMeaning(List<String> measures, String segment, String publisher, String attribution,
        String reason, boolean aside) {

    private static final Map<String, Pattern> MEASURES = new LinkedHashMap<>();
    private static final Map<String, Pattern> SEGMENTS = new LinkedHashMap<>();
    private static final Map<String, Pattern> PUBLISHERS = new LinkedHashMap<>();

    static {
        MEASURES.put("exports", Words.compile("\\bexport|\\bshipped abroad\\b|\\bsent abroad\\b|出口"));
        MEASURES.put("deliveries", Words.compile("\\bdeliver|\\bhand(?:ed|s)? over\\b|交付"));
        MEASURES.put("retail", Words.compile("\\bretail|零售"));
        MEASURES.put("wholesale", Words.compile("\\bwholesale|批发"));
        MEASURES.put("production", Words.compile("\\bproduc(?:tion|ed|e)\\b|\\boutput\\b|\\bturned out\\b"
                + "|\\bbuilt\\b|\\bmanufactured\\b|\\brolled off\\b|产量|生产|产销"));
        MEASURES.put("sales", Words.compile("\\bsales\\b|\\bsold\\b|销量|销售|产销"));
        SEGMENTS.put("bev", Words.compile("battery[- ]electric|\\bbevs?\\b|纯电"));
        SEGMENTS.put("phev", Words.compile("plug-in|\\bphevs?\\b|插电"));
        SEGMENTS.put("nev", Words.compile("new[- ]energy|\\bnevs?\\b|electric vehicles?|\\bevs?\\b|新能源"));
        SEGMENTS.put("passenger", Words.compile("passenger|乘用车"));
        SEGMENTS.put("commercial", Words.compile("commercial vehicle|商用车"));
        PUBLISHERS.put("CAAM", Words.compile("china association of automobile manufacturers|\\bcaam\\b|中国汽车工业协会|中汽协"));
        PUBLISHERS.put("CPCA", Words.compile("china passenger car association|\\bcpca\\b|乘联会|乘联分会"));
        PUBLISHERS.put("GACC", Words.compile("general administration of customs|\\bgacc\\b|海关总署"));
    }

    private static final Pattern SHARE = Words.compile("\\bshare\\b|account(?:s|ed)? for|made up|make up|makes up"
            + "|penetration|占比|渗透率|份额");
    /**
     * Counts that are no figure of a period, by the words before the figure in its sentence or right after it: what
     * is expected, cumulative totals since a launch, monthly rates, round levels.
     */
    private static final List<Map.Entry<Pattern, String>> ASIDES_BEFORE = List.of(Map.entry(
            Words.compile("\\b(?:expects?|expected|expecting|forecasts?|forecasted|guided|guidance|projects?|projected"
                    + "|predicts?|predicted|needs? to|will|would|could)\\b|预计将|有望"),
            "a figure expected, not one published: the suite keeps what was counted"), Map.entry(
            Words.compile("since (?:its |their )?(?:founding|launch|inception|debut)|\\bcumulative\\b(?![^.]{0,40}"
                    + "\\b(?:first|january|months?|year-to-date|this year)\\b)"),
            "a cumulative total since launch, not the figure of a period"));
    private static final List<Map.Entry<Pattern, String>> ASIDES_AFTER = List.of(Map.entry(
            Words.compile("^\\s*(?:units?\\s+|vehicles?\\s+)?(?:a|per|each) month\\b"),
            "a monthly rate, not the figure of a period"), Map.entry(
            Words.compile("^[\"”']?\\s*(?:-?units?\\s+)?(?:level|mark|threshold)\\b"),
            "a round level the words compare with, not a figure counted"));

    /** Why the figure is no count of a period, or null. */
    private static String aside(String before, String after) {
        for (var a : ASIDES_BEFORE) {
            if (a.getKey().matcher(before).find()) {
                return a.getValue();
            }
        }
        for (var a : ASIDES_AFTER) {
            if (a.getKey().matcher(after).find()) {
                return a.getValue();
            }
        }
        return null;
    }

    /** Words that credit a figure to someone, known to the suite or not. */
    private static final Pattern CREDITED = Words.compile("\\bsaid\\b|\\bsays\\b|according to|\\breported\\b"
            + "|\\bdata\\b|\\bstatistics\\b|\\bfigures (?:from|of|by|released)\\b|\\bshowed\\b|\\bshows\\b|据|数据显示|表示");
    /** What may stand between a figure and words that are its own: "units", "in", "of". */
    private static final Pattern RIGHT_AFTER = Words.compile("\\s*(?:units?\\s+|vehicles?\\s+|in\\s+|of\\s+|were\\s+)*");
    /** Characters before and after a figure that its measure and segment words are looked for in. */
    private static final int BEFORE = 120;
    private static final int AFTER = 60;

    /**
     * The meaning of the figure at {@code start} to {@code end} of the report's {@code text}, as {@link FigureFinder}
     * found it.
     */
    public static FigureMeaning of(String text, FigureFinder.Found found) {
        String plain = StatedForm.plainCharacters(text);
        int[] sentence = sentence(plain, found.start(), found.end());
        String before = plain.substring(Math.max(sentence[0], found.start() - BEFORE), found.start());
        String after = plain.substring(found.end(), Math.min(sentence[1], found.end() + AFTER));
        String near = before + " " + after;

        List<String> measures = new ArrayList<>();
        String reason = null;
        StatedFigure.Kind kind = found.figure().kind();
        if (kind == StatedFigure.Kind.CHANGE || kind == StatedFigure.Kind.MULTIPLE) {
            measures.add("growth");
        } else if (kind == StatedFigure.Kind.PERCENT) {
            if (SHARE.matcher(near).find()) {
                measures.add("share");
            } else {
                reason = "a percentage the words call neither a share nor a growth";
            }
        } else {
            measures.addAll(nearest(MEASURES, before, after));
            if (measures.contains("sales") && (measures.contains("retail") || measures.contains("wholesale"))) {
                measures.remove("sales"); // "retail sales", "wholesale sales": one measure, not two
            } else if (measures.equals(List.of("sales"))) {
                // "On the wholesale side, passenger NEV sales in October reached ...": the sales its sentence names
                List<String> channel = nearest(Map.of("retail", MEASURES.get("retail"), "wholesale",
                        MEASURES.get("wholesale")), before, "");
                if (channel.size() == 1) {
                    measures.set(0, channel.get(0));
                }
            }
            if (measures.isEmpty()) {
                reason = "the words around it name no measure the suite keeps";
            }
        }
        String aside = kind == StatedFigure.Kind.LEVEL ? aside(plain.substring(sentence[0], found.start()), after)
                : null;
        if (aside != null) {
            measures.clear();
            reason = join(reason, aside);
        }
        String segment = nearest(SEGMENTS, before, after).stream().findFirst().orElse("all");
        String sentenceText = plain.substring(sentence[0], sentence[1]);
        String publisher = null;
        String attribution = null;
        for (var p : PUBLISHERS.entrySet()) {
            if (p.getValue().matcher(sentenceText).find()) {
                publisher = p.getKey();
                attribution = "named";
                break;
            }
        }
        if (publisher == null) {
            List<String> elsewhere = publishersNamed(plain);
            if (elsewhere.size() == 1) {
                publisher = elsewhere.get(0);
                attribution = "inferred";
                reason = join(reason, namedElsewhere(publisher));
            } else {
                reason = join(reason, elsewhere.isEmpty() ? "the report names no publisher"
                        : "the report names several publishers (" + String.join(", ", elsewhere)
                                + "), none with this figure");
            }
        }
        return new FigureMeaning(measures, segment, publisher, attribution, reason, aside != null);
    }

    /** Why a figure is inferred to be {@code publisher}'s when only another sentence names it. */
    static String namedElsewhere(String publisher) {
        return "the report names " + publisher + " in another sentence, not with this figure";
    }

    /** The publishers the suite knows that {@code plain} (a report's text as {@link StatedForm#plainCharacters}) names. */
    static List<String> publishersNamed(String plain) {
        return PUBLISHERS.entrySet().stream().filter(p -> p.getValue().matcher(plain).find()).map(Map.Entry::getKey)
                .toList();
    }

    /**
     * True when a figure of {@code measure} in {@code sentence} (plain characters) reads as one of China's own totals
     * that CAAM publishes (production, sales, their shares, exports) and the sentence credits no one else ("said",
     * "according to", "data from"): the publisher to infer where a report names none, with {@link #CAAM_TOTALS}.
     */
    static boolean caamTotal(String measure, String sentence) {
        return measure != null && Set.of("production", "sales", "share", "exports").contains(measure)
                && !CREDITED.matcher(sentence).find();
    }

    /** Why a figure of a report that names no publisher is inferred to be CAAM's. */
    static final String CAAM_TOTALS = "the report names no publisher: CAAM publishes China's production, sales and "
            + "export totals";

    /**
     * The keys whose words are nearest to the figure: the last before it, else the first after it; several keys when
     * their words stand close together ("产销", "production and sales").
     */
    private static List<String> nearest(Map<String, Pattern> words, String before, String after) {
        // words right after the figure are its own: "31.13 million sold", "15 million units in production and sales"
        Matcher right = RIGHT_AFTER.matcher(after);
        if (right.lookingAt()) {
            List<String> own = firstAfter(words, after.substring(right.end()), 0);
            if (!own.isEmpty()) {
                return own;
            }
        }
        Map<String, Integer> lastEnds = new LinkedHashMap<>();
        for (var w : words.entrySet()) {
            Matcher m = w.getValue().matcher(before);
            while (m.find()) {
                lastEnds.put(w.getKey(), m.end());
            }
        }
        if (!lastEnds.isEmpty()) {
            int best = lastEnds.values().stream().max(Integer::compare).orElseThrow();
            // "production and sales": words close together both count
            return lastEnds.entrySet().stream().filter(e -> e.getValue() >= best - 20).map(Map.Entry::getKey)
                    .toList();
        }
        return firstAfter(words, after, Integer.MAX_VALUE);
    }

    /**
     * The keys whose words come first in {@code after}, the first starting within {@code within} characters, and those
     * close behind it.
     */
    private static List<String> firstAfter(Map<String, Pattern> words, String after, int within) {
        Map<String, Integer> firstStarts = new LinkedHashMap<>();
        for (var w : words.entrySet()) {
            Matcher m = w.getValue().matcher(after);
            if (m.find()) {
                firstStarts.put(w.getKey(), m.start());
            }
        }
        int first = firstStarts.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        if (first > within) {
            return List.of();
        }
        return firstStarts.entrySet().stream().filter(e -> e.getValue() <= first + 20).map(Map.Entry::getKey).toList();
    }

    /** The bounds of the sentence holding the figure: from after the last full stop before it to the next one. */
    static int[] sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !endsSentence(text, to)) {
            to++;
        }
        return new int[] { from, to };
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '。' || c == '！' || c == '？'
                || (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
