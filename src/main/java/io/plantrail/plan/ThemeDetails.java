package io.plantrail.plan;

import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.util.List;

/** A theme of the plan: its name and its "We will … by focussing on …" statement. */
public record ThemeDetails(String name, String heading, String statement, List<Gap> gaps) {
    public ThemeDetails {
        gaps = Rules.frozen(gaps);
    }
}
