package io.plantrail.document;

import io.plantrail.change.GapKind;
import io.plantrail.history.BudgetCheckResult;
import io.plantrail.history.BudgetChecks;
import io.plantrail.history.EntityVersions;
import io.plantrail.history.Node;
import io.plantrail.privacy.PersonalData;
import io.plantrail.privacy.RevealedContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Lays the plan out as at a version like the original document: sections, themes with their
 * priority headings and outcome tables, the LPSA and CPA, budget tables and the improvement plan.
 * Gaps appear where the source left them, in its words.
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
        out.title(title, asAtLabel + " (plan version " + version + ")");
        out.note("Where the source left something to be completed, this document says so where it stands; "
                + "the rest is as the source prints it.");
        tree.ofKind("SECTION").forEach(section -> section(out, section));
        tree.ofKind("THEME").forEach(theme -> theme(out, tree, theme));
        lpsa(out, tree);
        tree.ofKind("CPA").forEach(cpa -> cpa(out, cpa));
        List<BudgetCheckResult> budgetChecks = checks.at(planId, version);
        tree.ofKind("BUDGET_TABLE").forEach(table -> {
            budgetTable(out, tree, table);
            budgetChecks(out, budgetChecks.stream().filter(check -> check.tableId().equals(table.id())).toList());
        });
        improvementPlan(out, tree);
        return out.finish();
    }

    private static void section(DocumentWriter out, Node section) {
        out.heading(1, section.get("heading") == null ? "(the source has no heading here)" : text(section.get("heading")),
                section.id());
        strings(section.get("paragraphs")).forEach(out::paragraph);
        gaps(out, section, "This section");
    }

    private void theme(DocumentWriter out, Tree tree, Node theme) {
        out.heading(1, text(theme.get("heading")), theme.id());
        out.paragraph(text(theme.get("statement")));
        for (Node priority : tree.children(theme, "PRIORITY")) {
            out.heading(2, "Priority " + priority.get("letter") + ": " + text(priority.get("title")), priority.id());
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

    private static void lpsa(DocumentWriter out, Tree tree) {
        List<Node> targets = tree.ofKind("LPSA_TARGET");
        if (targets.isEmpty()) {
            return;
        }
        out.heading(1, "Local Public Services Agreement");
        out.table(List.of("No.", "Area", "Local target"), targets.stream()
                .map(t -> List.of(String.valueOf(t.get("number")), text(t.get("title")),
                        Boolean.TRUE.equals(t.get("local")) ? "*" : ""))
                .toList());
    }

    private static void cpa(DocumentWriter out, Node cpa) {
        out.heading(1, "Comprehensive Performance Assessment");
        out.paragraph("Overall performance: " + text(cpa.get("overallRating")) + " (previously "
                + text(cpa.get("previousRating")) + "), " + text(cpa.get("assessedAt")));
        strings(cpa.get("findings")).forEach(out::paragraph);
        gaps(out, cpa, "The assessment");
    }

    private static void budgetTable(DocumentWriter out, Tree tree, Node table) {
        out.heading(1, table.get("title") == null ? "(the source gives this table no title)" : text(table.get("title")), table.id());
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
    private static void budgetChecks(DocumentWriter out, List<BudgetCheckResult> results) {
        List<BudgetCheckResult> worthAWord = results.stream().filter(check -> !"AGREES".equals(check.status())).toList();
        if (results.isEmpty()) {
            return;
        }
        out.paragraph("Checks of this table's arithmetic: " + (results.size() - worthAWord.size()) + " of " + results.size()
                + " agree" + (worthAWord.isEmpty() ? "." : "; these do not, or cannot be checked:"));
        worthAWord.forEach(check -> out.paragraph((switch (check.status()) {
                    case "DIFFERS" -> "Does not add up: ";
                    case "DIFFERS_WITHIN_ROUNDING" -> "Differs in the last digit (rounding could explain it): ";
                    default -> "Cannot be checked: ";
                })
                + check.description() + ". " + check.where() + ": " + check.explanation()));
    }

    private void improvementPlan(DocumentWriter out, Tree tree) {
        List<Node> areas = tree.ofKind("IMPROVEMENT_AREA");
        if (areas.isEmpty()) {
            return;
        }
        out.heading(1, "Harrow's Improvement Plan");
        List<List<String>> rows = new ArrayList<>();
        for (Node area : areas) {
            for (Node task : tree.children(area, "TASK")) {
                String progress = tree.children(task, "PROGRESS_ENTRY").stream()
                        .map(p -> (p.get("date") == null ? "" : p.get("date") + ": ") + p.get("text"))
                        .collect(Collectors.joining("\n"));
                rows.add(List.of(text(area.get("name")), text(task.get("task")), officers(task), progress, text(task.get("status"))));
            }
        }
        out.table(List.of("Priority Area", "Task", "Officer Responsible", "Progress", "Status"), rows);
        for (Node area : areas) {
            gaps(out, area, "Priority area “" + text(area.get("name")) + "”");
            tree.children(area, "TASK").forEach(task -> gaps(out, task, "Task “" + text(task.get("task")) + "”"));
        }
    }

    private static void gaps(DocumentWriter out, Node node, String where) {
        ((List<?>) node.get("gaps")).stream().map(Document.class::cast)
                .forEach(g -> out.gap(where + " (" + FieldLabels.of(g.getString("field")).toLowerCase() + ")",
                        GapKind.inPlainWords(g.getString("kind")), g.getString("wording")));
    }

    private String officers(Node task) {
        String named = personalData.reveal((List<?>) task.get("officers")).stream().map(PlanDocumentRenderer::contact)
                .collect(Collectors.joining(", "));
        return named.isEmpty() ? text(task.get("officerResponsible")) : named;
    }

    /** A contact as the document prints it: name and phone, or that it was erased on request. */
    static String contact(RevealedContact contact) {
        if (contact.erased()) {
            return "(contact erased on request)";
        }
        return contact.name() == null ? contact.phone()
                : contact.name() + (contact.phone() == null ? "" : " " + contact.phone());
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
