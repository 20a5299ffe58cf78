package org.chinaauto.common.stated;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinaauto.common.period.Period;

/**
 * Reads the figures a report states as {@link Proposal}s for an editor to review: each figure {@link FigureFinder}
 * finds, with its sentence, what {@link FigureMeaning} says it counts, the period {@link PeriodPhrase} resolves against
 * the report's month, the brand, group or destination the sentence names, a status word, and the service that would
 * keep it. Beyond one figure's own words it reads:
 * <ul>
 * <li>"production and sales reached 3.788 million and 3.747 million, respectively": one measure to each figure;</li>
 * <li>"during the same period": the period of the figure before;</li>
 * <li>a sentence with no period for a brand's deliveries: the period of the deliveries figure before, said so;</li>
 * <li>"9.62 million units, up 36.7% year-on-year": the rate is the level's stated year-on-year rate, and a growth
 * proposal of its own.</li>
 * </ul>
 * Counts that are no vehicles ("more than 70 countries", "300 billion yuan") are left out; a measure the suite keeps
 * nowhere (retail, wholesale, growth on its own, a target) is proposed without a service, with the reason.
 */
public final class ReportReader {

    /** A brand, group or destination the suite knows, the words that name it, and who publishes its figures. */
    public record Subject(String kind, String code, String publisher, Pattern words) {

        public static Subject of(String kind, String code, String publisher, List<String> names) {
            String alternatives = String.join("|", names.stream().filter(Objects::nonNull).filter(n -> !n.isBlank())
                    .map(n -> Pattern.quote(n.toLowerCase(Locale.ROOT))).toList());
            return new Subject(kind, code, publisher, Words.compile("(?<![\\p{L}\\d])(?:" + alternatives
                    + ")(?![\\p{L}\\d])"));
        }
    }

    private static final Map<String, String> SERVICES = Map.of("production", "market", "sales", "market", "share",
            "market", "exports", "exports", "deliveries", "deliveries");
    private static final Pattern TARGET_BEFORE = Words.compile("\\b(?:target(?:ing|ed)?|goal|aim)s?\\b(?:\\s+\\w+){0,3}\\s*$"
            + "|目标\\S{0,3}$");
    private static final Pattern NOT_VEHICLES = Words.compile("^\\s*(?:\\w+\\s+){0,1}(?:countries|regions|markets"
            + "|models|outlets|stores|yuan|dollars|euros|rmb|usd|people|jobs|percent of|kwh|gwh|charging|chargers"
            + "|engineers|patents|orders)\\b|^\\s*(?:元|美元|个|家|款)");
    private static final Pattern RISE = Words.compile("^\\s*(?:\\w+\\s+)?(?:increase|rise|growth|jump|gain"
            + "|year-on-year|yoy|y/y)\\b");
    private static final Pattern GROWTH_BEFORE = Words.compile("\\b(?:growth|increase|rise|grew|rose|up|surged"
            + "|jumped)\\b[^;]{0,20}$");
    /** What stands between a rate and the level it rose to: "surged 37.3% year-on-year to over 9.6 million". */
    private static final Pattern RATE_TO_LEVEL = Words.compile("\\s*(?:year[- ]on[- ]year\\s+)?to\\s+(?=\\S)");
    /** Words that make a number a count of something: a scale or a unit. */
    private static final Pattern COUNTED = Words.compile("million|billion|thousand|units?|vehicles?|cars?|万|亿|辆");
    private static final Pattern FALL = Words.compile("^\\s*(?:\\w+\\s+)?(?:decrease|decline|fall|drop)\\b");
    private static final Map<String, Pattern> STATUSES = Map.of("preliminary",
            Words.compile("\\bpreliminary\\b|初步"), "estimate", Words.compile("\\bestimat(?:e|ed|es)\\b|预计|预估"),
            "final", Words.compile("\\bfinal (?:figures?|data)\\b|最终"));
    private final String text;
    private final String plain;
    private final YearMonth published;
    private final List<Subject> subjects;
    /** The figures proposed so far, whose periods later sentences may leave to them. */
    private final CarriedPeriods periods;
    /** No publisher the suite knows is named anywhere in the report. */
    private final boolean namesNoPublisher;

    private ReportReader(String text, YearMonth published, List<Subject> subjects) {
        this.text = text;
        this.plain = StatedForm.plainCharacters(text);
        this.periods = new CarriedPeriods(plain);
        this.namesNoPublisher = FigureMeaning.publishersNamed(plain).isEmpty();
        this.published = published;
        this.subjects = subjects;
    }

    /** The figures {@code text}, published in {@code published}, states; brands and groups from {@code subjects}. */
    public static List<Proposal> read(String text, YearMonth published, List<Subject> subjects) {
        return new ReportReader(text, published, subjects).read();
    }

    private List<Proposal> read() {
        List<Proposal> proposals = new ArrayList<>();
        BigDecimal rateBefore = null;
        for (FigureFinder.Found found : FigureFinder.find(text)) {
            String after = plain.substring(found.end());
            if (found.figure().kind() == StatedFigure.Kind.LEVEL && (NOT_VEHICLES.matcher(after).find()
                    || !COUNTED.matcher(found.figure().text().toLowerCase(Locale.ROOT)).find()
                            && (found.figure().value().compareTo(BigDecimal.valueOf(1000)) < 0
                                    || found.figure().text().matches("\\d{7,}")))) {
                continue;
            }
            StatedFigure figure = asChange(found.figure(), plain.substring(Math.max(0, found.start() - 30),
                    found.start()), after);
            Found placed = new Found(new FigureFinder.Found(figure, found.start(), found.end()),
                    FigureMeaning.sentence(plain, found.start(), found.end()));
            List<Proposal> own = propose(placed);
            if (figure.kind() == StatedFigure.Kind.CHANGE) {
                attachRate(proposals, placed, figure.value());
                rateBefore = RATE_TO_LEVEL.matcher(after).lookingAt() ? figure.value() : null;
            } else {
                if (figure.kind() == StatedFigure.Kind.LEVEL && rateBefore != null) {
                    // "surged 37.3 percent year-on-year to over 9.625 million units"
                    BigDecimal rate = rateBefore;
                    own = own.stream().map(p -> p.yoyPct() == null ? p.withYoy(rate) : p).toList();
                }
                rateBefore = null;
            }
            proposals.addAll(own);
        }
        return Credits.named(Respectively.assign(proposals, plain), plain);
    }

    /** A figure and the bounds of its sentence, whitespace and bullets trimmed. */
    private record Found(FigureFinder.Found figure, int[] sentence) {
    }

    private List<Proposal> propose(Found f) {
        FigureFinder.Found found = f.figure();
        int from = f.sentence()[0];
        int to = f.sentence()[1];
        while (from < found.start() && (Character.isWhitespace(plain.charAt(from)) || "-*•".indexOf(plain.charAt(from)) >= 0)) {
            from++;
        }
        while (to > found.end() && Character.isWhitespace(plain.charAt(to - 1))) {
            to--;
        }
        String sentence = plain.substring(from, to);
        FigureMeaning meaning = FigureMeaning.of(text, found);
        String before = plain.substring(from, found.start());
        List<String> measures = meaning.measures();
        String reason = meaning.reason();
        Proposal previous = periods.previousLevel(found.start());
        if (measures.isEmpty() && !meaning.aside() && found.figure().kind() == StatedFigure.Kind.LEVEL
                && previous != null
                && previous.measure() != null) {
            measures = List.of(previous.measure());
            reason = "its sentence names no measure: that of the figure before it in the paragraph";
        }
        String segment = meaning.segment();
        if ("all".equals(segment) && previous != null && previous.start() == from) {
            segment = previous.segment(); // "NEV production ... , while sales reached ..."
        }
        if (found.figure().kind() == StatedFigure.Kind.LEVEL && TARGET_BEFORE.matcher(before).find()) {
            measures = List.of("target");
            reason = "an annual target: deliveries-service keeps targets apart from figures (POST /api/targets)";
        }
        String status = STATUSES.entrySet().stream().filter(s -> s.getValue().matcher(sentence).find())
                .map(Map.Entry::getKey).findFirst().orElse(null);
        Subject subject = subject(sentence, found.start() - from);
        List<Proposal> out = new ArrayList<>();
        for (String measure : measures.isEmpty() ? java.util.Collections.<String>singletonList(null) : measures) {
            PeriodPhrase.Resolution period = PeriodPhrase.resolve(sentence, found.start() - from, found.end() - from,
                    published);
            CarriedPeriods.Carried carried = periods.carry(found, from, to, sentence, measure, period);
            Period resolved = carried.period();
            String why = join(reason, carried.reason());
            String publisher = meaning.publisher();
            String attribution = meaning.attribution();
            String subjectKind = null;
            String code = null;
            boolean counted = "destination".equals(subject == null ? null : subject.kind())
                    ? "exports".equals(measure)
                    : "deliveries".equals(measure) || "target".equals(measure);
            if (subject != null && counted) {
                subjectKind = subject.kind();
                code = subject.code();
                if (publisher == null && subject.publisher() != null) {
                    publisher = subject.publisher();
                    attribution = "inferred";
                    why = join(why, subject.publisher() + " publishes the deliveries of " + subject.code());
                }
            } else if ("deliveries".equals(measure)) {
                why = join(why, "the sentence names no brand or group the suite knows");
            } else if (publisher == null && subject == null && namesNoPublisher
                    && FigureMeaning.caamTotal(measure, plain.substring(from, to))) {
                publisher = "CAAM";
                attribution = "inferred";
                why = why.replace("the report names no publisher", FigureMeaning.CAAM_TOTALS);
            }
            String service = measure == null ? null : SERVICES.get(measure);
            if (measure != null && service == null && !"target".equals(measure)) {
                why = join(why, "no service keeps " + measure + " figures on their own");
            }
            Proposal p = new Proposal(text.substring(from, to), from, to, found.start(), found.end(), found.figure(),
                    measure, segment, subjectKind, code, resolved, publisher, attribution, null, status,
                    service, why);
            out.add(p);
            periods.add(p);
        }
        return out;
    }

    /** "a 75% increase", "a 5.5% decline": a percentage the words after it call a change. */
    private static StatedFigure asChange(StatedFigure f, String before, String after) {
        if (f.kind() != StatedFigure.Kind.PERCENT) {
            return f;
        }
        boolean rise = RISE.matcher(after).find() || GROWTH_BEFORE.matcher(before).find();
        if (!rise && !FALL.matcher(after).find()) {
            return f;
        }
        return new StatedFigure(StatedFigure.Kind.CHANGE, rise ? f.value() : f.value().negate(), f.qualifier(),
                f.precision(), f.text());
    }

    /** The rate becomes the stated year-on-year rate of the level figure just before it in its sentence. */
    private static void attachRate(List<Proposal> proposals, Found rate, BigDecimal pct) {
        int level = -1;
        for (Proposal p : proposals) {
            if (p.statedStart() >= rate.sentence()[0] && p.statedEnd() <= rate.figure().start()
                    && p.figure().kind() == StatedFigure.Kind.LEVEL) {
                level = p.statedStart();
            }
        }
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            if (p.statedStart() == level && p.yoyPct() == null) {
                proposals.set(i, p.withYoy(pct));
            }
        }
    }

    /** The subject named nearest before the figure in its sentence, else the first named after it. */
    private Subject subject(String sentence, int figureAt) {
        Subject best = null;
        int bestAt = -1;
        Subject firstAfter = null;
        int firstAfterAt = Integer.MAX_VALUE;
        for (Subject s : subjects) {
            Matcher m = s.words().matcher(sentence);
            while (m.find()) {
                if (m.start() < figureAt && m.start() > bestAt) {
                    best = s;
                    bestAt = m.start();
                } else if (m.start() >= figureAt && m.start() < firstAfterAt) {
                    firstAfter = s;
                    firstAfterAt = m.start();
                }
            }
        }
        return best != null ? best : firstAfter;
    }

    static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }
}
