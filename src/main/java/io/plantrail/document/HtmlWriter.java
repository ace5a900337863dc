package io.plantrail.document;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** A plain, printable HTML page laid out like the original document. */
final class HtmlWriter implements DocumentWriter {

    private static final String STYLE = "body{font-family:Arial,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#1b1b1b}"
            + "table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #999;padding:.3em;"
            + "vertical-align:top;text-align:left}.gap{background:#fff2a8;border-left:4px solid #b58800;padding:.2em .6em}"
            + ".note{color:#505a5f;font-size:.9em}ins{background:#d8f0d8;text-decoration:underline}"
            + "del{background:#fbdada;text-decoration:line-through}.tracked{margin:.3em 0 .3em 1em}"
            + "@media print{body{margin:0;max-width:none;font-size:11pt}tr,.gap,.tracked{break-inside:avoid}"
            + "h1,h2,h3,h4{break-after:avoid}}";

    private final StringBuilder html = new StringBuilder();

    @Override
    public void title(String text, String subtitle) {
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(text))
                .append("</title><style>").append(STYLE).append("</style></head><body>")
                .append("<h1>").append(esc(text)).append("</h1><p><strong>").append(esc(subtitle)).append("</strong></p>");
    }

    @Override
    public void heading(int level, String text) {
        html.append("<h").append(level + 1).append('>').append(esc(text)).append("</h").append(level + 1).append('>');
    }

    @Override
    public void heading(int level, String text, String id) {
        html.append("<h").append(level + 1).append(" title=\"").append(esc(id)).append("\">").append(esc(text))
                .append("</h").append(level + 1).append('>');
    }

    @Override
    public void paragraph(String text) {
        html.append("<p>").append(lines(text)).append("</p>");
    }

    @Override
    public void note(String text) {
        html.append("<p class=\"note\">").append(lines(text)).append("</p>");
    }

    @Override
    public void gap(String where, String whatIsMissing, String sourceWords) {
        html.append("<p class=\"gap\"><strong>Not yet in the plan:</strong> ").append(esc(where)).append(": ")
                .append(esc(whatIsMissing));
        if (sourceWords != null) {
            html.append(" (the source says “").append(esc(sourceWords)).append("”)");
        }
        html.append("</p>");
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        html.append("<table><thead><tr>");
        header.forEach(cell -> html.append("<th scope=\"col\">").append(esc(cell)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(lines(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    @Override
    public void tracked(String field, List<Tracked> text, String difference) {
        html.append("<p class=\"tracked\"><strong>").append(esc(field)).append(":</strong> ");
        Tracked.Mark previous = Tracked.Mark.KEPT;
        for (Tracked part : text) {
            if (previous != Tracked.Mark.KEPT && part.mark() != Tracked.Mark.KEPT) {
                html.append(' ');
            }
            previous = part.mark();
            switch (part.mark()) {
                case KEPT -> html.append(lines(part.text()));
                case DELETED -> html.append("<del>").append(lines(part.text())).append("</del>");
                case INSERTED -> html.append("<ins>").append(lines(part.text())).append("</ins>");
            }
        }
        if (difference != null) {
            html.append(" <strong>(").append(esc(difference)).append(")</strong>");
        }
        html.append("</p>");
    }

    @Override
    public String finish() {
        return html.append("</body></html>").toString();
    }

    private static String lines(String text) {
        return esc(text).replace("\n", "<br>");
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
