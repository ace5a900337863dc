package io.plantrail.document;

import java.util.regex.Pattern;

/**
 * Text from the plan put into Markdown as text, never as markup: an officer's "*", "#", "~~",
 * "[link]" or raw HTML, and a line the source happens to start with "1." or "-", come out as
 * printed. CommonMark's backslash escapes; only the marks that could change the reading.
 */
final class MarkdownText {

    private static final String INLINE_MARKS = "\\`*_~[]<>|&!";
    /** A line that would start a heading or a list ("# ", "- ", "1. "), or underline the line before ("==="). */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#+-](?=\\s|$)|\\d{1,9}(?=[.)](\\s|$))|[=-](?=[=-]*\\s*$))",
            Pattern.MULTILINE);

    private MarkdownText() {
    }

    static String escaped(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_MARKS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return BLOCK_START.matcher(out).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                match.group(1) + (Character.isDigit(match.group(2).charAt(0)) ? match.group(2) + "\\" : "\\" + match.group(2))));
    }
}
