package io.plantrail.plan;

import static io.plantrail.change.PlanChange.applied;
import static io.plantrail.change.PlanChange.revised;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.PlanIds;
import io.plantrail.change.Register;
import io.plantrail.change.Rules;
import io.plantrail.plan.PriorityCommands.AddPriority;
import io.plantrail.plan.PriorityCommands.RemovePriority;
import io.plantrail.plan.PriorityCommands.RevisePriority;
import io.plantrail.plan.ThemeCommands.AddTheme;
import io.plantrail.plan.ThemeCommands.RemoveTheme;
import io.plantrail.plan.ThemeCommands.ReviseTheme;
import io.plantrail.plan.events.OutcomeAdded;
import io.plantrail.plan.events.OutcomeRemoved;
import io.plantrail.plan.events.PriorityAdded;
import io.plantrail.plan.events.PriorityRemoved;
import io.plantrail.plan.events.PriorityRevised;
import io.plantrail.plan.events.ThemeAdded;
import io.plantrail.plan.events.ThemeRemoved;
import io.plantrail.plan.events.ThemeRevised;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The plan's outline: its themes and their lettered priorities. */
class Outline {

    /** A priority's letter, or OTHER for the theme's "Other areas of activity", printed after the lettered ones with none. */
    private static final Pattern LETTER = Pattern.compile("[A-Z]|OTHER");

    private final Register<ThemeDetails> themes = new Register<>("theme");
    private final Register<PriorityDetails> priorities = new Register<>("priority");
    private final Register<String> outcomes = new Register<>("outcome");

    @CommandHandler
    ChangeResult handle(AddTheme command) {
        String id = PlanIds.requireKey(command.key(), "theme key").toUpperCase();
        themes.requireAbsent(id);
        check(command.details());
        return applied(new ThemeAdded(command.planId(), id, command.details()), id);
    }

    @CommandHandler
    ChangeResult handle(ReviseTheme command) {
        ThemeDetails details = revised(themes.require(command.themeId()), command.details(), command.cleared());
        check(details);
        return applied(new ThemeRevised(command.planId(), command.themeId(), details), command.themeId());
    }

    @CommandHandler
    ChangeResult handle(RemoveTheme command) {
        themes.require(command.themeId());
        themes.requireNoChildrenIn(priorities, command.themeId());
        return applied(new ThemeRemoved(command.planId(), command.themeId()), command.themeId());
    }

    @CommandHandler
    ChangeResult handle(AddPriority command) {
        themes.require(command.themeId());
        String letter = command.details().letter();
        if (letter == null || !LETTER.matcher(letter).matches()) {
            throw ChangeRejected.invalid("A priority letter is one capital letter (A, B, C …), or OTHER for the theme's "
                    + "'Other areas of activity'; '" + letter + "' is not.");
        }
        String id = command.themeId() + "-" + letter;
        priorities.requireAbsent(id);
        check(command.details());
        return applied(new PriorityAdded(command.planId(), id, command.themeId(), command.details()), id);
    }

    @CommandHandler
    ChangeResult handle(RevisePriority command) {
        PriorityDetails current = priorities.require(command.priorityId());
        PriorityDetails details = revised(current, command.details(), command.cleared());
        if (!details.letter().equals(current.letter())) {
            throw ChangeRejected.invalid("A priority keeps its letter; add a new priority to use another letter.");
        }
        check(details);
        return applied(new PriorityRevised(command.planId(), command.priorityId(), details), command.priorityId());
    }

    @CommandHandler
    ChangeResult handle(RemovePriority command) {
        priorities.require(command.priorityId());
        priorities.requireNoChildrenIn(outcomes, command.priorityId());
        return applied(new PriorityRemoved(command.planId(), command.priorityId()), command.priorityId());
    }

    private static void check(ThemeDetails details) {
        Rules.requireText(details.name(), "name", "The theme name", details.gaps());
        Rules.limitLength(details.statement(), "The theme statement", Rules.MAX_TEXT_LENGTH);
    }

    private static void check(PriorityDetails details) {
        Rules.requireText(details.title(), "title", "The priority title", details.gaps());
    }

    @EventSourcingHandler
    void on(ThemeAdded event) {
        themes.put(event.themeId(), event.planId(), event.details());
    }

    @EventSourcingHandler
    void on(ThemeRevised event) {
        themes.revise(event.themeId(), event.details());
    }

    @EventSourcingHandler
    void on(ThemeRemoved event) {
        themes.remove(event.themeId());
    }

    @EventSourcingHandler
    void on(PriorityAdded event) {
        priorities.put(event.priorityId(), event.themeId(), event.details());
    }

    @EventSourcingHandler
    void on(PriorityRevised event) {
        priorities.revise(event.priorityId(), event.details());
    }

    @EventSourcingHandler
    void on(PriorityRemoved event) {
        priorities.remove(event.priorityId());
    }

    @EventSourcingHandler
    void on(OutcomeAdded event) {
        outcomes.put(event.outcomeId(), event.priorityId(), event.outcomeId());
    }

    @EventSourcingHandler
    void on(OutcomeRemoved event) {
        outcomes.remove(event.outcomeId());
    }
}
