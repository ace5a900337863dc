package io.plantrail.plan;

import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.util.List;

/** Gaps that a figure closes: a target's own, once its figure is there, and its outcome's about its targets. */
final class TargetGaps {

    private static final String TARGETS = "targets";

    private TargetGaps() {
    }

    static TargetDetails closeFilled(TargetDetails target) {
        if (target == null || target.gaps() == null) {
            return target;
        }
        List<Gap> open = target.gaps().stream()
                .filter(gap -> !("target".equals(gap.field()) && target.target() != null))
                .filter(gap -> !("baseline".equals(gap.field()) && target.baseline() != null))
                .toList();
        return new TargetDetails(target.description(), target.indicator(), target.baseline(), target.baselinePrinted(),
                target.target(), target.targetPrinted(), target.unit(), target.byWhen(), target.source(), open);
    }

    static boolean aboutTargets(List<Gap> gaps) {
        return Rules.orEmpty(gaps).stream().anyMatch(gap -> TARGETS.equals(gap.field()));
    }

    static OutcomeDetails withoutGapsAboutTargets(OutcomeDetails outcome) {
        List<Gap> open = outcome.gaps().stream().filter(gap -> !TARGETS.equals(gap.field())).toList();
        return new OutcomeDetails(outcome.title(), outcome.leadDirectorate(), outcome.achievements(), outcome.actions(),
                outcome.plans(), outcome.indicators(), outcome.contacts(), open, outcome.notes());
    }
}
