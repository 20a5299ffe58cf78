package org.chinaauto.common.stated;

import static org.chinaauto.common.stated.StatedForm.NUMBER;
import static org.chinaauto.common.stated.StatedForm.alternatives;
import static org.chinaauto.common.stated.StatedForm.lastDigit;
import static org.chinaauto.common.stated.StatedForm.lastNonZeroDigit;
import static org.chinaauto.common.stated.StatedForm.number;
import static org.chinaauto.common.stated.StatedForm.plain;
import static org.chinaauto.common.stated.StatedForm.scale;
import static org.chinaauto.common.stated.StatedForm.words;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.stated.StatedFigure.Kind;

/**
 * The Chinese forms {@link StatedForm} reads: "3123.1万辆", "近1500万辆", "1500多万辆", "1.2亿", "同比增长37.3%", "5倍",
 * with their qualifiers (超过, 逾, 近, 约, 左右, 不到, ...). The grammar is in {@code docs/stated-forms.md}.
 */
final class ChineseForm {

    private static final Map<String, Qualifier> QUALIFIERS = new LinkedHashMap<>();

    static {
        words(QUALIFIERS, Qualifier.OVER, "超过", "超", "逾", "多于", "高于");
        words(QUALIFIERS, Qualifier.NEARLY, "将近", "接近", "近");
        words(QUALIFIERS, Qualifier.APPROXIMATELY, "大约", "约");
        words(QUALIFIERS, Qualifier.AT_LEAST, "至少", "不少于");
        words(QUALIFIERS, Qualifier.AT_MOST, "不到", "不足", "低于", "少于");
    }

    /** A qualifier, a space after it allowed ("超过 350 万辆", as some publishers space their figures). */
    private static final String Q = "(?:(?<q>" + alternatives(QUALIFIERS) + ")\\s?)?";
    /** A space between a number and its unit. */
    private static final String SPACE = "(?:\\s(?=[多余万亿]))?";

    static final Pattern LEVEL = Words.compile(Q + NUMBER + SPACE
            + "(?<many>多|余)?(?<scale>万|亿)?(?<after>多|余)?(?:辆|台)?(?<about>左右)?");
    static final Pattern PERCENT = Words.compile("(?:同比)?(?<dir>增长|增加|上升|提升|下降|减少|下滑)?" + Q + NUMBER
            + "%(?<about>左右)?");
    static final Pattern MULTIPLE = Words.compile(Q + NUMBER + "倍");

    private ChineseForm() {
    }

    /** The figure a normalised text states as a whole in one of the Chinese forms, or null. */
    static StatedFigure read(String text) {
        Matcher m = LEVEL.matcher(text);
        if (m.matches()) {
            BigDecimal number = number(m.group("num"));
            BigDecimal scale = scale(m.group("scale"));
            Qualifier q = qualifier(m);
            BigDecimal precision = scale.equals(BigDecimal.ONE) ? null : lastDigit(number).multiply(scale);
            if (m.group("many") != null) {
                // "1500多万": over 1500万, below the next unit of its last non-zero digit
                q = Qualifier.OVER;
                precision = lastNonZeroDigit(number).multiply(scale);
            } else if (m.group("after") != null) {
                q = Qualifier.OVER;
                precision = lastDigit(number).multiply(scale);
            }
            return new StatedFigure(Kind.LEVEL, plain(number.multiply(scale)), q,
                    precision == null ? null : plain(precision), text);
        }
        if ((m = PERCENT.matcher(text)).matches()) {
            BigDecimal number = number(m.group("num"));
            String dir = m.group("dir");
            boolean down = dir != null && dir.matches("下降|减少|下滑");
            return new StatedFigure(dir != null ? Kind.CHANGE : Kind.PERCENT, down ? number.negate() : number,
                    qualifier(m), lastDigit(number), text);
        }
        if ((m = MULTIPLE.matcher(text)).matches()) {
            BigDecimal n = number(m.group("num"));
            return new StatedFigure(Kind.MULTIPLE, n, QUALIFIERS.get(m.group("q")), lastDigit(n), text);
        }
        return null;
    }

    /** "左右" after the number, else the qualifier before it. */
    private static Qualifier qualifier(Matcher m) {
        return m.group("about") != null ? Qualifier.APPROXIMATELY : QUALIFIERS.get(m.group("q"));
    }
}
