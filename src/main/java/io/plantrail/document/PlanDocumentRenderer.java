package io.plantrail.document;

import io.plantrail.budget.Amount;
import io.plantrail.budget.BudgetColumn;
import io.plantrail.change.Gap;
import io.plantrail.change.GapKind;
import io.plantrail.plan.SectionDetails.Block;
import io.plantrail.privacy.PersonalData;
import io.plantrail.privacy.RevealedContact;
import io.plantrail.budget.BudgetCheckResult;
import io.plantrail.readmodel.BudgetChecks;
import io.plantrail.readmodel.part.BudgetLine;
import io.plantrail.readmodel.part.BudgetTable;
import io.plantrail.readmodel.part.CpaAssessment;
import io.plantrail.readmodel.part.LpsaTarget;
import io.plantrail.readmodel.part.Outcome;
import io.plantrail.readmodel.part.PlanPart;
import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.readmodel.part.Priority;
import io.plantrail.readmodel.part.PriorityArea;
import io.plantrail.readmodel.part.ProgressEntry;
import io.plantrail.readmodel.part.Section;
import io.plantrail.readmodel.part.Target;
import io.plantrail.readmodel.part.Task;
import io.plantrail.readmodel.part.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Lays the plan out as at a version like the original document, in its order: sections with the
 * parts the source prints among their paragraphs (the LPSA list, the CPA's scores, the improvement
 * plan's summary, budget tables, the theme chapters with their priority headings and outcome
 * tables), then the improvement-plan tracker. Gaps appear where the source left them, in its words.
 */
@Component
public class PlanDocumentRenderer {

    private static final List<String> OUTCOME_HEADER = List.of("Outcome", "Lead Directorate",
            "Background/what we did in 2003/04", "Action planned and targets for 2004/05 and later",
            "Relevant plans, strategies and PIs / Contact for further information");

    private final PlanParts parts;
    private final PersonalData personalData;
    private final BudgetChecks checks;
    private final Proof proof;

    PlanDocumentRenderer(PlanParts parts, PersonalData personalData, BudgetChecks checks, Proof proof) {
        this.parts = parts;
        this.proof = proof;
        this.personalData = personalData;
        this.checks = checks;
    }

    public String render(String planId, String title, String asAtLabel, long version, Format format) {
        DocumentWriter out = format.newWriter();
        Tree tree = new Tree(parts.everything(planId, version));
        Layout layout = new Layout(out, tree, checks.at(planId, version));
        out.title(title, asAtLabel + " (plan version " + version + ")");
        out.note("Where the source left something to be completed, this document says so where it stands; "
                + "the rest is as the source prints it.");
        tree.ofType(Section.class).forEach(layout::section);
        layout.rest();
        tracker(out, tree);
        proof.write(out, planId, version);
        return out.finish();
    }

    /**
     * The parts of the plan in the source's order: each section's paragraphs with the parts its
     * blocks place among them (the LPSA list, the CPA's scores, a budget table, the theme chapters),
     * then whatever no section placed, as a chapter of its own.
     */
    private final class Layout {

        private final DocumentWriter out;
        private final Tree tree;
        private final List<BudgetCheckResult> budgetChecks;
        private final java.util.Set<String> placed = new java.util.HashSet<>();

        Layout(DocumentWriter out, Tree tree, List<BudgetCheckResult> budgetChecks) {
            this.out = out;
            this.tree = tree;
            this.budgetChecks = budgetChecks;
            tree.ofType(Section.class).forEach(section -> section.blocks().forEach(block -> placed.add(block.part())));
        }

        void section(Section section) {
            out.heading(1, section.heading() == null ? "(the source has no heading here)" : section.heading(), section.id());
            List<String> paragraphs = section.paragraphs();
            List<Block> blocks = section.blocks();
            int last = paragraphs.size() - 1;
            partsAfter(blocks, -1, last);
            for (int i = 0; i < paragraphs.size(); i++) {
                out.paragraph(paragraphs.get(i));
                if (i < last) {
                    partsAfter(blocks, i, last);
                }
            }
            gaps(out, section, "This section");
            blocks.stream().filter(block -> block.afterParagraph() >= last && last >= 0)
                    .forEach(block -> part(block.part(), true));
        }

        private void partsAfter(List<Block> blocks, int paragraph, int last) {
            blocks.stream().filter(block -> block.afterParagraph() == paragraph && (paragraph < last || last < 0))
                    .forEach(block -> part(block.part(), true));
        }

        /** What no section placed, each as a chapter of its own, as a plan without blocks is laid out. */
        void rest() {
            for (String part : List.of("THEMES", "LPSA", "CPA")) {
                if (!placed.contains(part)) {
                    part(part, false);
                }
            }
            tree.ofType(BudgetTable.class).stream().filter(table -> !placed.contains("BUDGET_TABLE:" + table.id())
                    && !placed.contains("BUDGET_CHECKS:" + table.id())).forEach(table -> part("BUDGET_TABLE:" + table.id(), false));
            if (!placed.contains("IMPROVEMENT_PLAN")) {
                part("IMPROVEMENT_PLAN", false);
            }
        }

        private void part(String part, boolean inSection) {
            int level = inSection ? 2 : 1;
            if (part.equals("THEMES")) {
                tree.ofType(Theme.class).forEach(theme -> theme(out, tree, theme));
            } else if (part.equals("LPSA")) {
                lpsa(out, tree, inSection);
            } else if (part.equals("CPA")) {
                tree.ofType(CpaAssessment.class).forEach(cpa -> cpa(out, cpa, inSection));
            } else if (part.equals("IMPROVEMENT_PLAN")) {
                improvementPlanSummary(out, tree, level);
            } else if (part.startsWith("BUDGET_TABLE:") || part.startsWith("BUDGET_CHECKS:")) {
                String tableId = part.substring(part.indexOf(':') + 1);
                List<BudgetCheckResult> results = budgetChecks.stream().filter(check -> check.tableId().equals(tableId)).toList();
                tree.ofType(BudgetTable.class).stream().filter(table -> table.id().equals(tableId)).forEach(table -> {
                    if (part.startsWith("BUDGET_TABLE:")) {
                        budgetTable(out, tree, table, level);
                        budgetChecks(out, results, "this table's arithmetic");
                    } else {
                        budgetChecks(out, results, "the figures above (" + text(table.title()) + ")");
                    }
                });
            }
        }
    }

    private void theme(DocumentWriter out, Tree tree, Theme theme) {
        out.heading(1, text(theme.heading()), theme.id());
        out.paragraph(text(theme.statement()));
        for (Priority priority : tree.children(theme, Priority.class)) {
            out.heading(2, PriorityHeading.of(priority.letter(), priority.title()), priority.id());
            gaps(out, priority, "This priority");
            List<Outcome> outcomes = tree.children(priority, Outcome.class);
            if (!outcomes.isEmpty()) {
                out.table(OUTCOME_HEADER, outcomes.stream().map(outcome -> outcomeRow(tree, outcome)).toList());
            }
            outcomes.forEach(outcome -> {
                gaps(out, outcome, "Outcome “" + text(outcome.title()) + "”");
                tree.children(outcome, Target.class).forEach(target -> gaps(out, target, "Its target “" + text(target.description()) + "”"));
            });
        }
        gaps(out, theme, "This theme");
    }

    private List<String> outcomeRow(Tree tree, Outcome outcome) {
        List<String> last = new ArrayList<>(outcome.plans());
        last.addAll(outcome.indicators());
        personalData.reveal(outcome.contacts()).stream().map(PlanDocumentRenderer::contact).forEach(last::add);
        List<String> actionsAndTargets = new ArrayList<>(outcome.actions());
        tree.children(outcome, Target.class).stream().map(PlanDocumentRenderer::target).forEach(actionsAndTargets::add);
        return List.of(text(outcome.title()), text(outcome.leadDirectorate()), text(outcome.achievements()),
                String.join("\n", actionsAndTargets), String.join("\n", last));
    }

    /** A target as a reader finds it in the source: what, from what baseline, to what, by when. */
    private static String target(Target target) {
        StringBuilder line = new StringBuilder("Target: ").append(text(target.description()));
        String baseline = TargetFigure.shown(target.baseline(), target.baselinePrinted(), target.unit());
        if (baseline != null) {
            line.append("; baseline ").append(baseline);
        }
        String figure = TargetFigure.shown(target.target(), target.targetPrinted(), target.unit());
        line.append("; target ").append(figure == null ? "(none given)" : figure);
        if (target.byWhen() != null) {
            line.append(" by ").append(target.byWhen());
        }
        return line.toString();
    }

    private static void lpsa(DocumentWriter out, Tree tree, boolean inSection) {
        List<LpsaTarget> targets = tree.ofType(LpsaTarget.class);
        if (targets.isEmpty()) {
            return;
        }
        if (!inSection) {
            out.heading(1, "Local Public Services Agreement");
        }
        out.table(List.of("No.", "Area", "Local target"), targets.stream()
                .map(t -> List.of(String.valueOf(t.number()), text(t.title()), Boolean.TRUE.equals(t.local()) ? "*" : ""))
                .toList());
    }

    /** In its section the findings are the section's own paragraphs, so only the rating and scores are added. */
    private static void cpa(DocumentWriter out, CpaAssessment cpa, boolean inSection) {
        if (!inSection) {
            out.heading(1, "Comprehensive Performance Assessment");
        }
        out.paragraph("Overall performance: " + text(cpa.overallRating()) + " (previously "
                + text(cpa.previousRating()) + "), " + text(cpa.assessedAt()));
        if (!inSection) {
            cpa.findings().forEach(out::paragraph);
            gaps(out, cpa, "The assessment");
            return;
        }
        // the findings are the section's own paragraphs, and their gaps the section's
        gaps(out, cpa, "The assessment", gap -> !"findings".equals(gap.field()));
    }

    private static void budgetTable(DocumentWriter out, Tree tree, BudgetTable table, int level) {
        out.heading(level, table.title() == null ? "(the source gives this table no title)" : table.title(), table.id());
        if (table.caption() != null) {
            out.note(table.caption());
        }
        List<BudgetColumn> columns = table.columns();
        List<String> header = new ArrayList<>(List.of(""));
        columns.forEach(c -> header.add(text(c.label()) + " " + text(c.unit())));
        List<List<String>> rows = new ArrayList<>();
        for (BudgetLine line : tree.children(table, BudgetLine.class)) {
            Map<String, String> printed = line.amounts().stream()
                    .collect(Collectors.toMap(Amount::column, a -> text(a.printed())));
            List<String> row = new ArrayList<>(List.of(text(line.label())));
            columns.forEach(c -> row.add(printed.getOrDefault(c.key(), "")));
            rows.add(row);
        }
        out.table(header, rows);
        gaps(out, table, "This table");
        tree.children(table, BudgetLine.class).forEach(line -> gaps(out, line, "Line “" + text(line.label()) + "”"));
    }

    /** Only what does not simply agree: a reader checks the arithmetic that needs a look. */
    private static void budgetChecks(DocumentWriter out, List<BudgetCheckResult> results, String ofWhat) {
        List<BudgetCheckResult> worthAWord = results.stream().filter(check -> !"AGREES".equals(check.status())).toList();
        if (results.isEmpty()) {
            return;
        }
        out.paragraph("Checks of " + ofWhat + ": " + (results.size() - worthAWord.size()) + " of " + results.size()
                + " agree" + (worthAWord.isEmpty() ? "." : "; these do not, or cannot be checked:"));
        worthAWord.forEach(check -> out.paragraph((switch (check.status()) {
                    case "DIFFERS" -> "Does not add up: ";
                    case "DIFFERS_WITHIN_ROUNDING" -> "Differs in the last digit (rounding could explain it): ";
                    default -> "Cannot be checked: ";
                })
                + check.description() + ". " + check.where() + ": " + check.explanation()));
    }

    /** The fields of Draft 1's own improvement-plan summary table, whose gaps it prints once for all its tasks. */
    private static final List<String> SUMMARY_FIELDS = List.of("progress2003", "progressAgainstTargetDates", "actionsFor2004", "status");

    /**
     * The improvement plan as Draft 1 prints it: its summary table, each task in the summary's words,
     * and what the table leaves to be updated said once, not once a task.
     */
    private static void improvementPlanSummary(DocumentWriter out, Tree tree, int level) {
        List<PriorityArea> areas = tree.ofType(PriorityArea.class);
        if (areas.isEmpty()) {
            return;
        }
        if (level == 1) {
            out.heading(1, "Improvement plan");
        }
        List<List<String>> rows = new ArrayList<>();
        Map<List<String>, java.util.Set<String>> sharedGaps = new java.util.LinkedHashMap<>();
        int tasks = 0;
        for (PriorityArea area : areas) {
            for (Task task : tree.children(area, Task.class)) {
                if (task.summary() == null) {
                    continue;
                }
                tasks++;
                boolean progressBlank = task.gaps().stream().anyMatch(g -> "progress2003".equals(g.field()));
                String progress = progressBlank ? "" : tree.children(task, ProgressEntry.class).stream()
                        .map(p -> text(p.text())).collect(Collectors.joining("\n"));
                rows.add(List.of(text(area.name()), text(task.summary()), progress, text(task.status()),
                        text(task.actionsFor2004())));
                task.gaps().stream().filter(g -> SUMMARY_FIELDS.contains(g.field())).forEach(g -> sharedGaps
                        .computeIfAbsent(java.util.Arrays.asList(kind(g), g.wording()), k -> new java.util.LinkedHashSet<>())
                        .add(FieldLabels.of(g.field()).toLowerCase()));
            }
        }
        out.table(List.of("Priority Area", "Task", "Progress in 2003/04", "Progress Against Target Dates",
                "Actions for 2004/05 and later"), rows);
        int summarised = tasks;
        sharedGaps.forEach((kindAndWording, fields) -> out.gap("The summary's tasks (" + summarised + "; " + String.join(", ", fields) + ")",
                GapKind.inPlainWords(kindAndWording.get(0)), kindAndWording.get(1)));
    }

    /**
     * The improvement-plan tracker, a document of its own that the plan also holds: each task in
     * the tracker's words, its officers and its dated progress.
     */
    private void tracker(DocumentWriter out, Tree tree) {
        List<PriorityArea> areas = tree.ofType(PriorityArea.class);
        List<List<String>> rows = new ArrayList<>();
        for (PriorityArea area : areas) {
            for (Task task : tree.children(area, Task.class)) {
                String progress = tree.children(task, ProgressEntry.class).stream()
                        .map(p -> (p.date() == null ? "" : p.date() + ": ") + p.text())
                        .collect(Collectors.joining("\n"));
                rows.add(List.of(text(area.name()), text(task.task()), officers(task) + ownRoles(task), progress));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        out.heading(1, "Improvement-plan tracker");
        out.note("Progress to date from the council's improvement-plan tracker, a document of its own: each task in the "
                + "tracker's words, its officers and its dated progress. The plan's own summary is in its section above.");
        out.table(List.of("Priority Area", "Task", "Officer Responsible", "Progress"), rows);
        // an area's chief officer and portfolio holder are the tracker's columns, not the summary's
        areas.forEach(area -> gaps(out, area, "Priority area “" + text(area.name()) + "”"));
        for (PriorityArea area : areas) {
            tree.children(area, Task.class).forEach(task -> gaps(out, task, "Task “" + text(task.task()) + "”",
                    gap -> !SUMMARY_FIELDS.contains(gap.field())));
        }
    }

    /** The chief officer and portfolio holder a task's row prints where they are not its area's. */
    private static String ownRoles(Task task) {
        List<String> roles = new ArrayList<>();
        if (task.chiefOfficer() != null) {
            roles.add("chief officer " + task.chiefOfficer());
        }
        if (task.portfolioHolder() != null) {
            roles.add("portfolio holder " + task.portfolioHolder());
        }
        return roles.isEmpty() ? "" : " (" + String.join(", ", roles) + ")";
    }

    private static void gaps(DocumentWriter out, PlanPart part, String where) {
        gaps(out, part, where, gap -> true);
    }

    private static void gaps(DocumentWriter out, PlanPart part, String where, Predicate<Gap> which) {
        part.gaps().stream().filter(which)
                .forEach(g -> out.gap(where + " (" + FieldLabels.of(g.field()).toLowerCase() + ")",
                        GapKind.inPlainWords(kind(g)), g.wording()));
    }

    private static String kind(Gap gap) {
        return gap.kind() == null ? null : gap.kind().name();
    }

    private String officers(Task task) {
        String named = personalData.reveal(task.officers()).stream().map(PlanDocumentRenderer::contact)
                .collect(Collectors.joining(", "));
        return named.isEmpty() ? text(task.officerResponsible()) : named;
    }

    /**
     * A contact as the document prints it: a label before the name ("Development Agreement: David
     * Ball"), a role after it ("Brenda Rayson (Principal Adviser)"), the phone; a team as named; or
     * that it was erased on request.
     */
    static String contact(RevealedContact contact) {
        if (contact.erased()) {
            return "(contact erased on request)";
        }
        if (contact.team() != null) {
            return contact.team();
        }
        String role = contact.role();
        boolean label = role != null && role.endsWith(":");
        String person = contact.name() == null ? "" : contact.name() + (role != null && !label ? " (" + role + ")" : "");
        return String.join(" ", java.util.stream.Stream.of(label ? role : null, person, contact.phone())
                .filter(part -> part != null && !part.isEmpty()).toList());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The plan's parts as at a version, by type and by parent. */
    private record Tree(List<PlanPart> parts) {

        <P extends PlanPart> List<P> ofType(Class<P> type) {
            return parts.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <P extends PlanPart> List<P> children(PlanPart parent, Class<P> type) {
            return ofType(type).stream().filter(part -> parent.id().equals(part.parentId())).toList();
        }
    }
}
