package io.plantrail.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.plantrail.seed.HarrowDraftTwo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The console in headless Chromium (Debian's chromium and chromium-driver; skipped where they are
 * not installed), with every host but the server unreachable: the scrutiny committee's story and
 * the auditor's, on the Harrow plan with a Draft 2 made by officers, then the administrator
 * issuing Draft 3 (last: the others read two drafts). Its screenshots go under
 * target/screenshots; the README's are refreshed on purpose, with -Dplantrail.screenshots=docs/screenshots.
 */
@Tag("process")
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "plantrail.mongo.embedded=memory")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleInABrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("plantrail.screenshots", "target/screenshots"));
    private static final String FIRST_OUTCOME = "ENV-A-1";
    private static final String FIRST_OUTCOME_TITLE = "Upgrading the hard and soft landscaping";
    private static HarrowDraftTwo.Changed draftTwo;

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openABrowserOnAPlanWithTwoDrafts() {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "Chromium and its driver are not installed here");
        synchronized (ConsoleInABrowserTest.class) {
            if (draftTwo == null) {
                draftTwo = HarrowDraftTwo.prepare(port, FIRST_OUTCOME);
            }
        }
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build(),
                options());
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return options;
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void scrutinyOpensDraftOneComparesItWithDraftTwoAndReadsWhatChangedAndWhy() throws IOException {
        signInAs("scrutiny");
        waitForText("Showing as it stands now");
        assertThat(browser.findElement(By.cssSelector("nav a[href='#/history']")).isDisplayed())
                .as("the committee compares drafts; item histories are for auditors and officers").isFalse();

        // a committee member thinks in the council's dates: the draft printed 07/04/2004 is Draft 1
        new Select(browser.findElement(By.name("at"))).selectByVisibleText("A draft by the date printed on it…");
        browser.findElement(By.xpath("//button[.='Show']")).click();
        assertThat(main()).as("no date given: the form asks for one, nothing is sent").contains("Showing as it stands now");
        browser.executeScript("arguments[0].value = '2004-04-07'", browser.findElement(By.name("at-date"))); // typing a date is locale-bound
        browser.findElement(By.xpath("//button[.='Show']")).click();
        waitForText("Showing Draft 1, dated 07/04/2004");
        assertThat(main()).doesNotContain("did not exist yet");
        WebElement priorityB = browser.findElement(By.xpath("//summary[contains(., 'Priority B: Promoting ecologically friendly policies')]"));
        priorityB.click();
        browser.findElement(By.xpath("//summary[contains(., 'Improved levels of collected recyclable waste')]")).click();
        assertThat(browser.findElement(By.xpath("//caption[.='Targets']/..")).getText())
                .contains("Percentage of recyclables collected 14.5% in February 2004 25.2% 2004/05 and later");
        browser.executeScript("window.scrollTo(0, 0)");
        screenshot("plan-as-at-draft-1");

        browser.findElement(By.linkText("Compare drafts")).click();
        waitForText("Compare Draft 1, dated 07/04/2004 with Draft 2, dated 12/05/2004");
        assertThat(browser.findElements(By.cssSelector("article.change"))).hasSize(5);
        String repriced = change("Repriced Base Budget").getText();
        assertThat(repriced).contains("Figure for 2005-06 242.691 243.000 +0.309 £m").contains("officer")
                .contains("Why: “Revised settlement”");
        assertThat(change("Percentage of recyclables collected").getText()).contains("Target figure 25.2 30 +4.8 %")
                .contains("Why: “Stretch agreed with GLA”");
        assertThat(main()).contains("5 changed, 0 added, 0 removed").contains("Budget arithmetic that changed")
                .doesNotContain("Its whole history");
        screenshot("compare-drafts");
        assertThePrintableComparisonOpensWithItsMarks();

        browser.findElement(By.linkText("What is missing")).click();
        waitForText("gaps are open in the plan");
        new Select(browser.findElement(By.name("kind"))).selectByVisibleText("a placeholder in the source (such as XXX), not a real figure");
        browser.findElement(By.xpath("//button[.='Show']")).click();
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("main table tbody tr"));
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().contains("a placeholder in the source"));
        });
        screenshot("what-is-missing");
        assertEveryControlIsLabelledAndNothingFailed();
    }

    @Test
    @Order(2)
    void anAuditorFollowsOneFigureThroughItsHistoryChecksIntegrityAndSeesANewChangeArrive() throws IOException {
        signInAs("auditor");
        waitForText("Showing as it stands now");
        browser.findElement(By.linkText("Compare drafts")).click();
        waitForText("Compare Draft 1");
        change("Percentage of recyclables collected").findElement(By.linkText("Its whole history")).click();

        waitForText("History of " + draftTwo.target());
        waitForText("2 versions, newest first.");
        assertThat(main()).contains("Why: “Stretch agreed with GLA”").contains("system:import");

        browser.findElement(By.xpath("//button[.='Check integrity']")).click();
        waitForText("Intact: all");
        List<WebElement> drafts = browser.findElements(By.xpath("//table[caption[contains(., 'chain head at each issued draft')]]/tbody/tr"));
        assertThat(drafts).hasSize(2);
        long draftOne = HarrowDraftTwo.run(port, "auditor", "{ plan(id: \"" + HarrowDraftTwo.PLAN + "\") { drafts { version } } }",
                Map.of()).path("plan.drafts[0].version").entity(Long.class).get();
        assertThat(drafts.get(0).getText()).as("the version the plan screen gives Draft 1, and its issue's, each named")
                .startsWith("1 plan version " + draftOne + " plan version " + (draftOne + 1));

        // people and kinds of change are pick-lists of what the log holds
        assertThat(new Select(browser.findElement(By.name("actor"))).getOptions()).extracting(WebElement::getText)
                .contains("Anyone", "admin", "officer", "system:import");
        assertThat(new Select(browser.findElement(By.name("type"))).getOptions()).extracting(WebElement::getText)
                .contains("Every kind of change", "BudgetLineRevised", "DraftIssued", "TargetRevised");
        browser.findElement(By.name("actor")).sendKeys("officer");
        browser.findElement(By.xpath("//button[.='Filter the log']")).click();
        // the five changes the officers made, and nothing by anyone else
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(By.xpath("//h2[.='The plan’s log']/following::table[1]/tbody/tr"));
            return rows.size() == 5 && rows.stream().allMatch(row -> row.getText().contains(" officer "));
        });
        assertThat(main()).contains("Revised settlement");
        screenshot("history-and-integrity");

        HarrowDraftTwo.run(port, "officer", "mutation { reviseTarget(planId: \"" + HarrowDraftTwo.PLAN + "\", targetId: \""
                + draftTwo.target() + "\", input: {target: \"31\"}, expectedVersion: "
                + HarrowDraftTwo.versionOf(port, draftTwo.target()) + ", reason: \"Agreed at committee\") { id } }", Map.of());
        // live over graphql-ws, signed in through connection_init: no polling, no reload
        new WebDriverWait(browser, Duration.ofSeconds(3)).until(d -> main().contains("Agreed at committee"));
        assertThat(browser.findElement(By.id("status")).getText()).contains("The plan has changed");
        assertEveryControlIsLabelledAndNothingFailed();
    }

    @Test
    @Order(3)
    void anAdministratorIssuesDraftThreeFromThePlanScreen() {
        signInAs("admin");
        waitForText("Issue a draft");
        WebElement label = browser.findElement(By.name("draftLabel"));
        assertThat(label.getAttribute("value")).isEqualTo("Draft 3");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2004-06-01'", browser.findElement(By.name("draftDate")));
        browser.findElement(By.name("draftReason")).sendKeys("For the June committee", Keys.ENTER);

        waitForText("Showing Draft 3");
        assertThat(browser.getCurrentUrl()).endsWith("#/plan?at=draft%3A3");
        assertThat(HarrowDraftTwo.run(port, "scrutiny", "{ plan(id: \"" + HarrowDraftTwo.PLAN + "\") { drafts { label documentDate } } }",
                Map.of()).path("plan.drafts[2]").entity(Map.class).get())
                .containsEntry("label", "Draft 3").containsEntry("documentDate", "2004-06-01");
        assertEveryControlIsLabelledAndNothingFailed();
    }

    @Test
    @Order(4)
    void scrutinyIsNotOfferedToIssueADraft() {
        signInAs("scrutiny");
        assertThat(main()).doesNotContain("Issue a draft");
        assertThat(browser.findElements(By.name("draftLabel"))).isEmpty();
    }

    @Test
    @Order(5)
    void anOfficerReportsAQuarterRestatesTheOneBeforeAndAnAuditorSeesThenBesideNow() throws IOException {
        String measure = "M-" + draftTwo.target();
        HarrowDraftTwo.run(port, "officer", "mutation { defineMeasure(planId: \"" + HarrowDraftTwo.PLAN + "\", key: \""
                + draftTwo.target() + "\", input: {title: \"Recyclables collected\", appliesTo: \"" + draftTwo.target()
                + "\", unit: \"%\", betterWhen: HIGHER, frequency: QUARTERLY, tolerance: \"1\", targets: [{year: \"2004/05\", "
                + "target: \"25.2\"}]}, reason: \"Example data for the browser test\") { id } }", Map.of()).path("defineMeasure.id").hasValue();
        for (String[] quarter : new String[][] {{"Q1", "22.0"}, {"Q2", "24.5"}}) {
            HarrowDraftTwo.run(port, "officer", "mutation { recordReading(planId: \"" + HarrowDraftTwo.PLAN + "\", measureId: \""
                    + measure + "\", input: {period: \"2004/05-" + quarter[0] + "\", value: \"" + quarter[1] + "\"}, "
                    + "reason: \"Example data: " + quarter[0] + " return\") { id } }", Map.of()).path("recordReading.id").hasValue();
        }
        HarrowDraftTwo.run(port, "officer", "mutation { recordSpend(planId: \"" + HarrowDraftTwo.PLAN + "\", lineId: \"MTBS-1\", "
                + "input: {period: \"2004/05-Q2\", forecast: \"231.000\", actual: \"114.2\", comment: \"Example data: half-year\"}, "
                + "reason: \"Example data for the browser test\") { id } }", Map.of()).path("recordSpend.id").hasValue();
        signInAs("officer");
        browser.findElement(By.linkText("Monitoring")).click();
        waitForText("Monitoring: what happened against the plan");
        assertThat(browser.findElement(By.xpath("//h2[.='Spending against the budget']/following::table[1]")).getText())
                .contains("Repriced Base Budget").contains("2004/05-Q2").contains("£231.000m").contains("overspend forecast")
                .contains("£114.2m");
        assertThat(browser.findElement(By.xpath("//caption[starts-with(., 'The latest reading')]/..")).getText())
                .contains("Recyclables collected 2004/05-Q2 24.5% 25.2% ▲ close to target better than the period before");

        // the Q3 return, from the keyboard
        browser.findElement(By.name("readingPeriod")).sendKeys("2004/05-Q3");
        browser.findElement(By.name("readingValue")).sendKeys("26.1");
        browser.findElement(By.name("readingComment")).sendKeys("Example data: new round started");
        browser.findElement(By.name("readingReason")).sendKeys("Example data: Q3 return", Keys.ENTER);
        waitForStatus("2004/05-Q3: 26.1% reported");
        long atTheQ3Report = HarrowDraftTwo.versionOf(port, measure + "@2004/05-Q3");

        // Q2 restated after the Q3 report: the first figure stays what was reported then
        browser.findElement(By.name("readingAction")).sendKeys("Restate");
        browser.findElement(By.name("readingPeriod")).sendKeys("2004/05-Q2");
        browser.findElement(By.name("readingValue")).sendKeys("23.9");
        browser.findElement(By.name("readingReason")).sendKeys("Example data: contractor corrected its Q2 return", Keys.ENTER);
        waitForStatus("restated from 24.5% to 23.9%");
        WebElement chart = browser.findElement(By.cssSelector("svg.trend[role='img']"));
        assertThat(chart.getAttribute("aria-label")).contains("3 quarterly readings from 2004/05-Q1 (22.0%) to 2004/05-Q3 (26.1%)")
                .contains("target 25.2% in 2004/05");
        assertThat(chart.findElements(By.cssSelector(".point"))).hasSize(3);
        assertEveryControlIsLabelledAndNothingFailed();

        browser.findElement(By.id("sign-out")).sendKeys(Keys.ENTER);
        signInAs("auditor");
        browser.findElement(By.linkText("Monitoring")).click();
        waitForText("As reported then, as known now");
        browser.findElement(By.name("period")).sendKeys("2004/05-Q2");
        browser.findElement(By.name("then-version")).sendKeys(String.valueOf(atTheQ3Report), Keys.ENTER);
        waitForText("2004/05-Q2 as reported at plan version " + atTheQ3Report);
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.xpath("//h2[.='As reported then, as known now']")));
        screenshot("monitoring-then-and-now");
        assertThat(browser.findElement(By.xpath("//th[.='As reported then']/ancestor::table")).getText())
                .contains("Recyclables collected 24.5%, ▲ close to target 23.9% (restated), ■ off target restated by officer")
                .contains("“Example data: contractor corrected its Q2 return”");
        browser.findElement(By.linkText("Open as a printable document")).sendKeys(Keys.ENTER);
        waitForText("Print it");
        browser.switchTo().frame(browser.findElement(By.cssSelector("iframe.document")));
        wait.until(d -> !d.findElements(By.tagName("h1")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("monitoring report");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Recyclables collected")
                .contains("2004/05-Q2: now 23.9, restated by officer");
        browser.switchTo().defaultContent();
        browser.navigate().back();
        waitForText("As reported then, as known now");
        browser.findElement(By.xpath("//summary[contains(., 'Recyclables collected')]")).sendKeys(Keys.ENTER);
        browser.executeScript("window.scrollTo(0, 0)");
        screenshot("monitoring");
        assertEveryControlIsLabelledAndNothingFailed();
    }

    @Test
    @Order(6)
    void anOfficerCorrectsATargetPreviewsItAndTheComparisonShowsIt() {
        ChromeDriver watcher = watching("auditor", "/#/compare?from=draft%3A3&to=now", "Compare Draft 3");
        try {
            correctTheRecyclingTarget(watcher);
        } finally {
            watcher.quit();
        }
    }

    /** A second browser, signed in and showing a screen, to see changes arrive without reloading. */
    private ChromeDriver watching(String person, String screen, String shown) {
        ChromeDriver watcher = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build(), options());
        WebDriverWait patience = new WebDriverWait(watcher, Duration.ofSeconds(30));
        watcher.get("http://localhost:" + port + "/");
        patience.until(ExpectedConditions.visibilityOfElementLocated(By.name("name"))).sendKeys(person);
        watcher.findElement(By.name("password")).sendKeys(person, Keys.ENTER);
        patience.until(d -> d.findElement(By.id("main")).getText().contains("Showing"));
        watcher.get("http://localhost:" + port + screen);
        patience.until(d -> d.findElement(By.id("main")).getText().contains(shown));
        return watcher;
    }

    private void correctTheRecyclingTarget(ChromeDriver watcher) {
        assertThat(watcher.findElement(By.id("main")).getText()).doesNotContain("Agreed at the June committee");
        signInAs("officer");
        openOutcome("Priority B: Promoting ecologically friendly policies", "Improved levels of collected recyclable waste");
        WebElement form = openForm(browser, "Change the target “Percentage of recyclables collected”");
        WebElement figure = form.findElement(By.name("edit-target"));
        String before = figure.getAttribute("value");
        figure.sendKeys(Keys.chord(Keys.CONTROL, "a"), "32");
        form.findElement(By.name("edit-reason")).sendKeys("Agreed at the June committee", Keys.ENTER);
        wait.until(d -> form.getText().contains("What will change"));
        assertThat(form.getText()).contains("Target figure " + before + " 32").contains("Why: “Agreed at the June committee”");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER); // the preview puts the focus on "Send the change"
        waitForStatus("The target “Percentage of recyclables collected” was changed");
        // pushed over graphql-ws, not polled (polling was every 10 s): the bound leaves room for a busy machine
        new WebDriverWait(watcher, Duration.ofSeconds(2)).until(d -> d.findElement(By.id("main")).getText()
                .contains("Agreed at the June committee"));

        browser.get("http://localhost:" + port + "/#/compare?from=draft%3A3&to=now");
        waitForText("Compare Draft 3");
        assertThat(change("Percentage of recyclables collected").getText()).contains("Target figure " + before + " 32")
                .contains("Why: “Agreed at the June committee”");
        assertEveryControlIsLabelledAndNothingFailed();
    }

    @Test
    @Order(7)
    void twoPeopleChangeOneOutcomeAndTheSecondSeesTheFirstAndReappliesOnTop() throws IOException {
        signInAs("officer");
        openOutcome("Priority A: Visibly improving the street scene", FIRST_OUTCOME_TITLE);
        WebElement form = openForm(browser, "Change the outcome “" + FIRST_OUTCOME_TITLE);
        form.findElement(By.name("edit-achievements")).sendKeys(" Graffiti cleared within 48 hours.");
        form.findElement(By.name("edit-reason")).sendKeys("Figures from the street scene team");

        // meanwhile another officer's session changes the same outcome (the demo accounts have one officer)
        HarrowDraftTwo.run(port, "officer", "mutation { reviseOutcome(planId: \"" + HarrowDraftTwo.PLAN + "\", outcomeId: \""
                + FIRST_OUTCOME + "\", input: {leadDirectorate: \"UL / BC / PF\"}, expectedVersion: "
                + HarrowDraftTwo.versionOf(port, FIRST_OUTCOME) + ", reason: \"Planning joins the lead\") { id } }", Map.of());
        waitForStatus("what you are typing is kept");

        form.findElement(By.name("edit-reason")).sendKeys(Keys.ENTER);
        wait.until(d -> form.getText().contains("What will change"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(d -> form.getText().contains("Someone changed it first"));
        assertThat(form.getText()).contains("officer changed the outcome").contains("“Planning joins the lead”")
                .contains("Nothing of yours was stored").contains("Lead directorate UL / BC UL / BC / PF (unchanged)");
        browser.executeScript("arguments[0].scrollIntoView()", form.findElement(By.cssSelector("[role='alert']")));
        screenshot("conflict");

        browser.switchTo().activeElement().sendKeys(Keys.ENTER); // "Re-apply my changes on top of theirs" has the focus
        wait.until(d -> form.getText().contains("Your changes, now against their version"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForStatus("was changed");
        Map<?, ?> stored = HarrowDraftTwo.run(port, "auditor", "{ plan(id: \"" + HarrowDraftTwo.PLAN + "\") { outcomes(filter: "
                + "{priorityId: \"ENV-A\"}) { id leadDirectorate achievements lastChange { actor reason } } } }", Map.of())
                .path("plan.outcomes[0]").entity(Map.class).get();
        assertThat(stored.get("leadDirectorate")).as("theirs kept").isEqualTo("UL / BC / PF");
        assertThat((String) stored.get("achievements")).as("mine on top").endsWith(" Graffiti cleared within 48 hours.");
        assertThat(stored.get("lastChange")).isEqualTo(Map.of("actor", "officer", "reason", "Figures from the street scene team"));
        assertEveryControlIsLabelledAndNothingFailed();
    }

    @Test
    @Order(8)
    void scrutinyRecommendsOnAChangedBudgetLineAnOfficerAnswersAndTheComparisonShowsItAnswered() throws IOException {
        String draftOneToTwo = "http://localhost:" + port + "/#/compare?from=draft%3A1&to=draft%3A2";
        signInAs("scrutiny");
        browser.get(draftOneToTwo);
        waitForText("Compare Draft 1, dated 07/04/2004 with Draft 2");
        WebElement form = openForm(change("Repriced Base Budget"), "Ask about");
        form.findElement(By.name("askKind")).sendKeys("A recommendation");
        form.findElement(By.name("askText")).sendKeys("Show what the extra £0.309m buys before the budget is agreed");
        form.findElement(By.name("askReason")).sendKeys("Agreed at the committee of 20 May 2004", Keys.ENTER);
        waitForStatus("Recommendation Q-1 recorded on “Repriced Base Budget”");
        assertThat(change("Repriced Base Budget").getText())
                .contains("Recommendation Q-1 from scrutiny (scrutiny, on Draft 2): “Show what the extra £0.309m buys")
                .contains("Answer: Not answered yet");
        assertThat(main()).contains("What scrutiny has asked").contains("1 of 1 not answered yet.");
        assertEveryControlIsLabelledAndNothingFailed();

        browser.findElement(By.id("sign-out")).sendKeys(Keys.ENTER);
        signInAs("officer");
        browser.get(draftOneToTwo);
        waitForText("What scrutiny has asked");
        WebElement answerForm = openForm(browser, "Answer Q-1");
        answerForm.findElement(By.name("verdict-Q-1")).sendKeys("Accepted");
        answerForm.findElement(By.name("answer-Q-1")).sendKeys("A note on growth bids goes into Draft 4");
        answerForm.findElement(By.name("answerReason-Q-1")).sendKeys("Cabinet's response of 3 June", Keys.ENTER);
        waitForStatus("Q-1 answered");
        assertThat(change("Repriced Base Budget").getText()).contains("Answer: accepted: “A note on growth bids goes into Draft 4” (officer,");
        assertThat(main()).contains("0 of 1 not answered yet.");
        browser.executeScript("arguments[0].scrollIntoView()", change("Repriced Base Budget"));
        screenshot("questions");
        assertEveryControlIsLabelledAndNothingFailed();
    }

    @Test
    @Order(9)
    void anOfficerRevisesABudgetFigureAndRecordsATasksProgressFromTheKeyboard() {
        signInAs("officer");
        waitForText("Showing as it stands now");
        browser.findElement(By.xpath("//summary[contains(., 'Medium Term Budget Strategy')]")).sendKeys(Keys.ENTER);
        WebElement line = openForm(browser, "Change the budget line “Basic Inflation”");
        line.findElement(By.name("edit-amount:2004-05")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "7.300");
        line.findElement(By.name("edit-reason")).sendKeys("Pay award settled", Keys.ENTER);
        wait.until(d -> line.getText().contains("What will change"));
        assertThat(line.getText()).contains("2004-2005 (£m) 7.265 7.300");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForStatus("The budget line “Basic Inflation” was changed");

        browser.findElement(By.xpath("//summary[starts-with(., 'The improvement plan')]")).sendKeys(Keys.ENTER);
        WebElement progress = openForm(browser, "Record progress on the task “Establish New Harrow Project");
        progress.findElement(By.xpath(".//input[starts-with(@name, 'progress-date-')]")).sendKeys("1 October 2004");
        progress.findElement(By.xpath(".//textarea")).sendKeys("Area Delivery Model extended to Area 3");
        progress.findElement(By.xpath(".//input[starts-with(@name, 'progress-reason-')]")).sendKeys("Six-monthly update", Keys.ENTER);
        waitForStatus("Progress recorded on the task “Establish New Harrow Project");
        assertThat(main()).as("redrawn with the parts the officer had open still open")
                .contains("1 October 2004: Area Delivery Model extended to Area 3");
        assertEveryControlIsLabelledAndNothingFailed();
    }

    @Test
    @Order(10)
    void anOfficerAddsATargetAndRemovesItAgainWithItsHistoryKept() {
        signInAs("officer");
        openOutcome("Priority B: Promoting ecologically friendly policies", "Improvements to the quality of the air");
        WebElement add = openForm(browser, "Add a target under “Improvements to the quality of the air");
        add.findElement(By.xpath(".//input[starts-with(@name, 'new-target-description-')]")).sendKeys("Days of poor air quality");
        add.findElement(By.xpath(".//input[starts-with(@name, 'new-target-target-')]")).sendKeys("10");
        add.findElement(By.xpath(".//input[starts-with(@name, 'new-target-unit-')]")).sendKeys("days");
        add.findElement(By.xpath(".//input[starts-with(@name, 'new-target-reason-')]")).sendKeys("Example data: a target to try", Keys.ENTER);
        waitForStatus("was added under “Improvements to the quality of the air");
        String target = browser.findElement(By.id("status")).getText().replaceAll(".*The target (\\S+) was added under.*", "$1");
        assertThat(main()).as("the outcome is still open after the redraw").contains("Days of poor air quality");

        WebElement remove = openForm(browser, "Remove the target “Days of poor air quality”");
        remove.findElement(By.name("remove-reason-" + target)).sendKeys("Example data: set by mistake", Keys.ENTER);
        waitForStatus("The target “Days of poor air quality” was removed");
        assertThat(main()).doesNotContain("Days of poor air quality");
        assertThat(HarrowDraftTwo.run(port, "auditor", "query($e: ID!) { history(planId: \"" + HarrowDraftTwo.PLAN + "\", entityId: $e) "
                + "{ totalCount } }", Map.of("e", target)).path("history.totalCount").entity(Integer.class).get())
                .as("set, then removed: both in its history").isEqualTo(2);

        // the same for a line of a budget table
        browser.findElement(By.xpath("//summary[contains(., 'Medium Term Budget Strategy')]")).sendKeys(Keys.ENTER);
        WebElement line = openForm(browser, "Add a budget line under “Medium Term Budget Strategy");
        line.findElement(By.xpath(".//input[starts-with(@name, 'new-budget-line-label-')]")).sendKeys("Contingency");
        line.findElement(By.xpath(".//input[starts-with(@name, 'new-budget-line-reason-')]")).sendKeys("Example data: a line to try", Keys.ENTER);
        waitForStatus("was added under “Medium Term Budget Strategy");
        openForm(browser, "Remove the budget line “Contingency”").findElement(By.xpath(".//input[starts-with(@name, 'remove-reason-')]"))
                .sendKeys("Example data: added by mistake", Keys.ENTER);
        waitForStatus("The budget line “Contingency” was removed");
        assertThat(main()).doesNotContain("Contingency");
        assertEveryControlIsLabelledAndNothingFailed();
    }

    private void openOutcome(String priority, String outcome) {
        waitForText("Showing as it stands now");
        browser.findElement(By.xpath("//summary[contains(., '" + priority + "')]")).sendKeys(Keys.ENTER);
        browser.findElement(By.xpath("//summary[contains(., '" + outcome + "')]")).sendKeys(Keys.ENTER);
    }

    /** Opens, from the keyboard, the form under the first summary in {@code where} that starts with these words. */
    private static WebElement openForm(SearchContext where, String summary) {
        WebElement opener = where.findElement(By.xpath(".//summary[starts-with(., '" + summary + "')]"));
        opener.sendKeys(Keys.ENTER);
        return opener.findElement(By.xpath("following-sibling::form"));
    }

    private void assertThePrintableComparisonOpensWithItsMarks() {
        browser.findElement(By.linkText("Open as a printable document")).sendKeys(Keys.ENTER);
        waitForText("Print it");
        assertThat(browser.getCurrentUrl()).contains("#/document?path=");
        assertTheDocumentReads(List.of("242.691", "25.2"), List.of("243.000", "30"));
        // its address is a real one: opened again, as from a bookmark, it shows the same document
        String address = browser.getCurrentUrl();
        browser.get("about:blank");
        browser.get(address);
        waitForText("Print it");
        assertTheDocumentReads(List.of("242.691", "25.2"), List.of("243.000", "30"));
        browser.navigate().back();
        browser.navigate().back();
        browser.navigate().back();
        waitForText("Compare Draft 1");
    }

    /** The framed document: its heading, and the words it strikes out and puts in. */
    private void assertTheDocumentReads(List<String> struckOut, List<String> putIn) {
        browser.switchTo().frame(browser.findElement(By.cssSelector("iframe.document")));
        wait.until(d -> !d.findElements(By.tagName("h1")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("what changed");
        assertThat(browser.findElements(By.tagName("del"))).extracting(WebElement::getText).containsAll(struckOut);
        assertThat(browser.findElements(By.tagName("ins"))).extracting(WebElement::getText).containsAll(putIn);
        browser.switchTo().defaultContent();
    }

    private void signInAs(String person) {
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("name"))).sendKeys(person);
        // signed in from the keyboard alone: the Enter key submits the form
        browser.findElement(By.name("password")).sendKeys(person, Keys.ENTER);
        waitForText("Showing");
        assertThat(browser.findElement(By.id("who-name")).getText()).isEqualTo("Signed in as " + person);
    }

    private void waitForText(String text) {
        wait.until(d -> main().contains(text));
    }

    private void waitForStatus(String text) {
        wait.withMessage(() -> "the status says “" + text + "”; the screen says: " + main())
                .until(d -> d.findElement(By.id("status")).getText().contains(text));
    }

    private String main() {
        return browser.findElement(By.id("main")).getText();
    }

    private WebElement change(String label) {
        return browser.findElement(By.xpath("//article[contains(@class, 'change')][.//h3[contains(., '" + label + "')]]"));
    }

    private void assertEveryControlIsLabelledAndNothingFailed() {
        Object unlabelled = ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll('input, select')]"
                + ".filter(e => e.labels.length === 0).map(e => e.name)");
        assertThat((List<?>) unlabelled).as("form controls without a label").isEmpty();
        List<LogEntry> failures = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(failures).as("errors in the browser's console (a failed load, a blocked request, a script error)").isEmpty();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
