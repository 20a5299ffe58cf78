package org.chinaauto.reports.reading;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's text as the suite keeps it: HTML pasted from a page loses its tags (script and style with their content;
 * a block's end is a line break) and its character references, so that no tag or attribute is read as a figure; line
 * ends become \n and the text is trimmed. Plain text passes unchanged but for that.
 */
public final class PlainText {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)<\\s*(?:/(?:p|div|h[1-6]|li|tr|section|article)"
            + "|br\\s*/?)\\s*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos",
            "'", "nbsp", " ", "mdash", "—", "ndash", "–", "rsquo", "’", "lsquo", "‘");

    private PlainText() {
    }

    public static boolean isHtml(String text) {
        return TAG.matcher(text).find();
    }

    public static String of(String text) {
        String plain = text.replace("\r\n", "\n").replace('\r', '\n');
        if (isHtml(plain)) {
            plain = HIDDEN.matcher(plain).replaceAll(" ");
            plain = BLOCK_END.matcher(plain).replaceAll("\n");
            plain = TAG.matcher(plain).replaceAll("");
            plain = references(plain);
            plain = plain.replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n");
        }
        return plain.strip();
    }

    private static String references(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x")) {
                replacement = character(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                replacement = character(Integer.parseInt(name.substring(1)));
            } else {
                replacement = NAMED.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The character a numeric reference names; as in HTML, one that names no character a text can hold (NUL, a
     * surrogate, or beyond U+10FFFF, as &amp;#9999999; does) is U+FFFD, the replacement character.
     */
    private static String character(int codePoint) {
        boolean held = codePoint != 0 && Character.isValidCodePoint(codePoint)
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return held ? Character.toString(codePoint) : "\uFFFD";
    }
}
