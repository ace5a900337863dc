package io.plantrail.graphql;

import static io.plantrail.graphql.GraphQlClient.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The API contract: run on the embedded server always, and on a real MongoDB where Docker exists.
 */
abstract class PlanApiContract extends ApiTestSupport {

    @Test
    void aNewOutcomeIsInTheNestedTreeWithWhoAddedItAndWhy() {
        String id = addOutcome("Removal of all graffiti", "UL");

        GraphQlTester.Response tree = run("""
                query($p: ID!) { plan(id: $p) { version themes { id statement priorities { id letter
                  outcomes { id title leadDirectorate actions contacts { name phone } gaps { field kind wording }
                  lastChange { type actor reason planVersion } } } } } }""", "p", planId);

        assertThat(id).isEqualTo("ENV-A-1");
        tree.path("plan.version").entity(Long.class).isEqualTo(4L);
        tree.path("plan.themes[0].priorities[0].outcomes[0].title").entity(String.class).isEqualTo("Removal of all graffiti");
        tree.path("plan.themes[0].priorities[0].outcomes[0].contacts[0].phone").entity(String.class).isEqualTo("020 8424 1590");
        tree.path("plan.themes[0].priorities[0].outcomes[0].gaps[0].wording").entity(String.class).isEqualTo("to be completed");
        tree.path("plan.themes[0].priorities[0].outcomes[0].lastChange.type").entity(String.class).isEqualTo("OutcomeAdded");
        tree.path("plan.themes[0].priorities[0].outcomes[0].lastChange.reason").entity(String.class).isEqualTo("From the draft");
        tree.path("plan.themes[0].priorities[0].outcomes[0].lastChange.planVersion").entity(Long.class).isEqualTo(4L);
    }

    @Test
    void revisingAnOutcomeReturnsTheNewVersionAndClosesTheGapItFills() {
        String id = addOutcome("Removal of all graffiti", "UL");

        GraphQlTester.Response revised = run("""
                mutation($v: Int!, $p: ID!, $o: ID!) { reviseOutcome(planId: $p, outcomeId: $o,
                  input: {achievements: "Area 1 improved from 92% to 100%"}, expectedVersion: $v, reason: "Figures for 2003/04 arrived")
                  { planVersion id plan { themes { priorities { outcomes { achievements gaps { field } lastChange { type reason } } } } } } }""",
                "p", planId, "o", id, "v", versionOf(id));

        revised.path("reviseOutcome.planVersion").entity(Long.class).isEqualTo(5L);
        revised.path("reviseOutcome.plan.themes[0].priorities[0].outcomes[0].achievements").entity(String.class)
                .isEqualTo("Area 1 improved from 92% to 100%");
        revised.path("reviseOutcome.plan.themes[0].priorities[0].outcomes[0].gaps").entityList(Object.class).hasSize(0);
        revised.path("reviseOutcome.plan.themes[0].priorities[0].outcomes[0].lastChange.reason").entity(String.class)
                .isEqualTo("Figures for 2003/04 arrived");
    }

    @Test
    void outcomesAreFilteredByLeadDirectorateThemeAndWords() {
        addOutcome("Removal of all graffiti", "UL");
        addOutcome("Raising the level of achievement at Key Stages 1, 2 and 3.", "PF");
        addOutcome("A peaceful community with racial harmony.", "OD UL OD");

        String query = """
                query($p: ID!, $f: OutcomeFilter) { plan(id: $p) { outcomes(filter: $f) { id title } } }""";
        List<Map> byUl = graphQl.document(query).variables(vars("p", planId, "f", Map.of("leadDirectorate", "UL")))
                .execute().path("plan.outcomes").entityList(Map.class).get();
        List<Map> byWords = graphQl.document(query).variables(vars("p", planId, "f", Map.of("search", "key stages")))
                .execute().path("plan.outcomes").entityList(Map.class).get();
        List<Map> byTheme = graphQl.document(query).variables(vars("p", planId, "f", Map.of("themeId", "ENV")))
                .execute().path("plan.outcomes").entityList(Map.class).get();

        assertThat(byUl).extracting(o -> o.get("id")).containsExactly("ENV-A-1", "ENV-A-3");
        assertThat(byWords).extracting(o -> o.get("id")).containsExactly("ENV-A-2");
        assertThat(byTheme).hasSize(3);
    }

    @Test
    void budgetLinesKeepTheirFiguresExactlyAndRevisionsShowTheNewAmount() {
        run("""
                mutation($p: ID!) { addBudgetTable(planId: $p, key: "MTBS", input: {title: "Medium Term Budget Strategy",
                  columns: [{key: "2004-05", label: "2004-2005", unit: "£m"}, {key: "2005-06", label: "2005-2006", unit: "£m"}]},
                  reason: "Table 1") { id } }""", "p", planId);
        String line = run("""
                mutation($p: ID!) { addBudgetLine(planId: $p, tableId: "MTBS", input: {label: "Repriced Base Budget",
                  amounts: [{column: "2004-05", amount: "229.337"}, {column: "2005-06", amount: 242.691}]},
                  reason: "Table 1") { id } }""", "p", planId).path("addBudgetLine.id").entity(String.class).get();

        GraphQlTester.Response revised = run("""
                mutation($v: Int!, $p: ID!, $l: ID!) { reviseBudgetLine(planId: $p, lineId: $l,
                  input: {amounts: [{column: "2005-06", amount: "243.100"}]}, expectedVersion: $v, reason: "Settlement confirmed")
                  { plan { budgetTables(id: "MTBS") { lines { id label amounts { column printed value } } } } } }""",
                "p", planId, "l", line, "v", versionOf(line));

        assertThat(line).isEqualTo("MTBS-1");
        revised.path("reviseBudgetLine.plan.budgetTables[0].lines[0].amounts[0].value").entity(String.class).isEqualTo("229.337");
        revised.path("reviseBudgetLine.plan.budgetTables[0].lines[0].amounts[1].value").entity(String.class).isEqualTo("243.100");
    }

    @Test
    void anUnknownOutcomeIsNotFoundAndStoresNothing() {
        expectError("NOT_FOUND", "There is no outcome 'ENV-A-9'", """
                mutation($v: Int!, $p: ID!) { reviseOutcome(planId: $p, outcomeId: "ENV-A-9", input: {title: "x"}, expectedVersion: $v, reason: "r") { planVersion } }""",
                "p", planId, "v", 1L);
    }

    @Test
    void anEmptyTitleIsInvalidAndStoresNothing() {
        expectError("VALIDATION", "The outcome title must not be empty", """
                mutation($p: ID!) { addOutcome(planId: $p, priorityId: "ENV-A", input: {title: "  "}, reason: "r") { planVersion } }""",
                "p", planId);
    }

    @Test
    void aNonNumericAmountIsInvalidAndStoresNothing() {
        run("""
                mutation($p: ID!) { addBudgetTable(planId: $p, key: "RESERVES", input: {title: "Reserves",
                  columns: [{key: "amount", unit: "£m"}]}, reason: "r") { id } }""", "p", planId);
        expectError("VALIDATION", "'lots' is not an amount", """
                mutation($p: ID!) { addBudgetLine(planId: $p, tableId: "RESERVES", input: {label: "Minimum",
                  amounts: [{column: "amount", amount: "lots"}]}, reason: "r") { planVersion } }""", "p", planId);
    }

    @Test
    void aChangeWithoutAReasonIsInvalidAndStoresNothing() {
        expectError("VALIDATION", "reason", """
                mutation($p: ID!) { addOutcome(planId: $p, priorityId: "ENV-A", input: {title: "Cleaner streets"}) { planVersion } }""",
                "p", planId);
        expectError("VALIDATION", "Every change needs a reason", """
                mutation($p: ID!) { addOutcome(planId: $p, priorityId: "ENV-A", input: {title: "Cleaner streets"}, reason: " ") { planVersion } }""",
                "p", planId);
    }

    @Test
    void anUnknownPlanIsNotFound() {
        graphQl.document("""
                mutation { addTheme(planId: "no-such-plan", key: "ENV", input: {name: "Environment"}, reason: "r") { planVersion } }""")
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND"));
        graphQl.document("{ plan(id: \"no-such-plan\") { id } }").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND"))
                .path("plan").valueIsNull();
    }

    @Test
    void startingAPlanTwiceIsAConflict() {
        expectError(admin, "CONFLICT", "already exists", START, "id", planId);
    }

    @Test
    void draftsRecordTheVersionTheyMarkAndWhoIssuedThem() {
        addOutcome("Removal of all graffiti", "UL");
        run(admin, """
                mutation($p: ID!) { issueDraft(planId: $p, label: "Draft 1", documentDate: "2004-04-07",
                  reason: "For the scrutiny committee") { planVersion } }""", "p", planId);

        GraphQlTester.Response drafts = run(auditor, "query($p: ID!) { plan(id: $p) { drafts { number label documentDate version issuedBy digest } } "
                + "verifyIntegrity(planId: $p) { draftDigests { draftNumber planVersion digest } } }", "p", planId);
        assertThat(drafts.path("plan.drafts[0].digest").entity(String.class).get()).hasSize(64)
                .isEqualTo(drafts.path("verifyIntegrity.draftDigests[0].digest").entity(String.class).get());
        drafts.path("plan.drafts[0].number").entity(Integer.class).isEqualTo(1);
        drafts.path("plan.drafts[0].documentDate").entity(String.class).isEqualTo("2004-04-07");
        drafts.path("plan.drafts[0].version").entity(Long.class).isEqualTo(4L);
        drafts.path("verifyIntegrity.draftDigests[0].draftNumber").entity(Integer.class).isEqualTo(1);
        // the digest is the chain head after the DraftIssued event, which made version 5
        drafts.path("verifyIntegrity.draftDigests[0].planVersion").entity(Long.class).isEqualTo(5L);
    }

    @Test
    void improvementTasksRecordDatedProgress() {
        String area = run("""
                mutation($p: ID!) { addPriorityArea(planId: $p, input: {name: "Financial Strategy", chiefOfficer: "NB"},
                  reason: "Tracker") { id } }""", "p", planId).path("addPriorityArea.id").entity(String.class).get();
        String task = run("""
                mutation($p: ID!, $a: ID!) { addTask(planId: $p, areaId: $a, input: {task: "Appoint a permanent Chief Financial Officer.",
                  officerResponsible: "Nick Bell", status: UNDERWAY}, reason: "Tracker") { id } }""", "p", planId, "a", area)
                .path("addTask.id").entity(String.class).get();
        run("""
                mutation($p: ID!, $t: ID!) { recordTaskProgress(planId: $p, taskId: $t,
                  input: {date: "13 October 2003", text: "Post readvertised"}, reason: "Quarterly report") { id } }""",
                "p", planId, "t", task);

        GraphQlTester.Response plan = run("query($p: ID!) { plan(id: $p) { improvementPlan { id tasks { id status progress { id date text } } } } }",
                "p", planId);
        plan.path("plan.improvementPlan[0].tasks[0].progress[0].id").entity(String.class).isEqualTo("IP-1-1-P1");
        plan.path("plan.improvementPlan[0].tasks[0].progress[0].date").entity(String.class).isEqualTo("13 October 2003");
        plan.path("plan.improvementPlan[0].tasks[0].status").entity(String.class).isEqualTo("UNDERWAY");
        run("query($p: ID!) { plan(id: $p) { improvementPlan { tasks { officers { name } officerResponsible } } } }", "p", planId)
                .path("plan.improvementPlan[0].tasks[0].officers[0].name").entity(String.class).isEqualTo("Nick Bell");
        assertThat(storedEventsOfThePlan()).as("an officer's name is sealed like a contact's").doesNotContain("Nick Bell");
    }

    @Test
    void thePlanAsAtADraftOrVersionShowsWhatItSaidThen() {
        String id = addOutcome("Removal of all graffiti", "UL");
        run(admin, """
                mutation($p: ID!) { issueDraft(planId: $p, label: "Draft 1", documentDate: "2004-04-07", reason: "Issue") { planVersion } }""",
                "p", planId);
        run("""
                mutation($v: Int!, $p: ID!, $o: ID!) { reviseOutcome(planId: $p, outcomeId: $o, input: {title: "Removal of all graffiti within 48 hours"},
                  expectedVersion: $v, reason: "Committee asked for a deadline") { planVersion } }""", "p", planId, "o", id, "v", versionOf(id));
        String query = """
                query($p: ID!, $at: AsAt) { plan(id: $p, asAt: $at) { version outcomes { title } } }""";

        GraphQlTester.Response draft1 = run(query, "p", planId, "at", Map.of("draft", 1));
        GraphQlTester.Response now = run(query, "p", planId);
        GraphQlTester.Response version3 = run(query, "p", planId, "at", Map.of("version", 3));

        draft1.path("plan.version").entity(Long.class).isEqualTo(4L);
        draft1.path("plan.outcomes[0].title").entity(String.class).isEqualTo("Removal of all graffiti");
        now.path("plan.outcomes[0].title").entity(String.class).isEqualTo("Removal of all graffiti within 48 hours");
        version3.path("plan.outcomes").entityList(Object.class).hasSize(0);
    }

    @Test
    void anAsAtThatCannotBeAnsweredSaysWhy() {
        String query = "query($p: ID!, $at: AsAt) { plan(id: $p, asAt: $at) { version } }";
        graphQl.document(query).variables(vars("p", planId, "at", Map.of("draft", 9))).execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND"));
        graphQl.document(query).variables(vars("p", planId, "at", Map.of("draft", 1, "version", 2))).execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("exactly one of draft, draftDated, version or timestamp"));
        graphQl.document(query).variables(vars("p", planId, "at", Map.of("timestamp", "2001-01-01T00:00:00Z"))).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("did not exist yet"));
    }

    @Test
    void theHistoryOfATargetShowsEachVersionNewestFirstWithWhoAndWhy() {
        String outcome = addOutcome("Improved levels of collected recyclable waste.", "UL");
        String target = run("""
                mutation($p: ID!, $o: ID!) { setTarget(planId: $p, outcomeId: $o, input: {description: "Household waste recycled",
                  baseline: "14.5", target: "25.2", unit: "%", byWhen: "2004/05"}, reason: "From the draft") { id } }""",
                "p", planId, "o", outcome).path("setTarget.id").entity(String.class).get();
        run(admin, """
                mutation($p: ID!) { issueDraft(planId: $p, label: "Draft 1", documentDate: "2004-04-07", reason: "Issue") { planVersion } }""",
                "p", planId);
        run("""
                mutation($v: Int!, $p: ID!, $t: ID!) { reviseTarget(planId: $p, targetId: $t, input: {target: "27"}, expectedVersion: $v, reason: "GLA funding won") { id } }""",
                "p", planId, "t", target, "v", versionOf(target));

        String query = """
                query($p: ID!, $e: ID!, $after: String) { history(planId: $p, entityId: $e, first: 1, after: $after) { totalCount
                  edges { cursor node { planVersion type reason draftInForce removed changes { field value } } } pageInfo { hasNextPage endCursor } } }""";
        GraphQlTester.Response newest = run(query, "p", planId, "e", target);
        String cursor = newest.path("history.pageInfo.endCursor").entity(String.class).get();
        GraphQlTester.Response older = run(query, "p", planId, "e", target, "after", cursor);

        assertThat(target).isEqualTo("ENV-A-1-T1");
        newest.path("history.totalCount").entity(Integer.class).isEqualTo(2);
        newest.path("history.edges[0].node.type").entity(String.class).isEqualTo("TargetRevised");
        newest.path("history.edges[0].node.reason").entity(String.class).isEqualTo("GLA funding won");
        newest.path("history.edges[0].node.draftInForce").entity(Integer.class).isEqualTo(1);
        newest.path("history.edges[0].node.changes[0].field").entity(String.class).isEqualTo("target");
        newest.path("history.edges[0].node.changes[0].value").entity(String.class).isEqualTo("27");
        newest.path("history.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        older.path("history.edges[0].node.type").entity(String.class).isEqualTo("TargetSet");
        older.path("history.edges[0].node.draftInForce").valueIsNull();
        older.path("history.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void completenessListsOpenGapsAndDropsThemOnceFilled() {
        String outcome = addOutcome("Less reliance on car use in the Borough", "UL");
        String query = """
                query($p: ID!, $at: AsAt) { completeness(planId: $p, asAt: $at) { planVersion openGaps
                  gaps { entityId entityKind field kind wording since } } }""";
        GraphQlTester.Response before = run(query, "p", planId);
        long openedAt = before.path("completeness.planVersion").entity(Long.class).get();
        run("""
                mutation($v: Int!, $p: ID!, $o: ID!) { reviseOutcome(planId: $p, outcomeId: $o, input: {achievements: "Travel plans agreed with 12 employers"},
                  expectedVersion: $v, reason: "Filled in for Draft 2") { id } }""", "p", planId, "o", outcome, "v", versionOf(outcome));

        before.path("completeness.openGaps").entity(Integer.class).isEqualTo(1);
        before.path("completeness.gaps[0].entityId").entity(String.class).isEqualTo(outcome);
        before.path("completeness.gaps[0].entityKind").entity(String.class).isEqualTo("OUTCOME");
        before.path("completeness.gaps[0].wording").entity(String.class).isEqualTo("to be completed");
        before.path("completeness.gaps[0].since").entity(Long.class).isEqualTo(openedAt);
        run(query, "p", planId).path("completeness.openGaps").entity(Integer.class).isEqualTo(0);
        run(query, "p", planId, "at", Map.of("version", (int) openedAt)).path("completeness.openGaps").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void aFieldSentAsNullIsEmptiedAndOneLeftOutStaysAsItWas() {
        String id = addOutcome("Improved sweeping", "UL");
        String revise = """
                mutation($p: ID!, $o: ID!, $v: Int!, $input: OutcomeInput!) { reviseOutcome(planId: $p, outcomeId: $o, input: $input,
                  expectedVersion: $v, reason: "Lead not yet agreed") { planVersion } }""";
        java.util.Map<String, Object> clearing = new java.util.HashMap<>();
        clearing.put("leadDirectorate", null);
        clearing.put("actions", null);
        run(revise, "p", planId, "o", id, "v", versionOf(id), "input", clearing);

        GraphQlTester.Response outcome = run("query($p: ID!) { plan(id: $p) { outcomes { title leadDirectorate actions } } }", "p", planId);
        outcome.path("plan.outcomes[0].title").entity(String.class).isEqualTo("Improved sweeping");
        outcome.path("plan.outcomes[0].leadDirectorate").valueIsNull();
        outcome.path("plan.outcomes[0].actions").entityList(String.class).hasSize(0);

        java.util.Map<String, Object> noTitle = new java.util.HashMap<>();
        noTitle.put("title", null);
        expectError("VALIDATION", "title", revise, "p", planId, "o", id, "v", versionOf(id), "input", noTitle);
    }

    @Test
    void theDiffBetweenDraftsListsExactlyTheChangesWithWhoAndWhy() {
        String kept = addOutcome("Removal of all graffiti", "UL");
        String dropped = addOutcome("Improved sweeping", "UL");
        run("""
                mutation($p: ID!) { addBudgetTable(planId: $p, key: "MTBS", input: {title: "Medium Term Budget Strategy",
                  columns: [{key: "2004-05", unit: "£m"}]}, reason: "Table 1") { id } }""", "p", planId);
        run("""
                mutation($p: ID!) { addBudgetLine(planId: $p, tableId: "MTBS", input: {label: "Basic Inflation",
                  amounts: [{column: "2004-05", amount: "7.265"}]}, reason: "Table 1") { id } }""", "p", planId);
        String issue = """
                mutation($p: ID!, $l: String!) { issueDraft(planId: $p, label: $l, documentDate: "2004-05-01", reason: "Issue") { planVersion } }""";
        run(admin, issue, "p", planId, "l", "Draft 1");
        run("""
                mutation($v: Int!, $p: ID!, $o: ID!) { reviseOutcome(planId: $p, outcomeId: $o, input: {leadDirectorate: "UL / PF"},
                  expectedVersion: $v, reason: "Shared with People First") { id } }""", "p", planId, "o", kept, "v", versionOf(kept));
        run("""
                mutation($v: Int!, $p: ID!, $o: ID!) { removeOutcome(planId: $p, outcomeId: $o, expectedVersion: $v, reason: "Merged into ENV-A-1") { id } }""",
                "p", planId, "o", dropped, "v", versionOf(dropped));
        run("""
                mutation($v: Int!, $p: ID!) { reviseBudgetLine(planId: $p, lineId: "MTBS-1", input: {amounts: [{column: "2004-05", amount: "7.500"}]},
                  expectedVersion: $v, reason: "Pay award") { id } }""", "p", planId, "v", versionOf("MTBS-1"));
        run(admin, issue, "p", planId, "l", "Draft 2");

        GraphQlTester.Response diff = run("""
                query($p: ID!) { planDiff(planId: $p, from: {draft: 1}, to: {draft: 2}) { summary { added removed changed events }
                  groups { themeId priorityId budgetTableId changes { entityId label change fields { field before after difference }
                  events { type actor reason } } } } }""", "p", planId);

        diff.path("planDiff.summary.changed").entity(Integer.class).isEqualTo(2);
        diff.path("planDiff.summary.removed").entity(Integer.class).isEqualTo(1);
        diff.path("planDiff.summary.added").entity(Integer.class).isEqualTo(0);
        diff.path("planDiff.groups[0].priorityId").entity(String.class).isEqualTo("ENV-A");
        diff.path("planDiff.groups[0].changes[0].entityId").entity(String.class).isEqualTo(kept);
        diff.path("planDiff.groups[0].changes[0].fields[*].field").entityList(String.class).containsExactly("leadDirectorate");
        diff.path("planDiff.groups[0].changes[0].fields[0].before").entity(String.class).isEqualTo("UL");
        diff.path("planDiff.groups[0].changes[0].fields[0].after").entity(String.class).isEqualTo("UL / PF");
        diff.path("planDiff.groups[0].changes[0].events[0].reason").entity(String.class).isEqualTo("Shared with People First");
        diff.path("planDiff.groups[0].changes[1].change").entity(String.class).isEqualTo("REMOVED");
        diff.path("planDiff.groups[0].changes[1].label").entity(String.class).isEqualTo("Improved sweeping");
        // only the fields the removed outcome had
        diff.path("planDiff.groups[0].changes[1].fields[*].field").entityList(String.class).hasSize(5).contains("title", "leadDirectorate", "actions", "contacts", "gaps");
        diff.path("planDiff.groups[1].changes[0].label").entity(String.class).isEqualTo("Basic Inflation");
        diff.path("planDiff.groups[1].budgetTableId").entity(String.class).isEqualTo("MTBS");
        diff.path("planDiff.groups[1].changes[0].fields[0].field").entity(String.class).isEqualTo("amounts.2004-05");
        diff.path("planDiff.groups[1].changes[0].fields[0].difference").entity(String.class).isEqualTo("0.235");
    }

    @Test
    void thePlanHistoryPagesThroughTheLogNewestFirstAndFiltersByType() {
        addOutcome("First", "UL");
        addOutcome("Second", "UL");
        String query = """
                query($p: ID!, $type: String, $after: String) { planHistory(planId: $p, eventType: $type, first: 2, after: $after) {
                  edges { cursor node { planVersion type entityId actor reason } } pageInfo { hasNextPage endCursor } } }""";

        GraphQlTester.Response newest = run(query, "p", planId);
        String cursor = newest.path("planHistory.pageInfo.endCursor").entity(String.class).get();
        GraphQlTester.Response next = run(query, "p", planId, "after", cursor);
        GraphQlTester.Response themes = run(query, "p", planId, "type", "ThemeAdded");

        newest.path("planHistory.edges[0].node.planVersion").entity(Long.class).isEqualTo(5L);
        newest.path("planHistory.edges[0].node.entityId").entity(String.class).isEqualTo("ENV-A-2");
        newest.path("planHistory.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        next.path("planHistory.edges[*].node.planVersion").entityList(Long.class).containsExactly(3L, 2L);
        themes.path("planHistory.edges[*].node.entityId").entityList(String.class).containsExactly("ENV");
    }

    @Test
    void theDocumentAsAtADraftRendersWhatTheDraftSaid() {
        String id = addOutcome("Removal of all graffiti <within 48 hours>", "UL");
        run(admin, """
                mutation($p: ID!) { issueDraft(planId: $p, label: "Draft 1", documentDate: "2004-04-07", reason: "Issue") { planVersion } }""",
                "p", planId);
        run("""
                mutation($v: Int!, $p: ID!, $o: ID!) { reviseOutcome(planId: $p, outcomeId: $o, input: {title: "Graffiti gone"}, expectedVersion: $v, reason: "Plainer") { id } }""",
                "p", planId, "o", id, "v", versionOf(id));
        org.springframework.web.client.RestClient http = org.springframework.web.client.RestClient.builder()
                .baseUrl("http://localhost:" + port).defaultHeaders(h -> h.setBasicAuth("scrutiny", "scrutiny")).build();

        String markdown = http.get().uri("/plans/{p}/document.md?draft=1", planId).retrieve().body(String.class);
        String html = http.get().uri("/plans/{p}/document?draft=1", planId).retrieve().body(String.class);
        String now = http.get().uri("/plans/{p}/document.md", planId).retrieve().body(String.class);
        var missing = http.get().uri("/plans/{p}/document?draft=7", planId).exchange((request, response) -> response.getStatusCode().value());

        assertThat(markdown).contains("## Priority A: Visibly improving the street scene")
                .contains("Removal of all graffiti \\<within 48 hours\\>")
                .contains("to be completed in the source")
                .doesNotContain("TO_BE_COMPLETED").doesNotContain("Graffiti gone");
        assertThat(html).contains("Removal of all graffiti &lt;within 48 hours&gt;");
        assertThat(now).contains("Graffiti gone");
        assertThat(missing).isEqualTo(404);
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.mongodb.client.MongoDatabase database;

    @Test
    void changingOneByteOfAStoredEventIsCaughtAndTheEventNamed() {
        addOutcome("Removal of all graffiti", "UL");
        addOutcome("Improved sweeping", "UL");
        String query = """
                query($p: ID!) { verifyIntegrity(planId: $p) { ok checkedEvents head firstBroken { sequenceNumber eventIdentifier problem } } }""";
        GraphQlTester.Response intact = run(auditor, query, "p", planId);
        intact.path("verifyIntegrity.ok").entity(Boolean.class).isEqualTo(true);
        intact.path("verifyIntegrity.checkedEvents").entity(Integer.class).isEqualTo(5);

        var events = database.getCollection("domainevents");
        var filter = com.mongodb.client.model.Filters.and(com.mongodb.client.model.Filters.eq("aggregateIdentifier", planId),
                com.mongodb.client.model.Filters.eq("sequenceNumber", 3L));
        org.bson.Document stored = events.find(filter).first();
        String payload = stored.getString("serializedPayload");
        events.updateOne(filter, com.mongodb.client.model.Updates.set("serializedPayload", payload.replace("graffiti", "graffitI")));

        GraphQlTester.Response report = run(auditor, query, "p", planId);
        report.path("verifyIntegrity.ok").entity(Boolean.class).isEqualTo(false);
        report.path("verifyIntegrity.firstBroken.sequenceNumber").entity(Long.class).isEqualTo(3L);
        report.path("verifyIntegrity.firstBroken.eventIdentifier").entity(String.class).isEqualTo(stored.getString("eventIdentifier"));
    }

    static final String RETITLE = """
            mutation($p: ID!, $o: ID!, $v: Int!, $title: String) { reviseOutcome(planId: $p, outcomeId: $o, input: {title: $title},
              expectedVersion: $v, reason: "Retitled") { planVersion } }""";

    @Test
    void aChangeFromAStaleVersionIsAConflictNamingTheCurrentVersionAndWhoMadeIt() {
        String id = addOutcome("Removal of all graffiti", "UL");
        long seen = versionOf(id);
        run(RETITLE, "p", planId, "o", id, "v", seen, "title", "Graffiti removed within 48 hours");
        long before = planVersion();

        graphQl.document(RETITLE).variables(vars("p", planId, "o", id, "v", seen, "title", "Graffiti removed"))
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "CONFLICT")
                            .containsEntry("currentVersion", (int) before).containsEntry("changedBy", "officer");
                    assertThat(errors.get(0).getMessage()).contains("changed by officer").contains("nothing was stored");
                });
        assertThat(planVersion()).isEqualTo(before);
        graphQl.document("query($p: ID!) { plan(id: $p) { outcomes { title version } } }").variables(vars("p", planId))
                .execute().path("plan.outcomes[0].title").entity(String.class).isEqualTo("Graffiti removed within 48 hours")
                .path("plan.outcomes[0].version").entity(Long.class).isEqualTo(before);
    }

    @Test
    void aRetriedChangeWithTheSameKeyIsMadeOnceAndAnswersTheSame() {
        String add = """
                mutation($p: ID!, $key: String) { addOutcome(planId: $p, priorityId: "ENV-A", input: {title: "Removal of all graffiti"},
                  reason: "From the draft", idempotencyKey: $key) { planVersion id } }""";
        Map<?, ?> first = run(add, "p", planId, "key", "7d3f0c1e-retry").path("addOutcome").entity(Map.class).get();
        Map<?, ?> retry = run(add, "p", planId, "key", "7d3f0c1e-retry").path("addOutcome").entity(Map.class).get();
        Map<?, ?> another = run(add, "p", planId, "key", "another-change").path("addOutcome").entity(Map.class).get();

        assertThat(retry).isEqualTo(first);
        assertThat(another.get("id")).isEqualTo("ENV-A-2");
        graphQl.document("query($p: ID!) { plan(id: $p) { outcomes { id } } }").variables(vars("p", planId)).execute()
                .path("plan.outcomes[*].id").entityList(String.class).containsExactly("ENV-A-1", "ENV-A-2");
    }

    @Test
    void anOutcomeNamesThePriorityItIsUnderWhereverItIsReached() {
        String outcome = addOutcome("Removal of all graffiti", "UL");
        graphQl.document("query($p: ID!) { plan(id: $p) { outcomes { id priorityId } themes { priorities { outcomes { priorityId } } } } }")
                .variables(vars("p", planId)).execute()
                .path("plan.outcomes[0].id").entity(String.class).isEqualTo(outcome)
                .path("plan.outcomes[0].priorityId").entity(String.class).isEqualTo("ENV-A")
                .path("plan.themes[0].priorities[0].outcomes[0].priorityId").entity(String.class).isEqualTo("ENV-A");
    }

    @Test
    void aDifferentChangeUnderAKeyAlreadyUsedIsRefusedNotAnsweredWithTheFirstResult() {
        String add = """
                mutation($p: ID!, $title: String, $key: String) { addOutcome(planId: $p, priorityId: "ENV-A",
                  input: {title: $title}, reason: "From the draft", idempotencyKey: $key) { planVersion id readSideBehind } }""";
        Map<?, ?> first = run(add, "p", planId, "title", "Removal of all graffiti", "key", "reused-key")
                .path("addOutcome").entity(Map.class).get();
        assertThat(first.get("readSideBehind")).as("the read side showed the change before the answer").isEqualTo(false);

        expectError("CONFLICT", "already used for a different change", add,
                "p", planId, "title", "Improved sweeping", "key", "reused-key");
        graphQl.document("query($p: ID!) { plan(id: $p) { outcomes { title } } }").variables(vars("p", planId)).execute()
                .path("plan.outcomes[*].title").entityList(String.class).containsExactly("Removal of all graffiti");
    }

    @Test
    void anErasedContactIsErasedEverywhereWhileTheLogStillVerifies() {
        String first = addOutcome("Removal of all graffiti", "UL");
        String second = addOutcome("Improved sweeping", "UL");
        run(admin, """
                mutation($p: ID!) { issueDraft(planId: $p, label: "Draft 1", documentDate: "2004-04-07", reason: "Issue") { id } }""",
                "p", planId);
        String contacts = "query($p: ID!, $at: AsAt) { plan(id: $p, asAt: $at) { outcomes { contacts { personId name phone erased } } } }";
        GraphQlTester.Response before = run(contacts, "p", planId);
        before.path("plan.outcomes[0].contacts[0].name").entity(String.class).isEqualTo("Andrew Trehern");
        String person = before.path("plan.outcomes[0].contacts[0].personId").entity(String.class).get();
        before.path("plan.outcomes[1].contacts[0].personId").entity(String.class).isEqualTo(person);
        assertThat(storedEventsOfThePlan()).as("the log holds contacts sealed only").doesNotContain("Trehern", "8424");

        String erase = """
                mutation($p: ID!, $person: ID!) { eraseContact(planId: $p, personId: $person, reason: "Erasure request ER-2004-17") { planVersion } }""";
        expectError(graphQl, "FORBIDDEN", "role", erase, "p", planId, "person", person);
        long erasedAt = run(admin, erase, "p", planId, "person", person).path("eraseContact.planVersion").entity(Long.class).get();
        run(admin, erase, "p", planId, "person", person).path("eraseContact.planVersion").entity(Long.class).isEqualTo(erasedAt);

        for (Object asAt : new Object[] {null, Map.of("draft", 1)}) {
            GraphQlTester.Response after = run(contacts, "p", planId, "at", asAt);
            after.path("plan.outcomes[*].contacts[0].erased").entityList(Boolean.class).containsExactly(true, true);
            assertThat(after.path("plan.outcomes[*].contacts[0].name").entityList(Object.class).get()).containsOnlyNulls();
            after.path("plan.outcomes[0].contacts[0].personId").entity(String.class).isEqualTo(person);
        }
        String history = String.valueOf(run("query($p: ID!, $e: ID!) { history(planId: $p, entityId: $e) "
                + "{ edges { node { changes { field value } } } } }", "p", planId, "e", first)
                .path("history.edges[*].node.changes[*].value").entityList(Object.class).get());
        String document = org.springframework.web.client.RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("scrutiny", "scrutiny")).build()
                .get().uri("/plans/{p}/document.md?draft=1", planId).retrieve().body(String.class);
        assertThat(history).contains("erased=true").doesNotContain("Trehern");
        assertThat(document).contains("(contact erased on request)").doesNotContain("Trehern");
        run(auditor, "query($p: ID!) { verifyIntegrity(planId: $p) { ok } }", "p", planId)
                .path("verifyIntegrity.ok").entity(Boolean.class).isEqualTo(true);
        assertThat(second).isEqualTo("ENV-A-2");
    }

    private String storedEventsOfThePlan() {
        StringBuilder all = new StringBuilder();
        database.getCollection("domainevents").find(com.mongodb.client.model.Filters.eq("aggregateIdentifier", planId))
                .forEach(event -> all.append(event.toJson()));
        return all.toString();
    }
}
