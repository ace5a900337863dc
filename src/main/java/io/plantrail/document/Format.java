package io.plantrail.document;

/** How a document is written: a printable page, or Markdown to keep and diff. */
public enum Format {
    HTML, MARKDOWN;

    DocumentWriter newWriter() {
        return this == HTML ? new HtmlWriter() : new MarkdownWriter();
    }
}
