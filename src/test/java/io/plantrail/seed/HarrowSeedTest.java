package io.plantrail.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.graphql.GraphQlClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.client.RestClient;

/** The plan imported on first start matches the Harrow BVPP 2004/05 Draft 1 source, over HTTP. */
@DirtiesContext // each class gets its own store and processors, closed after it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory"})
class HarrowSeedTest {

    @LocalServerPort
    int port;

    private GraphQlTester.Response query(String document) {
        return query("scrutiny", document);
    }

    private GraphQlTester.Response query(String user, String document) {
        GraphQlTester.Response response = GraphQlClient.as(user, port).document(document).execute();
        response.errors().verify();
        return response;
    }

    @Test
    void everyOutcomeRowOfTheSourceIsInItsPriority() {
        List<Map> themes = query("""
                { plan(id: "harrow-bvpp-2004-05") { themes { id name priorities { id title outcomes { id leadDirectorate } } } } }""")
                .path("plan.themes").entityList(Map.class).get();
        Map<String, Integer> outcomesPerPriority = new LinkedHashMap<>();
        for (Map<String, List<Map<String, Object>>> theme : themes) {
            for (Map<String, Object> priority : theme.get("priorities")) {
                outcomesPerPriority.put((String) priority.get("id"), ((List<?>) priority.get("outcomes")).size());
            }
        }
        assertThat(themes).extracting(t -> t.get("name")).containsExactly("Environment", "Strengthening communities",
                "Lifelong learning", "Health and Social Care", "A Prosperous and Sustainable Economy in Harrow",
                "Developing a Customer Focussed Council");
        assertThat(outcomesPerPriority).containsExactlyEntriesOf(counts(
                "ENV-A", 5, "ENV-B", 4, "ENV-C", 4, "ENV-D", 2, "ENV-E", 5, "ENV-F", 1,
                "COM-A", 5, "COM-B", 2, "COM-C", 4, "COM-D", 3, "COM-E", 2,
                "LRN-A", 6, "LRN-B", 4, "LRN-C", 3, "LRN-D", 6, "LRN-E", 2, "LRN-F", 2,
                "HSC-A", 7, "HSC-B", 3, "HSC-C", 5, "HSC-D", 2, "HSC-E", 2, "HSC-F", 1, "HSC-G", 3,
                "ECO-A", 3, "ECO-B", 1, "ECO-C", 1, "ECO-D", 4, "ECO-OTHER", 2,
                "CFC-A", 1, "CFC-B", 1, "CFC-C", 1, "CFC-D", 3, "CFC-E", 4, "CFC-F", 1));
    }

    @Test
    void outcomesKeepTheirLeadDirectorateAsPrinted() {
        GraphQlTester.Response plan = query("""
                { plan(id: "harrow-bvpp-2004-05") { ul: outcomes(filter: {leadDirectorate: "UL"}) { id }
                  recycling: outcomes(filter: {search: "recyclables"}) { id leadDirectorate targets { target targetPrinted unit } } } }""");
        assertThat(plan.path("plan.ul").entityList(Map.class).get()).hasSizeGreaterThan(30);
        plan.path("plan.recycling[0].id").entity(String.class).isEqualTo("ENV-B-2");
        plan.path("plan.recycling[0].leadDirectorate").entity(String.class).isEqualTo("UL");
        plan.path("plan.recycling[0].targets[0].target").entity(String.class).isEqualTo("25.2");
    }

    @Test
    void budgetTablesComeBackLineByLineWithTheSourceFigures() {
        GraphQlTester.Response budget = query("""
                { plan(id: "harrow-bvpp-2004-05") { budgetTables { id lines { label amounts { column printed value } gaps { field kind } } } } }""");
        List<Map> tables = budget.path("plan.budgetTables").entityList(Map.class).get();
        assertThat(tables).extracting(t -> t.get("id")).containsExactly("MTBS", "GROWTH_AND_SAVINGS", "SOURCES_OF_INCOME", "COUNCIL_TAX",
                "ANALYSIS_OF_CHANGE", "CAPITAL_PROGRAMME", "REVENUE_INVESTMENTS", "RESERVES");
        budget.path("plan.budgetTables[0].lines[0].label").entity(String.class).isEqualTo("Repriced Base Budget");
        budget.path("plan.budgetTables[0].lines[0].amounts[0].value").entity(String.class).isEqualTo("229.337");
        budget.path("plan.budgetTables[0].lines[14].amounts[0].printed").entity(String.class).isEqualTo("£1033.89");
        budget.path("plan.budgetTables[4].lines").entityList(Map.class).hasSize(18);
        budget.path("plan.budgetTables[4].lines[6].label").entity(String.class).isEqualTo("Service Total");
        budget.path("plan.budgetTables[4].lines[6].amounts[0].value").entity(String.class).isEqualTo("251536");
        budget.path("plan.budgetTables[4].lines[17].amounts[6].printed").entity(String.class).isEqualTo("86,487");
        budget.path("plan.budgetTables[4].lines[3].gaps[*].field").entityList(String.class)
                .containsExactly("amounts.capital", "amounts.2004-05");
    }

    @Test
    void theGapsOfTheDraftAreFlaggedInTheSourceWords() {
        List<Map> gaps = query("""
                { completeness(planId: "harrow-bvpp-2004-05") { gaps { entityId field kind wording } } }""")
                .path("completeness.gaps").entityList(Map.class).get();
        assertThat(gaps).extracting(g -> g.get("entityId") + " " + g.get("kind") + " " + g.get("wording"))
                .contains("SEC-leaders-foreword TO_BE_INSERTED to be inserted",
                        "SEC-relationship-managers-letter TO_BE_INSERTED to be inserted",
                        "HSC-B MISSING_HEADING null",
                        "ENV-D-1 TO_BE_COMPLETED to be completed",
                        "COM-E-1 TO_BE_COMPLETED to be completed",
                        "COM-E-2 TO_BE_COMPLETED to be completed",
                        "CFC-E-4 PLACEHOLDER XXX",
                        "SOURCES_OF_INCOME PLACEHOLDER £xxm",
                        "CPA MISSING_TABLE null",
                        "ENV MISSING_TABLE - - followed by table of BVPIs - and local PIs if any -",
                        "ENV BLANK null", "SEC-contact-details TO_BE_INSERTED [to be inserted on final draft]")
                .doesNotContain("ECO BLANK null").noneMatch(gap -> gap.contains(" NOT_AVAILABLE null") && gap.startsWith("IP-"));
    }

    @Test
    void theLpsaImprovementPlanAndDraftAreThere() {
        GraphQlTester.Response plan = query("""
                { plan(id: "harrow-bvpp-2004-05") { lpsaTargets { number local } cpa { overallRating previousRating }
                  improvementPlan { name chiefOfficer tasks { task } } drafts { number label documentDate } } }""");
        List<Map> lpsa = plan.path("plan.lpsaTargets").entityList(Map.class).get();
        assertThat(lpsa).hasSize(12);
        assertThat(lpsa).filteredOn(t -> Boolean.TRUE.equals(t.get("local"))).extracting(t -> t.get("number"))
                .containsExactly(7, 10, 11, 12);
        plan.path("plan.cpa.overallRating").entity(String.class).isEqualTo("Fair");
        plan.path("plan.improvementPlan").entityList(Map.class).hasSize(9);
        plan.path("plan.drafts[0].documentDate").entity(String.class).isEqualTo("2004-04-07");
        Integer graphiql = RestClient.create("http://localhost:" + port).get().uri("/graphiql")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(graphiql).as("GraphiQL answers (redirecting to its page)").isIn(200, 302, 307);
    }

    @Test
    void theHealthOutcomesPrintedWithoutTheirHeadingAreUnderPriorityBNotUnderSafeguardingChildren() {
        GraphQlTester.Response plan = query("""
                { plan(id: "harrow-bvpp-2004-05") { themes(id: "HSC") { priorities { id title gaps { field kind }
                  outcomes { id title } } } } }""");
        plan.path("plan.themes[0].priorities[1].id").entity(String.class).isEqualTo("HSC-B");
        plan.path("plan.themes[0].priorities[1].title").valueIsNull();
        plan.path("plan.themes[0].priorities[1].gaps[0].kind").entity(String.class).isEqualTo("MISSING_HEADING");
        plan.path("plan.themes[0].priorities[1].outcomes[*].id").entityList(String.class)
                .containsExactly("HSC-B-1", "HSC-B-2", "HSC-B-3");
        plan.path("plan.themes[0].priorities[1].outcomes[0].title").entity(String.class)
                .satisfies(title -> assertThat(title).startsWith("The implementation of the National Service Frameworks"));
        plan.path("plan.themes[0].priorities[0].outcomes[*].title").entityList(String.class)
                .satisfies(titles -> assertThat(titles).noneMatch(title -> title.contains("National Service Frameworks")
                        || title.contains("community health facilities") || title.contains("black and ethnic minorities")));
    }

    @Test
    void parkSafetyAndPlaygroundsKeepTheActionsAndContactsTheSourcePrints() {
        GraphQlTester.Response plan = query("""
                { plan(id: "harrow-bvpp-2004-05") { outcomes(filter: {priorityId: "ENV-C"}) { id actions plans
                  contacts { name phone } gaps { field kind } } } }""");
        plan.path("plan.outcomes[0].id").entity(String.class).isEqualTo("ENV-C-1");
        plan.path("plan.outcomes[0].actions[0]").entity(String.class)
                .isEqualTo("Roll out of Community Safety service across the New Harrow Project areas during 2004-06.");
        plan.path("plan.outcomes[0].plans").entityList(String.class).hasSize(0);
        plan.path("plan.outcomes[0].contacts[0].name").entity(String.class).isEqualTo("Gareth Llywelyn-Roberts");
        plan.path("plan.outcomes[1].contacts[0].name").entity(String.class).isEqualTo("David Corby");
        plan.path("plan.outcomes[1].contacts[0].phone").entity(String.class).isEqualTo("020 8424 1758");
        plan.path("plan.outcomes[0].gaps[?(@.field == 'contacts')]").entityList(Map.class).hasSize(0);
        plan.path("plan.outcomes[1].gaps[?(@.field == 'actions')]").entityList(Map.class).hasSize(0);
    }

    @Test
    void theTrackersProgressIsThereWordForWordWithItsDatesAsPrinted() {
        GraphQlTester.Response plan = query("""
                { plan(id: "harrow-bvpp-2004-05") { improvementPlan { tasks { task summary officers { name erased } officerResponsible
                  progress { date text } gaps { field kind } } } } }""");
        plan.path("plan.improvementPlan[*].tasks[*].progress[*]").entityList(Map.class).hasSize(47);
        plan.path("plan.improvementPlan[0].tasks[0].summary").entity(String.class)
                .isEqualTo("Implementation and extension of New Harrow Project");
        plan.path("plan.improvementPlan[0].tasks[0].task").entity(String.class)
                .satisfies(task -> assertThat(task).startsWith("Establish New Harrow Project including Area Delivery Model"));
        plan.path("plan.improvementPlan[0].tasks[0].officers[*].name").entityList(String.class).containsExactly("Andrew Trehern");
        plan.path("plan.improvementPlan[0].tasks[0].progress[1].text").entity(String.class).isEqualTo(
                "Cabinet on 17 th July agreed to the phased implementation of this approach starting October 2003 and ending March 2006.");
        plan.path("plan.improvementPlan[0].tasks[0].progress[1].date").entity(String.class).isEqualTo("17 th July");
        plan.path("plan.improvementPlan[0].tasks[0].progress[4].date").entity(String.class).isEqualTo("5 January 2004");
        plan.path("plan.improvementPlan[0].tasks[0].progress[0].date").valueIsNull();
        List<Map> taskHistory = query("auditor", """
                { history(planId: "harrow-bvpp-2004-05", entityId: "IP-1-1", first: 50) { edges { node { entityId type } } } }""")
                .path("history.edges[*].node").entityList(Map.class).get();
        assertThat(taskHistory).extracting(entry -> entry.get("entityId") + " " + entry.get("type"))
                .contains("IP-1-1 TaskAdded", "IP-1-1-P2 TaskProgressRecorded", "IP-1-1-P5 TaskProgressRecorded");
        plan.path("plan.improvementPlan[*].tasks[*].officers[*]").entityList(Map.class).satisfies(officers -> assertThat(officers).hasSizeGreaterThan(25));
        plan.path("plan.improvementPlan[*].tasks[*].officerResponsible").entityList(Object.class)
                .satisfies(names -> assertThat(names).as("no officer's name in plain text").containsOnlyNulls());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTrackerRowIsATaskAndEveryOfficerOnePersonUnderOneId() {
        GraphQlTester.Response plan = query("""
                { plan(id: "harrow-bvpp-2004-05") { improvementPlan { name tasks { task summary chiefOfficer portfolioHolder officers { personId name }
                  progress { date text } gaps { field kind } } }
                  outcomes { id contacts { personId name } } } }""");
        List<Map> areas = plan.path("plan.improvementPlan").entityList(Map.class).get();
        Map<String, Map<String, Object>> byTask = new LinkedHashMap<>();
        areas.forEach(area -> ((List<Map<String, Object>>) area.get("tasks")).forEach(task -> byTask.put((String) task.get("task"), task)));
        assertThat(byTask).hasSize(34);

        Map<String, Object> ict = byTask.get("Agree provision for an ICT investment strategy in the 2003/04 budget to meet priorities, "
                + "with reductions identified in ongoing costs.");
        assertThat(ict).as("seed 001 line 57").isNotNull().containsEntry("summary", null);
        assertThat((List<Map<String, Object>>) ict.get("officers")).extracting(o -> o.get("name")).containsExactly("Nick Bell");
        assertThat((List<Map<String, Object>>) ict.get("progress")).extracting(p -> p.get("date")).containsExactly("March 2004");
        assertThat(byTask.get("Identify clear and focussed policy priorities and non-priorities as part of the budget process."))
                .as("seed 001 line 68").isNotNull();

        assertThat(byTask.values()).as("seed 001 line 72 prints its own chief officer and portfolio holder")
                .filteredOn(task -> "Produce Community Strategy".equals(task.get("summary")))
                .singleElement().satisfies(task -> assertThat(task).containsEntry("chiefOfficer", "JR").containsEntry("portfolioHolder", "NS"));
        assertThat(byTask.values()).filteredOn(task -> task.get("chiefOfficer") != null).hasSize(1);

        Map<String, Object> engagement = byTask.values().stream().filter(t -> "Community engagement review".equals(t.get("summary")))
                .findFirst().orElseThrow();
        assertThat((String) engagement.get("task")).startsWith("Identify what the Council currently does to engage with the community");
        assertThat((List<Map<String, Object>>) engagement.get("officers")).extracting(o -> o.get("name"))
                .containsExactly("Jill Rothwell", "Bindu Arjoon-Matthews");
        assertThat((List<Map<String, Object>>) engagement.get("progress")).singleElement()
                .satisfies(p -> assertThat((String) p.get("text")).startsWith("4 community and voluntary sector representatives"));

        Map<String, java.util.Set<Object>> idsByName = new LinkedHashMap<>();
        byTask.values().forEach(task -> ((List<Map<String, Object>>) task.get("officers")).forEach(officer ->
                idsByName.computeIfAbsent((String) officer.get("name"), name -> new java.util.HashSet<>()).add(officer.get("personId"))));
        assertThat(idsByName.keySet()).as("one person an entry: no '/', no names run together, no line-wrap hyphen")
                .noneMatch(name -> name.contains("/") || name.contains("- ") || name.split(" ").length > 3);
        assertThat(idsByName).containsKeys("Nick Bell", "Perry Scott", "Maggie Rees", "Jon Turner", "Tony Lear", "Michael Hart");
        Object outcomeBindu = plan.path("plan.outcomes[?(@.id == 'COM-C-1')].contacts[0].personId").entityList(String.class)
                .get().get(0);
        assertThat(idsByName.get("Bindu Arjoon-Matthews")).as("the same person in the tracker and in the outcomes").containsOnly(outcomeBindu);
    }

    private static Map<String, Integer> counts(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void eachOutcomeHoldsTheColumnsOfItsSourceRow() {
        GraphQlTester.Response plan = query("""
                { plan(id: "harrow-bvpp-2004-05") { outcomes { id title leadDirectorate actions plans indicators
                  contacts { name phone } gaps { field kind wording } } } }""");
        Map<String, Map<String, Object>> outcomes = new LinkedHashMap<>();
        for (Map<String, Object> outcome : plan.path("plan.outcomes").entityList(Map.class).get()) {
            outcomes.put((String) outcome.get("id"), outcome);
        }
        assertThat(outcomes).doesNotContainKeys("ENV-A-3", "ECO-D-5", "ECO-D-6").containsKeys("ENV-A-4", "CFC-D-2");
        assertThat(outcomes.get("ECO-OTHER-2").get("title")).as("the rows of ECO's 'Other areas of activity' (lines 853-860)")
                .isEqualTo("Establish business web portal for LBH");
        assertThat(field(outcomes, "ENV-A-2", "actions"))
                .contains("The final third of the Borough will be introduced during 2005/06, as planned.");
        assertThat(field(outcomes, "COM-C-1", "plans")).containsExactly("Community Strategy for Harrow", "Race Equality Scheme",
                "Corporate Equality Plan");
        assertThat(field(outcomes, "COM-C-1", "gaps")).contains("actions EDITORIAL_QUERY was?");
        assertThat(field(outcomes, "LRN-B-1", "contacts")).containsExactly("Brenda Rayson null", "Roger Rickman 020 8424 1035");
        assertThat(field(outcomes, "LRN-B-1", "plans")).containsExactly("EDP Priority 5", "Behaviour Support Plan");
        assertThat(field(outcomes, "LRN-B-1", "indicators")).containsExactly("BV 44, 45, 46", "LPSA 2.1, 2.2, 2.3, 2.4", "BV 159");
        assertThat(field(outcomes, "HSC-A-1", "contacts")).containsExactly("Paul Clark 8424 1356");
        assertThat(field(outcomes, "LRN-E-1", "indicators")).as("BV 117 with the words that qualify it, as printed (l.689)")
                .containsExactly("BV 117 to increase especially in 3 libraries in disadvantaged areas.", "BV118");
        assertThat(field(outcomes, "ENV-B-4", "gaps")).as("'Affordable Warmth' printed with no contact after it (l.500)")
                .contains("contacts BLANK Affordable Warmth");
        assertThat(field(outcomes, "HSC-A-1", "plans")).isEmpty();
        assertThat(field(outcomes, "HSC-C-4", "indicators")).containsExactly("PAF C26", "PAF C27");
        assertThat(field(outcomes, "ECO-D-3", "contacts")).contains("Ian C Brown 020 8424 1998");
        assertThat(field(outcomes, "CFC-D-1", "contacts")).containsExactly("Sam Curling 020 8424 7687");
        assertThat(outcomes.get("CFC-D-1").get("leadDirectorate")).isEqualTo("BC");
        assertThat(outcomes.get("CFC-D-2").get("title")).as("numbered in the order printed")
                .isEqualTo("Partnership arrangements with an external ICT provider");
        assertThat(field(outcomes, "CFC-D-2", "contacts")).containsExactly("Carol Cutler 020 8424 1165");
        assertThat(field(outcomes, "CFC-E-1", "contacts")).containsExactly("Jon Turner 0208 424 1225");

        List<String> contactNames = outcomes.values().stream().flatMap(o -> ((List<Map<String, Object>>) o.get("contacts")).stream())
                .map(c -> String.valueOf(c.get("name"))).toList();
        assertThat(contactNames).as("no word of the neighbouring column, no two people in one entry")
                .noneMatch(name -> name.matches(".*\\b(Plan|Strategy|Report|People|Energy)\\b.*") || name.contains("/")
                        || name.equals("Rad Dearing Bali Rai"));
        List<String> plans = outcomes.values().stream().flatMap(o -> ((List<String>) o.get("plans")).stream()).toList();
        assertThat(plans).as("plans hold plans: no phone numbers, no contact names")
                .noneMatch(entry -> entry.matches(".*\\d{4} \\d{4}.*") || contactNames.contains(entry.strip()));
    }

    @Test
    void aRowThatIsNotAnOutcomeIsWithdrawnWithItsReasonAndKeepsItsNumber() {
        query("auditor", """
                { history(planId: "harrow-bvpp-2004-05", entityId: "ENV-A-3") { edges { node { type reason } } } }""")
                .path("history.edges[*].node.reason").entityList(String.class)
                .satisfies(reasons -> assertThat(reasons).anyMatch(reason -> reason.contains("not an outcome")));
    }

    @Test
    void budgetChecksListTheSourcesOwnInconsistenciesAndAFixMakesItsCheckAgree() {
        String checks = """
                query($at: AsAt) { budgetChecks(planId: "harrow-bvpp-2004-05", asAt: $at) { tableId description status where
                  expected stated difference } }""";
        List<Map> draftOne = GraphQlClient.as("scrutiny", port).document(checks).variables(GraphQlClient.vars("at", Map.of("draft", 1)))
                .execute().path("budgetChecks").entityList(Map.class).get();
        assertThat(draftOne).filteredOn(c -> "DIFFERS".equals(c.get("status")))
                .extracting(c -> c.get("where") + " " + c.get("expected") + " " + c.get("stated") + " " + c.get("difference"))
                .contains("'Repriced Base Budget' 2005-2006 (MTBS) against 'Net Position' 2004-2005 (MTBS) 242.533 242.691 0.158");
        assertThat(draftOne).as("figures the text states, figures one table repeats from another, parts against a stated total")
                .filteredOn(c -> "DIFFERS".equals(c.get("status"))).extracting(c -> c.get("tableId") + " " + c.get("difference"))
                .containsExactlyInAnyOrder("MTBS 0.158", "MTBS -0.253", "MTBS -1953", "GROWTH_AND_SAVINGS -0.253",
                        "GROWTH_AND_SAVINGS -1.953", "CAPITAL_PROGRAMME 1.4");
        assertThat(draftOne).as("a difference in the last printed digit is a difference, never AGREES")
                .filteredOn(c -> "DIFFERS_WITHIN_ROUNDING".equals(c.get("status"))).extracting(c -> c.get("tableId") + " " + c.get("difference"))
                .containsExactlyInAnyOrder("SOURCES_OF_INCOME 0.1", "ANALYSIS_OF_CHANGE 1", "MTBS 1");
        assertThat(draftOne).filteredOn(c -> "CANNOT_CHECK".equals(c.get("status")))
                .extracting(c -> c.get("where") + " " + c.get("difference"))
                .contains("'Service Total' 2004-2005 Original (ANALYSIS_OF_CHANGE) 765");
        assertThat(draftOne).filteredOn(c -> "AGREES".equals(c.get("status"))).hasSizeGreaterThan(40);
        String document = RestClient.create("http://localhost:" + port).get().uri("/plans/harrow-bvpp-2004-05/document.md?draft=1")
                .headers(h -> h.setBasicAuth("scrutiny", "scrutiny")).retrieve().body(String.class);
        assertThat(document).contains("Does not add up: 2005-06 starts from 2004-05's net position");

        long version = query("{ plan(id: \"harrow-bvpp-2004-05\") { budgetTables(id: \"MTBS\") { lines { id version } } } }")
                .path("plan.budgetTables[0].lines[0].version").entity(Long.class).get();
        GraphQlClient.as("officer", port).document("""
                mutation($v: Int!) { reviseBudgetLine(planId: "harrow-bvpp-2004-05", lineId: "MTBS-1",
                  input: {amounts: [{column: "2005-06", amount: "242.533"}]}, expectedVersion: $v,
                  reason: "Roll forward from the 2004-05 net position") { planVersion } }""")
                .variables(GraphQlClient.vars("v", version)).execute().errors().verify();
        List<Map> now = GraphQlClient.as("scrutiny", port).document(checks).variables(GraphQlClient.vars("at", null))
                .execute().path("budgetChecks").entityList(Map.class).get();
        assertThat(now).filteredOn(c -> String.valueOf(c.get("where")).startsWith("'Repriced Base Budget' 2005-2006"))
                .extracting(c -> c.get("status")).containsExactly("AGREES");
        List<Map> changedChecks = query("""
                { planDiff(planId: "harrow-bvpp-2004-05", from: {draft: 1}) { budgetChecks { where from to differenceAfter } } }""")
                .path("planDiff.budgetChecks").entityList(Map.class).get();
        assertThat(changedChecks).extracting(c -> c.get("where") + " " + c.get("from") + " -> " + c.get("to")).containsExactlyInAnyOrder(
                "'Repriced Base Budget' 2005-2006 (MTBS) against 'Net Position' 2004-2005 (MTBS) DIFFERS -> AGREES",
                "'MTBS' 2005-2006 (MTBS) CANNOT_CHECK -> CANNOT_CHECK");
    }

    @Test
    void theSectionsKeepTheirProseAsPrinted() {
        GraphQlTester.Response plan = query("""
                { plan(id: "harrow-bvpp-2004-05") { sections { id paragraphs gaps { kind wording } notes } } }""");
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (Map<String, Object> section : plan.path("plan.sections").entityList(Map.class).get()) {
            sections.put((String) section.get("id"), section);
        }
        assertThat((List<?>) sections.get("SEC-about-harrow").get("paragraphs")).hasSize(9);
        assertThat((List<?>) sections.get("SEC-annual-audit-letter").get("paragraphs")).hasSize(8);
        assertThat(sections).containsKey("SEC-improving-our-services");
        assertThat(field(sections, "SEC-bv-reviews", "gaps")).contains("EDITORIAL_QUERY Clean & green?");
        assertThat(field(sections, "SEC-cpa", "paragraphs"))
                .anyMatch(paragraph -> paragraph.startsWith("A score of 2 out of 4 was awarded for the way Harrow was run."))
                .as("the improvement plan's key, as printed (lines 267-276)").endsWith("Key:", "Task achieved by target date",
                        "Task underway and further work required", "Task outstanding and target date not achieved.");
        assertThat((String) sections.get("SEC-about-harrow").get("notes")).startsWith("Seed 000, lines 35-53.");
    }

    @Test
    void aRevisedFigureIsPrintedLikeTheOneItReplacesAndFormsTheColumnCannotHoldAreRefused() {
        assertThat(revise("RESERVES-3", "amount", "6.1", null)).isEqualTo("£6.1m");
        assertThat(revise("MTBS-8", "change", "15", null)).isEqualTo("15.00%");
        assertThat(revise("MTBS-8", "change", "14.19", null)).isEqualTo("14.19%");
        assertThat(revise("ANALYSIS_OF_CHANGE-1", "2003-04", "9200", null)).isEqualTo("9,200");
        assertThat(revise("ANALYSIS_OF_CHANGE-1", "2003-04", "9161", null)).as("put back, as printed").isEqualTo("9,161");
        assertThat(revise("RESERVES-2", "amount", "7.25", "£7.25m")).isEqualTo("£7.25m");

        for (String[] refused : new String[][] {{"1e3", null, "is not an amount"}, {"6.2", "£6.1m", "does not read as 6.2"}}) {
            GraphQlClient.as("officer", port).document(REVISE_AMOUNT).variables(GraphQlClient.vars("line", "MTBS-8", "v", versionOf("MTBS-8"),
                    "column", "change", "amount", refused[0], "printed", refused[1])).execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getExtensions()).containsEntry("code", "VALIDATION");
                        assertThat(error.getMessage()).contains(refused[2]);
                    }));
        }
    }

    private static final String REVISE_AMOUNT = """
            mutation($line: ID!, $v: Int!, $column: String!, $amount: Decimal!, $printed: String) {
              reviseBudgetLine(planId: "harrow-bvpp-2004-05", lineId: $line, input: {amounts: [{column: $column, amount: $amount,
                printed: $printed}]}, expectedVersion: $v, reason: "Revised figure") { planVersion } }""";

    private String revise(String line, String column, String amount, String printed) {
        GraphQlClient.as("officer", port).document(REVISE_AMOUNT).variables(GraphQlClient.vars("line", line, "v", versionOf(line),
                "column", column, "amount", amount, "printed", printed)).execute().errors().verify();
        String table = line.substring(0, line.lastIndexOf('-'));
        List<Map> amounts = query("{ plan(id: \"harrow-bvpp-2004-05\") { budgetTables(id: \"" + table + "\") { lines { id amounts { column printed } } } } }")
                .path("plan.budgetTables[0].lines[?(@.id == '" + line + "')].amounts[*]").entityList(Map.class).get();
        return amounts.stream().filter(a -> column.equals(a.get("column"))).map(a -> (String) a.get("printed")).findFirst().orElseThrow();
    }

    private long versionOf(String line) {
        String table = line.substring(0, line.lastIndexOf('-'));
        return query("{ plan(id: \"harrow-bvpp-2004-05\") { budgetTables(id: \"" + table + "\") { lines { id version } } } }")
                .path("plan.budgetTables[0].lines[?(@.id == '" + line + "')].version").entityList(Long.class).get().get(0);
    }

    @Test
    void aDraftIsFoundByTheDatePrintedOnItWhileATimestampIsWhenAChangeWasRecorded() {
        long draftOne = query("{ plan(id: \"harrow-bvpp-2004-05\", asAt: {draft: 1}) { version } }").path("plan.version").entity(Long.class).get();
        query("{ plan(id: \"harrow-bvpp-2004-05\", asAt: {draftDated: \"2004-04-07\"}) { version } }")
                .path("plan.version").entity(Long.class).isEqualTo(draftOne);
        GraphQlClient.as("scrutiny", port).document("{ plan(id: \"harrow-bvpp-2004-05\", asAt: {timestamp: \"2004-04-10T00:00:00Z\"}) { version } }")
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("did not exist yet"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void noContactsNameOrPhoneIsInAnyNoteWhereErasureCouldNotReachIt() {
        GraphQlTester.Response plan = query("""
                { plan(id: "harrow-bvpp-2004-05") { outcomes { notes gaps { note } contacts { name phone } }
                  improvementPlan { notes tasks { notes gaps { note } officers { name phone } } } } }""");
        List<Map> outcomes = plan.path("plan.outcomes").entityList(Map.class).get();
        List<Map> tasks = plan.path("plan.improvementPlan[*].tasks[*]").entityList(Map.class).get();
        java.util.Set<String> people = new java.util.HashSet<>();
        outcomes.forEach(o -> ((List<Map<String, Object>>) o.get("contacts")).forEach(c -> addPerson(people, c)));
        tasks.forEach(t -> ((List<Map<String, Object>>) t.get("officers")).forEach(c -> addPerson(people, c)));
        String notes = plan.path("plan").entity(Map.class).get().toString()
                .replaceAll("(contacts|officers)=\\[[^\\]]*\\]", "");
        assertThat(people).hasSizeGreaterThan(50).noneMatch(notes::contains);
        assertThat(notes).contains("[a contact]");
    }

    private static void addPerson(java.util.Set<String> people, Map<String, Object> contact) {
        for (String part : new String[] {"name", "phone"}) {
            if (contact.get(part) != null) {
                people.add((String) contact.get(part));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aContactKeepsTheLabelOrRoleItIsPrintedWithAndATeamIsNotAPerson() {
        GraphQlTester.Response plan = query("""
                { plan(id: "harrow-bvpp-2004-05") { outcomes { id contacts { personId name role team } } } }""");
        Map<String, List<String>> printed = new LinkedHashMap<>();
        for (Map<String, Object> outcome : plan.path("plan.outcomes").entityList(Map.class).get()) {
            for (Map<String, Object> contact : (List<Map<String, Object>>) outcome.get("contacts")) {
                if (contact.get("role") != null || contact.get("team") != null) {
                    printed.computeIfAbsent((String) outcome.get("id"), id -> new java.util.ArrayList<>())
                            .add(contact.get("role") + " " + contact.get("name") + " " + contact.get("team") + " " + contact.get("personId"));
                }
            }
        }
        assertThat(printed.get("LRN-D-4")).extracting(c -> c.split(" null")[0])
                .containsExactly("Development Agreement: David Ball", "Community Use: Clifton Jackson");
        assertThat(printed.get("LRN-C-1")).singleElement().asString().startsWith("Principal Adviser Brenda Rayson");
        assertThat(printed.get("CFC-F-1")).singleElement().asString().startsWith("Director of Financial and Business Strategy Myfanwy Barrett");
        assertThat(printed.get("COM-A-1")).singleElement().asString().startsWith("Equalities and RES contact: Sangeeta Jerath");
        assertThat(printed.get("ECO-D-3")).hasSize(2).allMatch(c -> c.startsWith("HVP Group Contacts:"));
        assertThat(printed.get("ECO-C-1")).as("a team, with no person id").containsExactly("null null Regeneration Team Urban Living null");
    }

    @Test
    void theDraftOneDocumentFollowsTheSourceHeadingByHeading() throws Exception {
        String document = RestClient.create("http://localhost:" + port).get().uri("/plans/harrow-bvpp-2004-05/document.md?draft=1")
                .headers(h -> h.setBasicAuth("scrutiny", "scrutiny")).retrieve().body(String.class);
        List<String> headings = document.lines().filter(line -> line.startsWith("## ") || line.startsWith("### "))
                .map(line -> line.replaceFirst("^#+ ", "").strip()).toList();
        List<String> source = java.nio.file.Files.readAllLines(java.nio.file.Path.of("seed-curation/source/000_2f0341b9452202b1.txt"))
                .stream().map(line -> line.replaceAll("\\s+", " ").strip()).toList();

        int previous = -1;
        List<String> found = new java.util.ArrayList<>();
        for (String heading : headings) {
            if (heading.equals("Priority B:") || heading.equals("Improvement-plan tracker")
                    || heading.equals("How to check this document")) {
                continue; // HSC's priority B has no heading in the source; the tracker and the proof come after the plan
            }
            int line = previous + 1;
            while (line < source.size() && !source.get(line).contains(heading)) {
                line++;
            }
            assertThat(line).as("'" + heading + "' after '" + (found.isEmpty() ? "the start" : found.get(found.size() - 1))
                    + "' (line " + (previous + 1) + ") in the source").isLessThan(source.size());
            found.add(heading);
            previous = line;
        }
        assertThat(found).contains("Medium Term Budget Strategy", "Other areas of activity", "BV Reviews")
                .endsWith("Contact details/further information");
        assertThat(headings.subList(headings.size() - 2, headings.size()))
                .containsExactly("Improvement-plan tracker", "How to check this document");
        assertThat(document.split("last 3 columns to be updated", -1)).as("the source's note, with its one gap, not one a task")
                .hasSizeLessThan(5);
    }

    @Test
    void theDocumentIsFoundByItsDateAndRefusalsComeWithACode() {
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("scrutiny", "scrutiny")).build();
        assertThat(http.get().uri("/plans/harrow-bvpp-2004-05/document.md?draftDated=2004-04-07").retrieve().body(String.class))
                .contains("**Draft 1, dated 07/04/2004 (plan version 338)**");
        for (String[] refused : new String[][] {{"/plans/no-such-plan/document", "404", "NOT_FOUND"},
                {"/plans/harrow-bvpp-2004-05/document?draft=one", "400", "VALIDATION"},
                {"/plans/harrow-bvpp-2004-05/document.md?draft=9", "404", "NOT_FOUND"},
                {"/plans/no-such-plan/comparison?from=draft:1", "404", "NOT_FOUND"},
                {"/plans/harrow-bvpp-2004-05/comparison?from=draft:one", "400", "VALIDATION"},
                {"/plans/harrow-bvpp-2004-05/comparison?from=draft:99999999999", "400", "VALIDATION"},
                {"/plans/harrow-bvpp-2004-05/comparison?from=date:2004-13-45", "400", "VALIDATION"},
                {"/plans/harrow-bvpp-2004-05/comparison.md?from=draft:9", "404", "NOT_FOUND"},
                {"/plans/harrow-bvpp-2004-05/comparison", "400", "VALIDATION"},
                {"/plans/harrow-bvpp-2004-05/comparison?from=now&to=draft:1", "400", "VALIDATION"}}) {
            String answer = http.get().uri(refused[0]).exchange((request, response) -> response.getStatusCode().value() + " "
                    + response.getHeaders().getContentType() + " " + new String(response.getBody().readAllBytes()));
            assertThat(answer).as(refused[0]).startsWith(refused[1] + " application/json").contains("\"code\":\"" + refused[2] + "\"");
        }
    }

    @Test
    void anIdThePlanDoesNotHaveIsNotFoundOnItsFieldAndTheRestOfThePlanIsAnswered() {
        GraphQlTester.Response answer = GraphQlClient.as("scrutiny", port).document("""
                { plan(id: "harrow-bvpp-2004-05") { version themes(id: "XXX") { id } outcomes(filter: {priorityId: "ENV-Z"}) { id }
                  budgetTables(id: "NOPE") { id } sections { id } } }""").execute();
        answer.errors().satisfy(errors -> assertThat(errors).hasSize(3)
                .allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
        answer.path("plan.version").entity(Long.class).satisfies(version -> assertThat(version).isPositive());
        answer.path("plan.sections").entityList(Map.class).hasSizeGreaterThan(10);
        answer.path("plan.themes").valueIsNull();
        answer.path("plan.outcomes").valueIsNull();
        answer.path("plan.budgetTables").valueIsNull();
    }

    @SuppressWarnings("unchecked")
    private static List<String> field(Map<String, Map<String, Object>> outcomes, String id, String field) {
        return ((List<Object>) outcomes.get(id).get(field)).stream().map(value -> value instanceof Map<?, ?> map
                ? String.join(" ", map.values().stream().map(String::valueOf).toList()) : String.valueOf(value)).toList();
    }
}
