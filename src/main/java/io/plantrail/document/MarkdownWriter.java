package io.plantrail.document;

import java.util.List;

/**
 * The plan document as Markdown, for diffing and reading side by side with the source. In a
 * comparison, deleted text is ~~struck through~~ and inserted text is in **bold**. Every text
 * it is given is the plan's, put in as text ({@link MarkdownText}); the marks are its own.
 */
final class MarkdownWriter implements DocumentWriter {

    private final StringBuilder md = new StringBuilder();

    @Override
    public void title(String text, String subtitle) {
        md.append("# ").append(MarkdownText.escaped(text)).append("\n\n**").append(MarkdownText.escaped(subtitle)).append("**\n\n");
    }

    @Override
    public void heading(int level, String text) {
        md.append("#".repeat(level + 1)).append(' ').append(MarkdownText.escaped(text)).append("\n\n");
    }

    @Override
    public void heading(int level, String text, String id) {
        heading(level, text);
    }

    @Override
    public void paragraph(String text) {
        md.append(MarkdownText.escaped(text)).append("\n\n");
    }

    @Override
    public void note(String text) {
        md.append("\n_").append(MarkdownText.escaped(text.strip())).append("_\n\n");
    }

    @Override
    public void gap(String where, String whatIsMissing, String sourceWords) {
        md.append("> **Not yet in the plan:** ").append(MarkdownText.escaped(where)).append(": ")
                .append(MarkdownText.escaped(whatIsMissing))
                .append(sourceWords == null ? "" : " (the source says “" + MarkdownText.escaped(sourceWords) + "”)").append("\n\n");
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        md.append(row(header)).append('|').append(" --- |".repeat(header.size())).append('\n');
        rows.forEach(r -> md.append(row(r)));
        md.append('\n');
    }

    private static String row(List<String> cells) {
        StringBuilder line = new StringBuilder("|");
        cells.forEach(cell -> line.append(' ').append(MarkdownText.escaped(cell).replace("\n", "<br>"))
                .append(" |"));
        return line.append('\n').toString();
    }

    @Override
    public void tracked(String field, List<Tracked> text, String difference) {
        md.append("- **").append(MarkdownText.escaped(field)).append(":** ");
        Tracked.Mark previous = Tracked.Mark.KEPT;
        for (Tracked part : text) {
            String words = MarkdownText.escaped(part.text().replace("\n", " "));
            if (previous != Tracked.Mark.KEPT && part.mark() != Tracked.Mark.KEPT) {
                md.append(' ');
            }
            previous = part.mark();
            switch (part.mark()) {
                case KEPT -> md.append(words);
                case DELETED -> md.append(marked("~~", words));
                case INSERTED -> md.append(marked("**", words));
            }
        }
        md.append(difference == null ? "" : " (" + MarkdownText.escaped(difference) + ")").append('\n');
    }

    /** Markdown's marks must touch the words they mark, so the spaces around them stay outside. */
    private static String marked(String mark, String words) {
        String stripped = words.strip();
        if (stripped.isEmpty()) {
            return words;
        }
        int start = words.indexOf(stripped);
        return words.substring(0, start) + mark + stripped + mark + words.substring(start + stripped.length());
    }

    @Override
    public String finish() {
        return md.toString();
    }
}
