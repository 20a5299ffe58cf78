package org.chinaauto.common.stated;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's patterns, with {@code \b} a boundary between words of any script: a letter or digit of any language
 * (or {@code _}) on one side and none on the other. Since JDK 19 (JDK-8264160) {@code \b} stands between ASCII word
 * characters only, so a Chinese character would count as a boundary and "共11万辆" would show a number standing alone.
 * This keeps the meaning the reader was written and measured for, on every JDK.
 */
final class Words {

    private static final String WORD = "[\\p{L}\\p{Nd}_]";
    private static final String BOUNDARY = "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
    /** A {@code \b} that is not itself an escaped backslash followed by "b". */
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\b");

    private Words() {
    }

    static Pattern compile(String regex) {
        return Pattern.compile(WORD_BOUNDARY.matcher(regex).replaceAll("$1" + Matcher.quoteReplacement(BOUNDARY)));
    }
}
