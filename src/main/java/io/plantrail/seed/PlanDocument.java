package io.plantrail.seed;

import io.plantrail.budget.BudgetCheck;
import io.plantrail.budget.BudgetColumn;
import io.plantrail.improvement.ProgressEntryDetails;
import io.plantrail.improvement.TaskStatus;
import io.plantrail.change.Contact;
import io.plantrail.plan.CpaDetails;
import io.plantrail.change.Gap;
import io.plantrail.plan.LpsaTargetDetails;
import io.plantrail.plan.TargetDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A plan document (format {@value #FORMAT}): one plan, as the README describes it. */
public record PlanDocument(String format, Plan plan, Draft draft, List<Section> sections, List<Theme> themes,
                           List<LpsaTargetDetails> lpsaTargets, CpaDetails cpa, List<BudgetTable> budgetTables,
                           List<PriorityArea> improvementPlan) {

    public static final String FORMAT = "plantrail-plan-document/1";

    public record Plan(String id, String title, String council) {
    }

    public record Draft(Integer number, String label, LocalDate documentDate) {
    }

    public record Section(String key, String heading, List<String> paragraphs, List<Gap> gaps, String notes,
                          List<io.plantrail.plan.SectionDetails.Block> blocks) {
    }

    public record Theme(String key, String name, String heading, String statement, List<Priority> priorities,
                        List<Gap> gaps) {
    }

    public record Priority(String letter, String title, List<Outcome> outcomes, List<Gap> gaps, String notes) {
    }

    /**
     * An outcome row. A row the source prints that turns out not to be an outcome carries
     * {@code withdrawn}, the curator's reason: it is added and removed again, so it keeps its
     * number and every later outcome keeps its id.
     */
    public record Outcome(String title, String leadDirectorate, String achievements, List<String> actions,
                          List<String> plans, List<String> indicators, List<Contact> contacts,
                          List<TargetDetails> targets, List<Gap> gaps, String notes, String withdrawn) {
    }

    public record BudgetTable(String key, String title, String caption, List<BudgetColumn> columns,
                              List<BudgetLine> lines, List<Gap> gaps, String notes, List<BudgetCheck> checks) {
    }

    /** Amounts by column key, each exactly as printed; null for a blank cell. */
    public record BudgetLine(String label, Map<String, String> amounts, List<Gap> gaps, String notes) {
    }

    public record PriorityArea(String name, String chiefOfficer, String portfolioHolder, List<Task> tasks,
                               List<Gap> gaps, String notes) {
    }

    public record Task(String task, String summary, String officerResponsible, TaskStatus status,
                       List<ProgressEntryDetails> progress, String actionsFor2004, List<Gap> gaps, String notes,
                       List<Contact> officers, String chiefOfficer, String portfolioHolder) {
    }
}
