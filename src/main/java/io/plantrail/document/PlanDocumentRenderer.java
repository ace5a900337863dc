package io.plantrail.document;

import io.plantrail.change.GapKind;
import io.plantrail.readmodel.BudgetCheckResult;
import io.plantrail.readmodel.BudgetChecks;
import io.plantrail.readmodel.EntityVersions;
import io.plantrail.readmodel.Node;
import io.plantrail.privacy.PersonalData;
import io.plantrail.privacy.RevealedContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
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

    private final EntityVersions versions;

    private final PersonalData personalData;
    private final BudgetChecks checks;

    PlanDocumentRenderer(EntityVersions versions, PersonalData personalData, BudgetChecks checks) {
        this.versions = versions;
        this.personalData = personalData;
        this.checks = checks;
    }

    public String render(String planId, String title, String asAtLabel, long version, Format format) {
        DocumentWriter out = format.newWriter();
        Tree tree = new Tree(versions.everything(planId, version));
        Layout layout = new Layout(out, tree, checks.at(planId, version));
        out.title(title, asAtLabel + " (plan version " + version + ")");
        out.note("Where the source left something to be completed, this document says so where it stands; "
                + "the rest is as the source prints it.");
        tree.ofKind("SECTION").forEach(layout::section);
        layout.rest();
        tracker(out, tree);
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
            tree.ofKind("SECTION").forEach(section -> blocks(section).forEach(block -> placed.add(block.getString("part"))));
        }

        void section(Node section) {
            out.heading(1, section.get("heading") == null ? "(the source has no heading here)" : text(section.get("heading")),
                    section.id());
            List<String> paragraphs = strings(section.get("paragraphs"));
            List<Document> blocks = blocks(section);
            int last = paragraphs.size() - 1;
            partsAfter(blocks, -1, last);
            for (int i = 0; i < paragraphs.size(); i++) {
                out.paragraph(paragraphs.get(i));
                if (i < last) {
                    partsAfter(blocks, i, last);
                }
            }
            gaps(out, section, "This section");
            blocks.stream().filter(block -> block.getInteger("afterParagraph", last) >= last && last >= 0)
                    .forEach(block -> part(block.getString("part"), true));
        }

        private void partsAfter(List<Document> blocks, int paragraph, int last) {
            blocks.stream().filter(block -> block.getInteger("afterParagraph", last) == paragraph && (paragraph < last || last < 0))
                    .forEach(block -> part(block.getString("part"), true));
        }

        /** What no section placed, each as a chapter of its own, as a plan without blocks is laid out. */
        void rest() {
            for (String part : List.of("THEMES", "LPSA", "CPA")) {
                if (!placed.contains(part)) {
                    part(part, false);
                }
            }
            tree.ofKind("BUDGET_TABLE").stream().filter(table -> !placed.contains("BUDGET_TABLE:" + table.id())
                    && !placed.contains("BUDGET_CHECKS:" + table.id())).forEach(table -> part("BUDGET_TABLE:" + table.id(), false));
            if (!placed.contains("IMPROVEMENT_PLAN")) {
                part("IMPROVEMENT_PLAN", false);
            }
        }

        private void part(String part, boolean inSection) {
            int level = inSection ? 2 : 1;
            if (part.equals("THEMES")) {
                tree.ofKind("THEME").forEach(theme -> theme(out, tree, theme));
            } else if (part.equals("LPSA")) {
                lpsa(out, tree, inSection);
            } else if (part.equals("CPA")) {
                tree.ofKind("CPA").forEach(cpa -> cpa(out, cpa, inSection));
            } else if (part.equals("IMPROVEMENT_PLAN")) {
                improvementPlanSummary(out, tree, level);
            } else if (part.startsWith("BUDGET_TABLE:") || part.startsWith("BUDGET_CHECKS:")) {
                String tableId = part.substring(part.indexOf(':') + 1);
                List<BudgetCheckResult> results = budgetChecks.stream().filter(check -> check.tableId().equals(tableId)).toList();
                tree.ofKind("BUDGET_TABLE").stream().filter(table -> table.id().equals(tableId)).forEach(table -> {
                    if (part.startsWith("BUDGET_TABLE:")) {
                        budgetTable(out, tree, table, level);
                        budgetChecks(out, results, "this table's arithmetic");
                    } else {
                        budgetChecks(out, results, "the figures above (" + text(table.get("title")) + ")");
                    }
                });
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Document> blocks(Node section) {
        return section.get("blocks") instanceof List<?> list ? (List<Document>) list : List.of();
    }

    private void theme(DocumentWriter out, Tree tree, Node theme) {
        out.heading(1, text(theme.get("heading")), theme.id());
        out.paragraph(text(theme.get("statement")));
        for (Node priority : tree.children(theme, "PRIORITY")) {
            out.heading(2, PriorityHeading.of(priority.get("letter"), priority.get("title")), priority.id());
            gaps(out, priority, "This priority");
            List<Node> outcomes = tree.children(priority, "OUTCOME");
            if (!outcomes.isEmpty()) {
                out.table(OUTCOME_HEADER, outcomes.stream().map(outcome -> outcomeRow(tree, outcome)).toList());
            }
            outcomes.forEach(outcome -> {
                gaps(out, outcome, "Outcome “" + text(outcome.get("title")) + "”");
                tree.children(outcome, "TARGET").forEach(target -> gaps(out, target, "Its target “" + text(target.get("description")) + "”"));
            });
        }
        gaps(out, theme, "This theme");
    }

    private List<String> outcomeRow(Tree tree, Node outcome) {
        List<String> last = new ArrayList<>(strings(outcome.get("plans")));
        last.addAll(strings(outcome.get("indicators")));
        personalData.reveal((List<?>) outcome.get("contacts")).stream().map(PlanDocumentRenderer::contact)
                .forEach(last::add);
        List<String> actionsAndTargets = new ArrayList<>(strings(outcome.get("actions")));
        tree.children(outcome, "TARGET").stream().map(PlanDocumentRenderer::target).forEach(actionsAndTargets::add);
        return List.of(text(outcome.get("title")), text(outcome.get("leadDirectorate")),
                text(outcome.get("achievements")), String.join("\n", actionsAndTargets), String.join("\n", last));
    }

    /** A target as a reader finds it in the source: what, from what baseline, to what, by when. */
    private static String target(Node target) {
        StringBuilder line = new StringBuilder("Target: ").append(text(target.get("description")));
        String baseline = TargetFigure.shown(target.get("baseline"), target.get("baselinePrinted"), target.get("unit"));
        if (baseline != null) {
            line.append("; baseline ").append(baseline);
        }
        String figure = TargetFigure.shown(target.get("target"), target.get("targetPrinted"), target.get("unit"));
        line.append("; target ").append(figure == null ? "(none given)" : figure);
        if (target.get("byWhen") != null) {
            line.append(" by ").append(target.get("byWhen"));
        }
        return line.toString();
    }

    private static void lpsa(DocumentWriter out, Tree tree, boolean inSection) {
        List<Node> targets = tree.ofKind("LPSA_TARGET");
        if (targets.isEmpty()) {
            return;
        }
        if (!inSection) {
            out.heading(1, "Local Public Services Agreement");
        }
        out.table(List.of("No.", "Area", "Local target"), targets.stream()
                .map(t -> List.of(String.valueOf(t.get("number")), text(t.get("title")),
                        Boolean.TRUE.equals(t.get("local")) ? "*" : ""))
                .toList());
    }

    /** In its section the findings are the section's own paragraphs, so only the rating and scores are added. */
    private static void cpa(DocumentWriter out, Node cpa, boolean inSection) {
        if (!inSection) {
            out.heading(1, "Comprehensive Performance Assessment");
        }
        out.paragraph("Overall performance: " + text(cpa.get("overallRating")) + " (previously "
                + text(cpa.get("previousRating")) + "), " + text(cpa.get("assessedAt")));
        if (!inSection) {
            strings(cpa.get("findings")).forEach(out::paragraph);
            gaps(out, cpa, "The assessment");
            return;
        }
        // the findings are the section's own paragraphs, and their gaps the section's
        gaps(out, cpa, "The assessment", gap -> !"findings".equals(gap.getString("field")));
    }

    private static void budgetTable(DocumentWriter out, Tree tree, Node table, int level) {
        out.heading(level, table.get("title") == null ? "(the source gives this table no title)" : text(table.get("title")), table.id());
        if (table.get("caption") != null) {
            out.note(text(table.get("caption")));
        }
        List<Document> columns = ((List<?>) table.get("columns")).stream().map(Document.class::cast).toList();
        List<String> header = new ArrayList<>(List.of(""));
        columns.forEach(c -> header.add(text(c.getString("label")) + " " + text(c.getString("unit"))));
        List<List<String>> rows = new ArrayList<>();
        for (Node line : tree.children(table, "BUDGET_LINE")) {
            Map<String, String> printed = ((List<?>) line.get("amounts")).stream().map(Document.class::cast)
                    .collect(Collectors.toMap(a -> a.getString("column"), a -> text(a.getString("printed"))));
            List<String> row = new ArrayList<>(List.of(text(line.get("label"))));
            columns.forEach(c -> row.add(printed.getOrDefault(c.getString("key"), "")));
            rows.add(row);
        }
        out.table(header, rows);
        gaps(out, table, "This table");
        tree.children(table, "BUDGET_LINE").forEach(line -> gaps(out, line, "Line “" + text(line.get("label")) + "”"));
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
        List<Node> areas = tree.ofKind("IMPROVEMENT_AREA");
        if (areas.isEmpty()) {
            return;
        }
        if (level == 1) {
            out.heading(1, "Improvement plan");
        }
        List<List<String>> rows = new ArrayList<>();
        Map<List<String>, java.util.Set<String>> sharedGaps = new java.util.LinkedHashMap<>();
        int tasks = 0;
        for (Node area : areas) {
            for (Node task : tree.children(area, "TASK")) {
                if (task.get("summary") == null) {
                    continue;
                }
                tasks++;
                List<Document> taskGaps = ((List<?>) task.get("gaps")).stream().map(Document.class::cast).toList();
                boolean progressBlank = taskGaps.stream().anyMatch(g -> "progress2003".equals(g.getString("field")));
                String progress = progressBlank ? "" : tree.children(task, "PROGRESS_ENTRY").stream()
                        .map(p -> text(p.get("text"))).collect(Collectors.joining("\n"));
                rows.add(List.of(text(area.get("name")), text(task.get("summary")), progress, text(task.get("status")),
                        text(task.get("actionsFor2004"))));
                taskGaps.stream().filter(g -> SUMMARY_FIELDS.contains(g.getString("field"))).forEach(g -> sharedGaps
                        .computeIfAbsent(java.util.Arrays.asList(g.getString("kind"), g.getString("wording")), k -> new java.util.LinkedHashSet<>())
                        .add(FieldLabels.of(g.getString("field")).toLowerCase()));
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
        List<Node> areas = tree.ofKind("IMPROVEMENT_AREA");
        List<List<String>> rows = new ArrayList<>();
        for (Node area : areas) {
            for (Node task : tree.children(area, "TASK")) {
                String progress = tree.children(task, "PROGRESS_ENTRY").stream()
                        .map(p -> (p.get("date") == null ? "" : p.get("date") + ": ") + p.get("text"))
                        .collect(Collectors.joining("\n"));
                rows.add(List.of(text(area.get("name")), text(task.get("task")), officers(task) + ownRoles(task), progress));
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
        areas.forEach(area -> gaps(out, area, "Priority area “" + text(area.get("name")) + "”"));
        for (Node area : areas) {
            tree.children(area, "TASK").forEach(task -> gaps(out, task, "Task “" + text(task.get("task")) + "”",
                    gap -> !SUMMARY_FIELDS.contains(gap.getString("field"))));
        }
    }

    /** The chief officer and portfolio holder a task's row prints where they are not its area's. */
    private static String ownRoles(Node task) {
        List<String> roles = new ArrayList<>();
        if (task.get("chiefOfficer") != null) {
            roles.add("chief officer " + task.get("chiefOfficer"));
        }
        if (task.get("portfolioHolder") != null) {
            roles.add("portfolio holder " + task.get("portfolioHolder"));
        }
        return roles.isEmpty() ? "" : " (" + String.join(", ", roles) + ")";
    }

    private static void gaps(DocumentWriter out, Node node, String where) {
        gaps(out, node, where, gap -> true);
    }

    private static void gaps(DocumentWriter out, Node node, String where, java.util.function.Predicate<Document> which) {
        ((List<?>) node.get("gaps")).stream().map(Document.class::cast).filter(which)
                .forEach(g -> out.gap(where + " (" + FieldLabels.of(g.getString("field")).toLowerCase() + ")",
                        GapKind.inPlainWords(g.getString("kind")), g.getString("wording")));
    }

    private String officers(Node task) {
        String named = personalData.reveal((List<?>) task.get("officers")).stream().map(PlanDocumentRenderer::contact)
                .collect(Collectors.joining(", "));
        return named.isEmpty() ? text(task.get("officerResponsible")) : named;
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

    private static List<String> strings(Object list) {
        return list == null ? List.of() : ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The plan's entities as at a version, by kind and by parent. */
    private record Tree(List<Node> nodes) {

        List<Node> ofKind(String kind) {
            return nodes.stream().filter(n -> kind.equals(n.get("kind"))).toList();
        }

        List<Node> children(Node parent, String kind) {
            return nodes.stream().filter(n -> kind.equals(n.get("kind")) && parent.id().equals(n.parentId())).toList();
        }
    }
}
