package io.plantrail.improvement;

import static io.plantrail.change.PlanChange.applied;
import static io.plantrail.change.PlanChange.revised;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.Contact;
import io.plantrail.change.Register;
import io.plantrail.change.Rules;
import io.plantrail.improvement.ImprovementCommands.AddPriorityArea;
import io.plantrail.improvement.ImprovementCommands.AddTask;
import io.plantrail.improvement.ImprovementCommands.RecordTaskProgress;
import io.plantrail.improvement.ImprovementCommands.RemovePriorityArea;
import io.plantrail.improvement.ImprovementCommands.RemoveTask;
import io.plantrail.improvement.ImprovementCommands.RemoveTaskProgress;
import io.plantrail.improvement.ImprovementCommands.RevisePriorityArea;
import io.plantrail.improvement.ImprovementCommands.ReviseTask;
import io.plantrail.improvement.ImprovementCommands.ReviseTaskProgress;
import io.plantrail.improvement.events.PriorityAreaAdded;
import io.plantrail.improvement.events.PriorityAreaRemoved;
import io.plantrail.improvement.events.PriorityAreaRevised;
import io.plantrail.improvement.events.TaskAdded;
import io.plantrail.improvement.events.TaskProgressRecorded;
import io.plantrail.improvement.events.TaskProgressRemoved;
import io.plantrail.improvement.events.TaskProgressRevised;
import io.plantrail.improvement.events.TaskRemoved;
import io.plantrail.improvement.events.TaskRevised;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The council's improvement plan: priority areas, their tasks, and progress on each task. */
public class ImprovementPlan {

    private static final String ROOT = "IP";

    private final Register<PriorityAreaDetails> areas = new Register<>("improvement priority area");
    private final Register<TaskDetails> tasks = new Register<>("improvement task");
    private final Register<ProgressEntryDetails> progress = new Register<>("progress entry");

    @CommandHandler
    ChangeResult handle(AddPriorityArea command) {
        check(command.details());
        String id = areas.nextChildId(ROOT, "-");
        return applied(new PriorityAreaAdded(command.planId(), id, command.details()), id);
    }

    @CommandHandler
    ChangeResult handle(RevisePriorityArea command) {
        PriorityAreaDetails details = revised(areas.require(command.areaId()), command.details(), command.cleared());
        check(details);
        return applied(new PriorityAreaRevised(command.planId(), command.areaId(), details), command.areaId());
    }

    @CommandHandler
    ChangeResult handle(RemovePriorityArea command) {
        areas.require(command.areaId());
        areas.requireNoChildrenIn(tasks, command.areaId());
        return applied(new PriorityAreaRemoved(command.planId(), command.areaId()), command.areaId());
    }

    @CommandHandler
    ChangeResult handle(AddTask command) {
        areas.require(command.areaId());
        check(command.details());
        String id = tasks.nextChildId(command.areaId(), "-");
        return applied(new TaskAdded(command.planId(), id, command.areaId(), command.details()), id);
    }

    @CommandHandler
    ChangeResult handle(ReviseTask command) {
        TaskDetails details = revised(tasks.require(command.taskId()), command.details(), command.cleared());
        check(details);
        return applied(new TaskRevised(command.planId(), command.taskId(), details), command.taskId());
    }

    @CommandHandler
    ChangeResult handle(RemoveTask command) {
        tasks.require(command.taskId());
        tasks.requireNoChildrenIn(progress, command.taskId());
        return applied(new TaskRemoved(command.planId(), command.taskId()), command.taskId());
    }

    @CommandHandler
    ChangeResult handle(RecordTaskProgress command) {
        tasks.require(command.taskId());
        check(command.details());
        String id = progress.nextChildId(command.taskId(), "-P");
        return applied(new TaskProgressRecorded(command.planId(), id, command.taskId(), command.details()), id);
    }

    @CommandHandler
    ChangeResult handle(ReviseTaskProgress command) {
        ProgressEntryDetails details = revised(progress.require(command.entryId()), command.details(), command.cleared());
        check(details);
        return applied(new TaskProgressRevised(command.planId(), command.entryId(), details), command.entryId());
    }

    @CommandHandler
    ChangeResult handle(RemoveTaskProgress command) {
        progress.require(command.entryId());
        return applied(new TaskProgressRemoved(command.planId(), command.entryId()), command.entryId());
    }

    private static void check(PriorityAreaDetails details) {
        Rules.requireText(details.name(), "name", "The priority area name", details.gaps());
    }

    private static void check(TaskDetails details) {
        Rules.requireText(details.task(), "task", "The task wording", details.gaps());
        Rules.limitLength(details.actionsFor2004(), "The actions for 2004/05", Rules.MAX_TEXT_LENGTH);
        Rules.limitSize(details.officers(), "The officers responsible");
        if (!Rules.orEmpty(details.officers()).stream().allMatch(Contact::storable)) {
            throw ChangeRejected.invalid("Officers' names must be sealed before they are stored; nothing was stored.");
        }
    }

    private static void check(ProgressEntryDetails details) {
        Rules.requireText(details.text(), "text", "The progress entry", null);
        Rules.limitLength(details.text(), "The progress entry", Rules.MAX_TEXT_LENGTH);
    }

    @EventSourcingHandler
    void on(PriorityAreaAdded event) {
        areas.put(event.areaId(), ROOT, event.details());
    }

    @EventSourcingHandler
    void on(PriorityAreaRevised event) {
        areas.revise(event.areaId(), event.details());
    }

    @EventSourcingHandler
    void on(PriorityAreaRemoved event) {
        areas.remove(event.areaId());
    }

    @EventSourcingHandler
    void on(TaskAdded event) {
        tasks.put(event.taskId(), event.areaId(), event.details());
    }

    @EventSourcingHandler
    void on(TaskRevised event) {
        tasks.revise(event.taskId(), event.details());
    }

    @EventSourcingHandler
    void on(TaskRemoved event) {
        tasks.remove(event.taskId());
    }

    @EventSourcingHandler
    void on(TaskProgressRecorded event) {
        progress.put(event.entryId(), event.taskId(), event.details());
    }

    @EventSourcingHandler
    void on(TaskProgressRevised event) {
        progress.revise(event.entryId(), event.details());
    }

    @EventSourcingHandler
    void on(TaskProgressRemoved event) {
        progress.remove(event.entryId());
    }
}
