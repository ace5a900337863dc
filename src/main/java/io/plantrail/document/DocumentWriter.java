package io.plantrail.document;

import java.util.List;

/** The few shapes a plan document is made of, written as HTML or as Markdown. */
interface DocumentWriter {

    void title(String text, String subtitle);

    void heading(int level, String text);

    void paragraph(String text);

    /** A flagged gap, shown where the source left it, in the source's words. */
    void gap(String field, String kind, String wording);

    void table(List<String> header, List<List<String>> rows);

    String finish();
}
