package org.chinaauto.common.stated;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.stated.StatedFigure.Kind;

/**
 * Reads a figure as a report states it ("nearly 15 million", "up 37.3% year-on-year", "近1500万辆") into its value,
 * qualifier and precision, by the suite's rules for bounds ({@link org.chinaauto.common.bounds.Estimate#stated}).
 * The grammar, with examples, is in {@code docs/stated-forms.md}; the Chinese forms are {@link ChineseForm}'s. In
 * short:
 * <ul>
 * <li>a level: an optional qualifier, a number ("534,000", "31.23") and an optional scale ("thousand", "million",
 * "billion", "万", "亿") and unit ("units", "vehicles", "辆", "台"). Stated with a scale, its precision is the unit
 * of its last digit ("31.23 million": 10,000); a plain whole number is exact. "多" or "余" after a number makes
 * it at least that number, below the next unit of its last non-zero digit ("1500多万": 15 to 16 million);</li>
 * <li>a percentage ("40.9%", "40.9 percent"), or a change in percent when it has a direction ("up", "down",
 * "增长", "下降") or says "year-on-year": precision the unit of its last decimal;</li>
 * <li>a multiple: "fivefold", "5-fold", "5 times", "5倍", "doubled", precision 1 for a word;</li>
 * <li>qualifiers: over (over, more than, exceeded, surpassing, 超过, 逾, ...), nearly (nearly, almost, 近, ...),
 * approximately (about, approximately, 约, 左右, ...), at least (at least, 至少, ...) and at most (up to, below,
 * 不到, ...).</li>
 * </ul>
 * A text that is not one of these forms as a whole is no stated figure: words around a figure are not read.
 */
public final class StatedForm {

    private static final Map<String, Qualifier> ENGLISH = new LinkedHashMap<>();
    private static final Map<String, Integer> MULTIPLE_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    private static final Map<String, Integer> MULTIPLE_VERBS = Map.of("doubled", 2, "tripled", 3, "quadrupled", 4);

    static {
        words(ENGLISH, Qualifier.OVER, "over", "more than", "exceeded", "exceeding", "exceeds", "surpassing",
                "surpassed", "surpasses", "above", "topped", "topping", "in excess of", "upwards of");
        words(ENGLISH, Qualifier.NEARLY, "nearly", "nearing", "almost", "close to", "just under", "just shy of");
        words(ENGLISH, Qualifier.APPROXIMATELY, "approximately", "about", "around", "roughly", "some", "approx.");
        words(ENGLISH, Qualifier.AT_LEAST, "at least", "no less than", "not less than");
        words(ENGLISH, Qualifier.AT_MOST, "up to", "below", "under", "less than", "fewer than", "at most",
                "no more than");
    }

    static final String NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String Q = "(?:(?<q>" + alternatives(ENGLISH) + ")\\s+)?";
    private static final String UP = "up|rose|risen|rising|increased|increasing|grew|grown|growing|jumped|surged"
            + "|climbed|gained";
    private static final String DOWN = "down|fell|fallen|decreased|declined|dropped|slid|slipped";
    private static final String YEAR_ON_YEAR = "year-on-year|year on year|yoy|y-o-y|from a year earlier"
            + "|from a year ago|from the same period last year|compared with a year earlier";

    private static final Pattern LEVEL = Words.compile(Q + NUMBER
            + "(?:\\s*(?<scale>thousand|million|billion|mn|bn)\\b)?(?:\\s+(?:units|vehicles|cars)\\b)?");
    private static final Pattern PERCENT = Words.compile("(?:(?<dir>" + UP + "|" + DOWN + ")\\s+)?(?:by\\s+)?" + Q
            + NUMBER + "\\s*(?:%|percent\\b|per cent\\b)(?:\\s+(?<yoy>" + YEAR_ON_YEAR + ")\\b)?");
    private static final Pattern MULTIPLE = Words.compile(Q
            + "(?<n>two|three|four|five|six|seven|eight|nine|ten|\\d+(?:\\.\\d+)?)(?:-?fold|\\s+times)\\b");
    private static final Pattern MULTIPLE_VERB = Words.compile(Q + "(?<verb>doubled|tripled|quadrupled)\\b");
    /** A parenthesis holding another form of the figure, with an optional label: "(headline: over 9.6 million)". */
    private static final Pattern ASIDE = Words.compile("\\((?:[\\p{L} ]+:\\s*)?([^()]*)\\)");

    private StatedForm() {
    }

    /** The figure a text states as a whole, or empty when the text is not a stated figure. */
    public static Optional<StatedFigure> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(one(normalised(text)));
    }

    /**
     * Every form a stated_as text gives of one figure: the first, and others after a semicolon ("exceeded 6.4
     * million; also nearly 6.41 million") or in a parenthesis ("over 9.625 million (headline: over 9.6 million)").
     * Empty when the first is not a stated figure.
     */
    public static List<StatedFigure> forms(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        Matcher aside = ASIDE.matcher(text);
        StringBuilder main = new StringBuilder();
        while (aside.find()) {
            parts.add(aside.group(1));
            aside.appendReplacement(main, "");
        }
        aside.appendTail(main);
        List<String> pieces = new ArrayList<>(List.of(main.toString().split(";")));
        pieces.addAll(parts);
        List<StatedFigure> found = new ArrayList<>();
        for (String piece : pieces) {
            StatedFigure f = one(normalised(piece.strip().replaceFirst("^(?i)also\\s+", "")));
            if (f == null && found.isEmpty()) {
                return List.of();
            }
            if (f != null) {
                found.add(f);
            }
        }
        return found;
    }

    /** The forms' patterns, longest forms first, for {@link FigureFinder} to search prose with. */
    static List<Pattern> patterns() {
        return List.of(PERCENT, MULTIPLE, MULTIPLE_VERB, LEVEL, ChineseForm.PERCENT, ChineseForm.MULTIPLE,
                ChineseForm.LEVEL);
    }

    /** The figure a normalised text states as a whole, or null. */
    static StatedFigure one(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = LEVEL.matcher(text);
        if (m.matches()) {
            BigDecimal number = number(m.group("num"));
            BigDecimal scale = scale(m.group("scale"));
            return new StatedFigure(Kind.LEVEL, plain(number.multiply(scale)), english(m),
                    scale.equals(BigDecimal.ONE) ? null : plain(lastDigit(number).multiply(scale)),
                    text);
        }
        if ((m = PERCENT.matcher(text)).matches()) {
            BigDecimal number = number(m.group("num"));
            boolean down = m.group("dir") != null && m.group("dir").matches(DOWN);
            boolean change = m.group("dir") != null || m.group("yoy") != null;
            return new StatedFigure(change ? Kind.CHANGE : Kind.PERCENT, down ? number.negate() : number, english(m),
                    lastDigit(number), text);
        }
        if ((m = MULTIPLE.matcher(text)).matches()) {
            Integer word = MULTIPLE_WORDS.get(m.group("n"));
            BigDecimal n = word != null ? BigDecimal.valueOf(word) : number(m.group("n"));
            return new StatedFigure(Kind.MULTIPLE, n, english(m), word != null ? BigDecimal.ONE : lastDigit(n), text);
        }
        if ((m = MULTIPLE_VERB.matcher(text)).matches()) {
            return new StatedFigure(Kind.MULTIPLE, BigDecimal.valueOf(MULTIPLE_VERBS.get(m.group("verb"))), english(m),
                    null, text);
        }
        return ChineseForm.read(text);
    }

    private static Qualifier english(Matcher m) {
        return m.group("q") == null ? null : ENGLISH.get(m.group("q"));
    }

    static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word) {
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "million", "mn" -> BigDecimal.valueOf(1_000_000);
            case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000);
            case "万" -> BigDecimal.valueOf(10_000);
            case "亿" -> BigDecimal.valueOf(100_000_000);
            default -> throw new IllegalStateException("unhandled scale " + word);
        };
    }

    /** The number without trailing zeros after its point, and never in exponent form: 31230000, 0.1. */
    static BigDecimal plain(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The unit of a number's last written digit: 0.01 for 31.23, 1 for 1500. */
    static BigDecimal lastDigit(BigDecimal n) {
        return BigDecimal.ONE.movePointLeft(Math.max(0, n.scale()));
    }

    /** The unit of a whole number's last non-zero digit: 100 for 1500, 1 for 15. */
    static BigDecimal lastNonZeroDigit(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() >= 0 ? lastDigit(n) : BigDecimal.ONE.movePointRight(-stripped.scale());
    }

    /** Lower case, one space between words, full-width and typographic forms made plain, no closing full stop. */
    static String normalised(String text) {
        return plainCharacters(text).strip().replaceAll("\\s+", " ").replaceFirst("[.。]$", "");
    }

    /** Lower case, with full-width and typographic forms made plain, character for character (offsets kept). */
    static String plainCharacters(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            char p = c == '\u00a0' ? ' ' : c == '％' ? '%' : c >= '\u2010' && c <= '\u2013' ? '-' : c;
            plain.append(Character.toLowerCase(p));
        }
        return plain.toString();
    }

    static void words(Map<String, Qualifier> map, Qualifier q, String... words) {
        for (String w : words) {
            map.put(w, q);
        }
    }

    /** A regex alternation of the words, longest first so that "more than" is tried before "more". */
    static String alternatives(Map<String, Qualifier> words) {
        return words.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
