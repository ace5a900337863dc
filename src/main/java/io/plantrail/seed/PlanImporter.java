package io.plantrail.seed;

import static io.plantrail.change.Rules.orEmpty;

import io.plantrail.change.ChangeGateway;
import io.plantrail.budget.Amount;
import io.plantrail.budget.BudgetCommands.AddBudgetLine;
import io.plantrail.budget.BudgetCommands.AddBudgetTable;
import io.plantrail.budget.BudgetLineDetails;
import io.plantrail.budget.BudgetTableDetails;
import io.plantrail.improvement.ImprovementCommands.AddPriorityArea;
import io.plantrail.improvement.ImprovementCommands.AddTask;
import io.plantrail.improvement.ImprovementCommands.RecordTaskProgress;
import io.plantrail.improvement.PriorityAreaDetails;
import io.plantrail.improvement.TaskDetails;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.plan.CpaCommands.RecordCpaAssessment;
import io.plantrail.plan.LpsaTargetCommands.AddLpsaTarget;
import io.plantrail.plan.OutcomeCommands.AddOutcome;
import io.plantrail.plan.OutcomeCommands.RemoveOutcome;
import io.plantrail.plan.OutcomeDetails;
import io.plantrail.change.PlanCommand;
import io.plantrail.plan.PlanLifecycleCommands.IssueDraft;
import io.plantrail.plan.PlanLifecycleCommands.StartPlan;
import io.plantrail.plan.PriorityCommands.AddPriority;
import io.plantrail.plan.PriorityDetails;
import io.plantrail.plan.SectionCommands.AddSection;
import io.plantrail.plan.SectionDetails;
import io.plantrail.plan.TargetCommands.SetTarget;
import io.plantrail.plan.ThemeCommands.AddTheme;
import io.plantrail.plan.ThemeDetails;
import io.plantrail.privacy.PersonalData;
import io.plantrail.seed.PlanDocument.BudgetTable;
import io.plantrail.seed.PlanDocument.Outcome;
import io.plantrail.seed.PlanDocument.Priority;
import io.plantrail.seed.PlanDocument.PriorityArea;
import io.plantrail.seed.PlanDocument.Task;
import io.plantrail.seed.PlanDocument.Theme;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Feeds a plan document through the plan's commands, so every fact of it is an event. The whole
 * document is one unit of work: if any part is refused, nothing of it is stored.
 */
@Component
public class PlanImporter {

    public static final String ACTOR = "system:import";

    private final ChangeGateway gateway;

    private final PersonalData personalData;

    PlanImporter(ChangeGateway gateway, PersonalData personalData) {
        this.gateway = gateway;
        this.personalData = personalData;
    }

    public record Imported(String planId, long planVersion, Integer draftNumber) {
    }

    public Imported importDocument(PlanDocument document, String source) {
        Run run = new Run("Imported from " + source, MetaData.with("traceId", "import-" + UUID.randomUUID()));
        ResultMessage<Imported> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> run.all(document));
        if (result.isExceptional() && result.exceptionResult() instanceof RuntimeException refused) {
            throw refused;
        }
        if (result.isExceptional()) {
            throw new IllegalStateException("The import failed; nothing was stored", result.exceptionResult());
        }
        return result.getPayload();
    }

    /** One import: every command carries the same reason and trace id. */
    private final class Run {

        private final String reason;
        private final MetaData trace;
        private ChangeResult last;

        Run(String reason, MetaData trace) {
            this.reason = reason;
            this.trace = trace;
        }

        Imported all(PlanDocument document) {
            String planId = document.plan().id();
            send(new StartPlan(planId, document.plan().title(), document.plan().council()));
            orEmpty(document.sections()).forEach(s -> send(new AddSection(planId, s.key(),
                    new SectionDetails(s.heading(), s.paragraphs(), s.gaps(), s.notes(), s.blocks()))));
            orEmpty(document.themes()).forEach(theme -> theme(planId, theme));
            orEmpty(document.lpsaTargets()).forEach(target -> send(new AddLpsaTarget(planId, target)));
            if (document.cpa() != null) {
                send(new RecordCpaAssessment(planId, document.cpa()));
            }
            orEmpty(document.budgetTables()).forEach(table -> budgetTable(planId, table));
            orEmpty(document.improvementPlan()).forEach(area -> priorityArea(planId, area));
            Integer draft = issueDraft(planId, document.draft());
            return new Imported(planId, last.planVersion(), draft);
        }

        private void theme(String planId, Theme theme) {
            String themeId = send(new AddTheme(planId, theme.key(),
                    new ThemeDetails(theme.name(), theme.heading(), theme.statement(), theme.gaps())));
            for (Priority priority : orEmpty(theme.priorities())) {
                String priorityId = send(new AddPriority(planId, themeId,
                        new PriorityDetails(priority.letter(), priority.title(), priority.gaps(), priority.notes())));
                orEmpty(priority.outcomes()).forEach(outcome -> outcome(planId, priorityId, outcome));
            }
        }

        private void outcome(String planId, String priorityId, Outcome o) {
            String outcomeId = send(new AddOutcome(planId, priorityId, personalData.sealContactsOf(new OutcomeDetails(
                    o.title(), o.leadDirectorate(), o.achievements(), o.actions(), o.plans(), o.indicators(), o.contacts(),
                    o.gaps(), o.notes()))));
            orEmpty(o.targets()).forEach(target -> send(new SetTarget(planId, outcomeId, target)));
            if (o.withdrawn() != null) {
                send(new RemoveOutcome(planId, outcomeId), reason + ": " + o.withdrawn());
            }
        }

        private void budgetTable(String planId, BudgetTable table) {
            String tableId = send(new AddBudgetTable(planId, table.key(),
                    new BudgetTableDetails(table.title(), table.caption(), table.columns(), table.gaps(), table.notes(),
                            table.checks())));
            orEmpty(table.lines()).forEach(line -> send(new AddBudgetLine(planId, tableId,
                    new BudgetLineDetails(line.label(), amounts(line.amounts()), line.gaps(), line.notes()))));
        }

        private void priorityArea(String planId, PriorityArea area) {
            String areaId = send(new AddPriorityArea(planId, new PriorityAreaDetails(area.name(), area.chiefOfficer(),
                    area.portfolioHolder(), area.gaps(), area.notes())));
            for (Task task : orEmpty(area.tasks())) {
                String taskId = send(new AddTask(planId, areaId, new TaskDetails(task.task(), task.summary(),
                        task.officerResponsible(), task.status(), task.actionsFor2004(), task.gaps(), task.notes(),
                        personalData.seal(task.officers()), task.chiefOfficer(), task.portfolioHolder())));
                orEmpty(task.progress()).forEach(entry -> send(new RecordTaskProgress(planId, taskId, entry)));
            }
        }

        private Integer issueDraft(String planId, PlanDocument.Draft draft) {
            if (draft == null) {
                return null;
            }
            String issued = send(new IssueDraft(planId, draft.label(), draft.documentDate()));
            if (draft.number() != null && !issued.equals("DRAFT-" + draft.number())) {
                throw ChangeRejected.conflict("The document is Draft " + draft.number() + " but the plan's next draft is "
                        + issued.substring("DRAFT-".length()) + "; nothing was imported.");
            }
            return draft.number();
        }

        private String send(PlanCommand command) {
            return send(command, reason);
        }

        private String send(PlanCommand command, String why) {
            last = gateway.sendAs(ACTOR, command, why, trace);
            return last.entityId();
        }
    }

    /** Blank cells are left out: the document flags them as gaps. */
    private static List<Amount> amounts(Map<String, String> printed) {
        if (printed == null) {
            return List.of();
        }
        return printed.entrySet().stream()
                .filter(cell -> Objects.nonNull(cell.getValue()))
                .map(cell -> new Amount(cell.getKey(), cell.getValue(), null))
                .toList();
    }
}
