package io.plantrail.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.plantrail.access.AdminsOnly;
import io.plantrail.access.OfficersOnly;
import io.plantrail.graphql.Changes.Applied;
import io.plantrail.graphql.input.PriorityInput;
import io.plantrail.graphql.input.SectionInput;
import io.plantrail.graphql.input.ThemeInput;
import io.plantrail.plan.PlanLifecycleCommands.IssueDraft;
import io.plantrail.plan.PlanLifecycleCommands.StartPlan;
import io.plantrail.plan.PriorityCommands.AddPriority;
import io.plantrail.plan.PriorityCommands.RemovePriority;
import io.plantrail.plan.PriorityCommands.RevisePriority;
import io.plantrail.plan.SectionCommands.AddSection;
import io.plantrail.plan.SectionCommands.RemoveSection;
import io.plantrail.plan.SectionCommands.ReviseSection;
import io.plantrail.plan.ThemeCommands.AddTheme;
import io.plantrail.plan.ThemeCommands.RemoveTheme;
import io.plantrail.plan.ThemeCommands.ReviseTheme;
import java.time.LocalDate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Changes to the plan itself, its drafts, sections, themes and priorities. */
@Controller
@OfficersOnly
class OutlineMutations {

    private final Changes changes;

    OutlineMutations(Changes changes) {
        this.changes = changes;
    }

    @MutationMapping
    @AdminsOnly
    Applied startPlan(@Argument String id, @Argument String title, @Argument String council, @Arguments ChangeIntent intent) {
        return changes.apply(new StartPlan(id, title, council), intent);
    }

    @MutationMapping
    @AdminsOnly
    Applied issueDraft(@Argument String planId, @Argument String label, @Argument LocalDate documentDate,
                       @Arguments ChangeIntent intent) {
        return changes.apply(new IssueDraft(planId, label, documentDate), intent);
    }

    @MutationMapping
    Applied addSection(@Argument String planId, @Argument String key, @Argument SectionInput input,
                       @Arguments ChangeIntent intent) {
        return changes.apply(new AddSection(planId, key, input.toDetails()), intent);
    }

    @MutationMapping
    Applied reviseSection(@Argument String planId, @Argument String sectionId, @Argument SectionInput input,
                          @Arguments ChangeIntent intent,
                          DataFetchingEnvironment environment) {
        return changes.apply(new ReviseSection(planId, sectionId, input.toDetails(),
                ClearedFields.of(environment), intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied removeSection(@Argument String planId, @Argument String sectionId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveSection(planId, sectionId, intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied addTheme(@Argument String planId, @Argument String key, @Argument ThemeInput input,
                     @Arguments ChangeIntent intent) {
        return changes.apply(new AddTheme(planId, key, input.toDetails()), intent);
    }

    @MutationMapping
    Applied reviseTheme(@Argument String planId, @Argument String themeId, @Argument ThemeInput input,
                        @Arguments ChangeIntent intent,
                        DataFetchingEnvironment environment) {
        return changes.apply(new ReviseTheme(planId, themeId, input.toDetails(),
                ClearedFields.of(environment), intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied removeTheme(@Argument String planId, @Argument String themeId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveTheme(planId, themeId, intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied addPriority(@Argument String planId, @Argument String themeId, @Argument PriorityInput input,
                        @Arguments ChangeIntent intent) {
        return changes.apply(new AddPriority(planId, themeId, input.toDetails()), intent);
    }

    @MutationMapping
    Applied revisePriority(@Argument String planId, @Argument String priorityId, @Argument PriorityInput input,
                           @Arguments ChangeIntent intent,
                           DataFetchingEnvironment environment) {
        return changes.apply(new RevisePriority(planId, priorityId, input.toDetails(),
                ClearedFields.of(environment), intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied removePriority(@Argument String planId, @Argument String priorityId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemovePriority(planId, priorityId, intent.expectedVersion()), intent);
    }
}
