package io.plantrail.plan;

import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.util.List;

/** A narrative section of the plan document (foreword, about Harrow, audit letter …). */
public record SectionDetails(String heading, List<String> paragraphs, List<Gap> gaps, String notes) {
    public SectionDetails {
        paragraphs = Rules.frozen(paragraphs);
        gaps = Rules.frozen(gaps);
    }
}
