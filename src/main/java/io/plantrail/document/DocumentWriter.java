package io.plantrail.document;

import java.util.List;

/** The few shapes a plan document is made of, written as HTML or as Markdown. */
interface DocumentWriter {

    void title(String text, String subtitle);

    void heading(int level, String text);

    /** A heading whose entity id is at hand on hover, not in the reading text. */
    void heading(int level, String text, String id);

    void paragraph(String text);

    /** Small print under a part: who changed it, a table's provenance. */
    void note(String text);

    /** A flagged gap, shown where the source left it: what is missing where, and the source's own words if any. */
    void gap(String where, String whatIsMissing, String sourceWords);

    void table(List<String> header, List<List<String>> rows);

    /** One field of a comparison: its text with deletions and insertions marked, and a figure's difference. */
    void tracked(String field, List<Tracked> text, String difference);

    String finish();
}
