package io.plantrail.document;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** A plain, printable HTML page laid out like the original document. */
final class HtmlWriter implements DocumentWriter {

    private final StringBuilder html = new StringBuilder();

    @Override
    public void title(String text, String subtitle) {
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(text))
                .append("</title><style>body{font-family:Arial,sans-serif;max-width:70em;margin:2em auto}"
                        + "table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #999;"
                        + "padding:.3em;vertical-align:top;text-align:left}.gap{background:#fff3b0}</style></head><body>")
                .append("<h1>").append(esc(text)).append("</h1><p><strong>").append(esc(subtitle)).append("</strong></p>");
    }

    @Override
    public void heading(int level, String text) {
        html.append("<h").append(level + 1).append('>').append(esc(text)).append("</h").append(level + 1).append('>');
    }

    @Override
    public void paragraph(String text) {
        html.append("<p>").append(esc(text).replace("\n", "<br>")).append("</p>");
    }

    @Override
    public void gap(String field, String kind, String wording) {
        html.append("<p class=\"gap\">[").append(esc(kind)).append(" in ").append(esc(field)).append(": ")
                .append(esc(wording == null ? "blank" : wording)).append("]</p>");
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        html.append("<table><tr>");
        header.forEach(cell -> html.append("<th>").append(esc(cell)).append("</th>"));
        html.append("</tr>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(esc(cell).replace("\n", "<br>")).append("</td>"));
            html.append("</tr>");
        }
        html.append("</table>");
    }

    @Override
    public String finish() {
        return html.append("</body></html>").toString();
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
