package io.plantrail.document;

import java.util.List;

/** The plan document as Markdown, for diffing and reading side by side with the source. */
final class MarkdownWriter implements DocumentWriter {

    private final StringBuilder md = new StringBuilder();

    @Override
    public void title(String text, String subtitle) {
        md.append("# ").append(text).append("\n\n**").append(subtitle).append("**\n\n");
    }

    @Override
    public void heading(int level, String text) {
        md.append("#".repeat(level + 1)).append(' ').append(text).append("\n\n");
    }

    @Override
    public void paragraph(String text) {
        md.append(text).append("\n\n");
    }

    @Override
    public void gap(String field, String kind, String wording) {
        md.append("> **[").append(kind).append(" in ").append(field).append(": ")
                .append(wording == null ? "blank" : wording).append("]**\n\n");
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        md.append(row(header)).append('|').append(" --- |".repeat(header.size())).append('\n');
        rows.forEach(r -> md.append(row(r)));
        md.append('\n');
    }

    private static String row(List<String> cells) {
        StringBuilder line = new StringBuilder("|");
        cells.forEach(cell -> line.append(' ').append(cell == null ? "" : cell.replace("|", "\\|").replace("\n", "<br>"))
                .append(" |"));
        return line.append('\n').toString();
    }

    @Override
    public String finish() {
        return md.toString();
    }
}
