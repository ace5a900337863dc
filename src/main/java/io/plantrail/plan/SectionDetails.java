package io.plantrail.plan;

import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.util.List;

/**
 * A narrative section of the plan document (foreword, about Harrow, audit letter …). {@code blocks}
 * say where the source prints, among the section's paragraphs, a part that is not prose (the LPSA
 * list, a budget table, the theme chapters), so the document can stand each where it stands.
 */
public record SectionDetails(String heading, List<String> paragraphs, List<Gap> gaps, String notes, List<Block> blocks) {
    public SectionDetails {
        paragraphs = Rules.frozen(paragraphs);
        gaps = Rules.frozen(gaps);
        blocks = Rules.frozen(blocks);
    }

    public SectionDetails(String heading, List<String> paragraphs, List<Gap> gaps, String notes) {
        this(heading, paragraphs, gaps, notes, null);
    }

    /**
     * A part of the plan printed after paragraph {@code afterParagraph} (from 0; -1 before the first):
     * {@code LPSA}, {@code CPA}, {@code IMPROVEMENT_PLAN}, {@code THEMES}, {@code BUDGET_TABLE:<key>} or
     * {@code BUDGET_CHECKS:<key>} (only the checks of a table whose figures the prose itself prints).
     */
    public record Block(int afterParagraph, String part) {
    }
}
