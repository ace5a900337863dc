package io.plantrail.document;

import java.util.Map;

/** A field as the plan document names it, for readers who never see the stored names. */
public final class FieldLabels {

    private static final String AMOUNT = "amounts.";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "Title"), Map.entry("heading", "Heading"), Map.entry("paragraphs", "Text"),
            Map.entry("name", "Name"), Map.entry("statement", "Statement"), Map.entry("letter", "Letter"),
            Map.entry("leadDirectorate", "Lead directorate"), Map.entry("achievements", "What we did in 2003/04"),
            Map.entry("actions", "Action planned"), Map.entry("plans", "Relevant plans and strategies"),
            Map.entry("indicators", "Performance indicators"), Map.entry("contacts", "Contact for further information"),
            Map.entry("description", "Target"), Map.entry("indicator", "Indicator"), Map.entry("baseline", "Baseline figure"),
            Map.entry("baselinePrinted", "Baseline as printed"), Map.entry("target", "Target figure"),
            Map.entry("targetPrinted", "Target as printed"), Map.entry("unit", "Unit"), Map.entry("byWhen", "By when"),
            Map.entry("source", "Source"), Map.entry("label", "Line"), Map.entry("caption", "Caption"),
            Map.entry("columns", "Columns"), Map.entry("number", "Number"), Map.entry("local", "Local target"),
            Map.entry("overallRating", "Overall rating"), Map.entry("previousRating", "Previous rating"),
            Map.entry("assessedAt", "Assessed"), Map.entry("corporateScore", "Corporate score"),
            Map.entry("findings", "Findings"), Map.entry("serviceScores", "Service scores"),
            Map.entry("chiefOfficer", "Chief officer"), Map.entry("portfolioHolder", "Portfolio holder"),
            Map.entry("task", "Task"), Map.entry("summary", "Summary"), Map.entry("officers", "Officers responsible"),
            Map.entry("officerResponsible", "Officer responsible"), Map.entry("status", "Status"),
            Map.entry("actionsFor2004", "Actions for 2004/05 and later"), Map.entry("date", "Date"), Map.entry("text", "Progress"),
            Map.entry("progress2003", "Progress in 2003/04"), Map.entry("progressAgainstTargetDates", "Progress against target dates"),
            Map.entry("performanceIndicators", "Table of BVPIs and local PIs"), Map.entry("blocks", "Parts placed in the text"),
            Map.entry("gaps", "Gaps marked in the source"), Map.entry("notes", "Notes"));

    private FieldLabels() {
    }

    public static String of(String field) {
        if (field.startsWith(AMOUNT)) {
            return "Figure for " + field.substring(AMOUNT.length());
        }
        String label = LABELS.get(field);
        return label != null ? label : inWords(field);
    }

    /** A stored name the document has no words for, spelt out: otherAreasOfActivity is "Other areas of activity". */
    private static String inWords(String field) {
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
