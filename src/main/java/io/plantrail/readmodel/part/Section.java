package io.plantrail.readmodel.part;

import io.plantrail.change.Gap;
import io.plantrail.plan.SectionDetails;
import io.plantrail.readmodel.LoggedChange;
import java.util.List;

/** A narrative section of the plan document as at a plan version, with where the source prints other parts among its paragraphs. */
public record Section(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                      String heading, List<String> paragraphs, List<Gap> gaps, String notes,
                      List<SectionDetails.Block> blocks) implements PlanPart {

    @Override
    public String label() {
        return PlanPart.firstOf(heading);
    }
}
