package org.chinaauto.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.path.json.JsonPath;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The dashboard as a user sees it in headless Chromium, over the real suite with its default dataset: every card with
 * the seed figures read from the page, a tooltip on hover, the vintage control, the CSV downloads against the API,
 * a brand's page, an accessibility scan (axe-core), a narrow screen, and a stopped service marking its cards.
 * Screenshots are kept in suite-e2e/target/dashboard/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    static final Path ARTIFACTS = Path.of(System.getProperty("suite.root", "..")).resolve("suite-e2e/target/dashboard");
    static final String NEV_SALES = "NEV sales (CAAM)";
    static final String JAN_NOV_2025 = "2025-01/2025-11";

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static SuiteRunner suite;
    static String gateway;
    static WebDriver browser;
    static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(ARTIFACTS);
        downloads = Files.createTempDirectory("dashboard-downloads");
        suite = closing.add(RunningSuite.start());
        gateway = suite.url("gateway");
        browser = Chromium.withConsole(downloads);
        closing.add(browser::quit);
    }

    @Test
    @Order(1)
    void everyCardShowsTheSeedFigures() throws Exception {
        open("/");
        // the KPI strip of January-November 2025 (CAAM): production, sales, the NEV share reported and computed
        assertThat(kpi("production").getAttribute("data-value")).isEqualTo("31230000");
        assertThat(kpi("production").getText()).contains("31,230,000", "31.23 million", "31,225,000 to 31,235,000",
                "CAAM (named by the report)");
        assertThat(kpi("sales").getAttribute("data-value")).isEqualTo("31130000");
        WebElement reported = kpi("nev_share_reported");
        assertThat(reported.getText()).contains("40.9%", "outside the computed range by 4.02 points");
        assertThat(kpi("nev_share_computed").getText()).contains("46.58%", "44.97% to 48.19%");
        assertThat(reported.getAttribute("class")).contains("outside");
        // the NEV series: spans as published, the bounds of "nearly 15 million"
        assertThat(row("card-nev", NEV_SALES, JAN_NOV_2025)).contains("15,000,000", "14,000,000 to 15,000,000",
                "nearly 15 million");
        assertThat(row("card-nev", NEV_SALES, "2024")).contains("12,860,000");
        assertThat(row("card-nev", "NEV share of sales, computed (CAAM)", JAN_NOV_2025)).contains("46.58%", "computed");
        // exports by publisher and the gap between CAAM's and customs' 2024 figures
        assertThat(row("card-exports", "Exports, all (GACC)", "2024")).contains("6,410,000");
        assertThat(row("card-exports", "Exports, all (CAAM)", "2024")).contains("5,860,000");
        assertThat(browser.findElement(By.cssSelector("#card-exports .gaps li[data-period='2024']")).getText())
                .contains("545,000 (535,000 to 555,000)", "9.3%", "the definitions differ");
        // November 2025: the brand ranking and HIMA's roll-up with what it attributes to none of its brands
        assertThat(row("card-ranking", "Leapmotor", "2025-11")).contains("70,327");
        assertThat(row("card-rollups", "Not attributed (Harmony Intelligent Mobility Alliance)", "2025-11"))
                .contains("44,568");
        assertThat(row("card-rollups", "Reported total (Harmony Intelligent Mobility Alliance)", "2025-11"))
                .contains("81,864");
        for (String card : List.of("card-kpi", "card-nev", "card-exports", "card-ranking", "card-rollups")) {
            WebElement c = browser.findElement(By.id(card));
            assertThat(c.getAttribute("data-status")).as(card).isEqualTo("complete");
            assertThat(c.findElement(By.cssSelector(".degraded")).isDisplayed()).as(card).isFalse();
            assertThat(c.findElement(By.cssSelector(".source")).getText()).as(card).startsWith("Sources")
                    .contains("commentary, December 2025");
        }
        // the charts are ECharts', drawn by the library the gateway serves itself (compressed), from its mvnpm jar
        assertThat(browser.findElements(By.cssSelector("#card-nev .chart canvas"))).isNotEmpty();
        String library = browser.findElement(By.cssSelector("script[src*='echarts']")).getAttribute("src");
        assertThat(library).startsWith(gateway + "/_static/echarts/").endsWith("/dist/echarts.min.js");
        given().get(library).then().statusCode(200).header("Content-Encoding", "gzip");
        screenshot("healthy.png");
    }

    @Test
    @Order(2)
    void hoveringTheJanuaryToNovember2025NevSalesShowsPublisherBoundsAndSource() throws Exception {
        open("/");
        WebElement chart = browser.findElement(By.cssSelector("#card-nev .chart"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
        // where the span is drawn: the middle of its months, at its value
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) browser).executeScript("""
                const chart = echarts.getInstanceByDom(arguments[0]);
                const series = chart.getOption().series;
                const s = series.findIndex(x => x.name === arguments[1]);
                const d = series[s].data.findIndex(x => x.figure.period === arguments[2]);
                const [start, end, value] = series[s].data[d].value;
                const [x, y] = chart.convertToPixel({ seriesIndex: s }, [(start + end) / 2, value]);
                const box = arguments[0].getBoundingClientRect();
                return [Math.round(box.left + x), Math.round(box.top + y)];
                """, chart, NEV_SALES, JAN_NOV_2025);
        new Actions(browser).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).perform();
        WebElement tip = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector(".chart-tip")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        String text = tip.getText();
        Files.writeString(ARTIFACTS.resolve("tooltip-nev-sales-2025-01-11.txt"), text);
        assertThat(text).contains(NEV_SALES, "Jan-Nov 2025 (11 months)", "15,000,000", "nearly 15 million",
                "14,000,000 to 15,000,000", "CAAM (named by the report)", "wholesale, exports included", "2025-12",
                "China's 31 Million Auto Milestone");
        // as the window shows it: a resize would move the chart under the pointer
        Files.write(ARTIFACTS.resolve("tooltip.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        // by keyboard: the chart takes the focus, an arrow key shows its first figure and reads it out
        new Actions(browser).moveToLocation(1, 1).perform();
        chart.sendKeys(Keys.ARROW_RIGHT);
        WebElement readout = browser.findElement(By.cssSelector("#card-nev .chart + [aria-live]"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !readout.getAttribute("textContent").isEmpty());
        assertThat(readout.getAttribute("textContent")).contains("Figure: NEV production (CAAM)", "Period: H1 2023",
                "Value: 3,788,000", "Bounds: 3,787,500 to 3,788,500", "Publisher: CAAM (inferred by the suite");
        assertThat(browser.switchTo().activeElement()).isEqualTo(chart);
    }

    @Test
    @Order(3)
    void theVintageControlShowsTheFiguresAsPublishedByThatDate() {
        open("/?vintage=2025-11-01");
        assertThat(browser.findElement(By.id("vintage")).getAttribute("value")).isEqualTo("2025-11-01");
        assertThat(rows("card-nev", JAN_NOV_2025)).as("Jan-Nov 2025 published in December").isEmpty();
        assertThat(row("card-nev", NEV_SALES, "2025-01/2025-08")).contains("9,620,000", "9.62 million");
        assertThat(kpi("production").getText()).contains("not published for this period");
        assertThat(browser.findElement(By.id("vintage-shown")).getText()).contains("as published by 2025-11-01");
        // November's deliveries were published in December: the ranking says so instead of drawing empty axes
        WebElement ranking = browser.findElement(By.id("card-ranking"));
        assertThat(ranking.findElement(By.cssSelector(".empty")).getText()).isEqualTo("No deliveries published for 2025-11.");
        assertThat(ranking.findElement(By.cssSelector(".chart")).isDisplayed()).isFalse();
        assertThat(ranking.findElement(By.cssSelector(".brand-links")).isDisplayed()).isFalse();
        assertThat(ranking.getAttribute("data-status")).isEqualTo("complete");
        // cleared in the form: the address no longer carries it, and the latest figures are back
        submit("vintage", "");
        awaitRows("card-nev", JAN_NOV_2025);
        assertThat(browser.getCurrentUrl()).doesNotContain("vintage");
        assertThat(rows("card-nev", JAN_NOV_2025)).isNotEmpty();
        assertThat(ranking.findElement(By.cssSelector(".chart")).isDisplayed()).isTrue();
        assertThat(ranking.findElement(By.cssSelector(".empty")).isDisplayed()).isFalse();
        assertThat(rows("card-ranking", "2025-11")).hasSize(4);
    }

    @Test
    @Order(3)
    void theReleaseCalendarMarksWhoIsLateAsItStoodOnTheVintage() {
        open("/?vintage=2026-01-20");
        WebElement calendar = browser.findElement(By.id("card-calendar"));
        assertThat(calendar.getAttribute("data-status")).isEqualTo("complete");
        assertThat(calendar.findElement(By.cssSelector(".calendar-summary")).getText()).startsWith("On 20 Jan 2026:");
        WebElement caam = calendar.findElement(By.cssSelector("tr[data-publisher='CAAM'][data-series='sales']"));
        assertThat(caam.getAttribute("class")).isEqualTo("late");
        assertThat(caam.getText()).contains("Nov 2025", "Dec 2025", "14 Jan 2026", "Late by 6 days, beyond its 3 days of grace");
        WebElement hima = calendar.findElement(By.cssSelector("tr[data-publisher='HIMA'][data-series='deliveries']"));
        assertThat(hima.getText()).contains("2 Jan 2026", "Late by 18 days");
        assertThat(calendar.findElement(By.cssSelector("tr[data-publisher='CPCA']")).getText()).contains("No figures yet");
        // the late come first
        assertThat(calendar.findElements(By.cssSelector("table.calendar tbody tr")).get(0).getAttribute("data-status"))
                .isEqualTo("late");
        open("/?vintage=2025-12-31");
        assertThat(browser.findElement(By.cssSelector("#card-calendar tr[data-publisher='CAAM'][data-series='sales']"))
                .getText()).contains("On time");
    }

    @Test
    @Order(3)
    void aViewIsSharedByItsAddress() {
        open("/?period=2024&from=2023-01&to=2025-12");
        assertThat(browser.findElement(By.id("period")).getAttribute("value")).isEqualTo("2024");
        assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo("2023-01");
        assertThat(browser.findElement(By.cssSelector("#card-kpi h2")).getText()).isEqualTo("Key figures, 2024 (12 months)");
        // 2024 exports by publisher: CAAM's count and customs' (GACC), each with its definition
        List<String> exports = browser.findElements(By.cssSelector("#card-kpi li[data-kpi='exports']")).stream()
                .map(WebElement::getText).toList();
        assertThat(exports).anySatisfy(t -> assertThat(t).contains("Exports, all vehicles (CAAM)", "5,860,000"));
        assertThat(exports).anySatisfy(t -> assertThat(t).contains("Exports, all vehicles (GACC)", "6,410,000",
                "6,400,000 to 6,410,000", "GACC (named by the report)", "including chassis"));
        // the timeline from 2023: customs' 2020 total is outside it
        assertThat(rows("card-exports", "2020")).isEmpty();
        assertThat(rows("card-exports", "2024")).isNotEmpty();

        // a period the gateway cannot read, asked for in the form: the KPI card is refused with its reason and keeps
        // nothing of the view before; the other cards are drawn
        submit("period", "2025-13");
        WebElement kpis = browser.findElement(By.id("card-kpi"));
        assertThat(kpis.getAttribute("data-status")).isEqualTo("rejected");
        assertThat(kpis.findElement(By.cssSelector(".degraded")).getText()).startsWith("Not shown:").contains("2025-13");
        assertThat(kpis.findElements(By.cssSelector(".kpis li"))).isEmpty();
        assertThat(kpis.findElements(By.cssSelector("table.figures tbody tr"))).isEmpty();
        assertThat(browser.findElement(By.id("card-nev")).getAttribute("data-status")).isEqualTo("complete");

        // a range that ends before it starts: neither the chart nor the figures of the range before stay on the card
        submit("from", "2026-01");
        WebElement nev = browser.findElement(By.id("card-nev"));
        assertThat(nev.getAttribute("data-status")).isEqualTo("rejected");
        assertThat(nev.findElement(By.cssSelector(".degraded")).getText()).startsWith("Not shown:");
        assertThat(nev.findElement(By.cssSelector(".chart")).isDisplayed()).isFalse();
        assertThat(nev.findElements(By.cssSelector("table.figures tbody tr"))).isEmpty();
        assertThat(nev.findElement(By.cssSelector("button.png")).isDisplayed()).isFalse();
    }

    @Test
    @Order(4)
    void theCsvDownloadsHoldWhatTheApiAnswers() throws Exception {
        open("/");
        List<Map<String, String>> nev = download("card-nev", "nev-series.csv");
        JsonPath timeline = given().get(gateway + "/api/timeline?from=2020-01&to=2025-12").then().statusCode(200)
                .extract().jsonPath();
        int compared = 0;
        for (Map<String, Object> series : timeline.<Map<String, Object>>getList("series")) {
            String key = (String) series.get("key");
            if (!key.matches("market:(production:nev|sales:nev|sales_share:nev|nev_share_computed):.*")) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> points = (List<Map<String, Object>>) series.get("points");
            for (Map<String, Object> p : points) {
                Map<String, String> row = nev.stream().filter(r -> r.get("series").equals(series.get("label"))
                        && r.get("period").equals(p.get("period"))).findFirst().orElseThrow(
                                () -> new AssertionError("no CSV row for " + series.get("label") + " " + p.get("period")));
                for (String field : List.of("value", "low", "high")) {
                    assertThat(new BigDecimal(row.get(field))).as(key + " " + p.get("period") + " " + field)
                            .isEqualByComparingTo(new BigDecimal(String.valueOf(p.get(field))));
                }
                assertThat(row.get("source")).isEqualTo(p.get("source"));
                compared++;
            }
        }
        assertThat(nev).hasSize(compared);
        assertThat(compared).as("4 production, 4 sales, 2 reported and 1 computed share").isEqualTo(11);

        List<Map<String, String>> exports = download("card-exports", "exports-by-publisher.csv");
        JsonPath gap = given().get(gateway + "/api/reconciliation?measure=exports&period=2024").then().statusCode(200)
                .extract().jsonPath();
        Map<String, String> gapRow = exports.stream().filter(r -> r.get("series").startsWith("Gap")).findFirst().orElseThrow();
        assertThat(gapRow.get("value")).isEqualTo(gap.getString("gaps[0].gap.value"));
        assertThat(gapRow.get("low")).isEqualTo(gap.getString("gaps[0].gap.low"));
        assertThat(gapRow.get("high")).isEqualTo(gap.getString("gaps[0].gap.high"));
        assertThat(gapRow.get("computed")).isEqualTo("true");

        List<Map<String, String>> ranking = download("card-ranking", "brand-ranking.csv");
        JsonPath overview = given().get(gateway + "/api/overview?period=2025-11").then().statusCode(200)
                .extract().jsonPath();
        assertThat(ranking.stream().collect(Collectors.toMap(r -> r.get("series"), r -> r.get("value"))))
                .isEqualTo(overview.getList("sections.brand_ranking.data.entries", Map.class).stream().collect(
                        Collectors.toMap(e -> (String) e.get("name"), e -> String.valueOf(e.get("deliveries")))));

        // the PNG of a chart
        browser.findElement(By.cssSelector("#card-nev button.png")).click();
        Path png = awaitDownload("nev-series.png");
        assertThat(Files.readAllBytes(png)).startsWith(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
        Files.copy(png, ARTIFACTS.resolve("nev-series-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @Order(5)
    void aBrandPageShowsItsDeliveriesAndTargetProgress() throws Exception {
        open("/");
        browser.findElement(By.cssSelector("#card-ranking .brand-links a[href='#/brands/leapmotor']")).click();
        Chromium.awaitDashboard(browser);
        awaitRows("card-history", "2025-11");
        assertThat(browser.getCurrentUrl()).endsWith("#/brands/leapmotor");
        assertThat(browser.findElement(By.id("brand-name")).getText()).isEqualTo("Leapmotor");
        assertThat(row("card-history", "Deliveries (Leapmotor)", "2025-11")).contains("70,327", "Leapmotor (inferred");
        assertThat(browser.findElement(By.cssSelector("#card-history .history-note")).getText())
                .contains("No figure published for 11 of 12 months");
        assertThat(row("card-target", "Target 2025, revision 1 (Leapmotor)", "2025")).contains("500,000");
        assertThat(browser.findElement(By.cssSelector("#card-target .target-note")).getText())
                .contains("achieved ahead of schedule");
        assertThat(browser.findElement(By.id("overview")).isDisplayed()).isFalse();
        assertSeriousOrCriticalFree("brand page");
        screenshot("brand-leapmotor.png");
    }

    @Test
    @Order(6)
    void theOverviewPassesAnAccessibilityScanAndFitsANarrowScreen() throws Exception {
        open("/");
        assertSeriousOrCriticalFree("overview");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/");
            @SuppressWarnings("unchecked")
            Map<String, Object> overflow = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                    const width = document.documentElement.clientWidth;
                    return { by: document.documentElement.scrollWidth - width,
                      wider: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1)
                        .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className) };""");
            assertThat(((Number) overflow.get("by")).intValue()).as("no sideways scrolling; wider than the screen: "
                    + overflow.get("wider")).isLessThanOrEqualTo(0);
            assertSeriousOrCriticalFree("overview, narrow");
            screenshot("narrow.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1200));
        }
    }

    @Test
    @Order(7)
    void aStoppedServiceMarksItsCardsDegraded() throws Exception {
        suite.stop("exports-service");
        open("/");
        WebElement exports = browser.findElement(By.id("card-exports"));
        assertThat(exports.getAttribute("data-status")).isIn("unavailable", "stale");
        assertThat(exports.findElement(By.cssSelector(".degraded")).isDisplayed()).isTrue();
        assertThat(exports.findElement(By.cssSelector(".degraded")).getText()).startsWith("Degraded").contains("exports-service");
        // the KPI strip shows exports too
        assertThat(browser.findElement(By.id("card-kpi")).getAttribute("data-status")).isIn("unavailable", "stale");
        for (String healthy : List.of("card-nev", "card-ranking", "card-rollups")) {
            assertThat(browser.findElement(By.id(healthy)).getAttribute("data-status")).as(healthy).isEqualTo("complete");
        }
        assertThat(row("card-nev", NEV_SALES, JAN_NOV_2025)).contains("15,000,000");
        assertThat(browser.findElement(By.id("load-status")).getAttribute("textContent")).contains("degraded");
        screenshot("degraded.png");
    }

    private static void open(String path) {
        browser.get(gateway + path);
        Chromium.awaitDashboard(browser);
    }

    /** Sets one control of the form and submits it, as a user would, and waits until the page is drawn. */
    private static void submit(String control, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                control, value);
        browser.findElement(By.cssSelector("#controls button[type='submit']")).click();
        Chromium.awaitDashboard(browser);
    }

    private static WebElement kpi(String key) {
        return browser.findElement(By.cssSelector("#card-kpi li[data-kpi='" + key + "']"));
    }

    /** The table rows of a card for a period (the table is the chart's figures, read by screen readers). */
    private static List<WebElement> rows(String card, String period) {
        return browser.findElements(By.cssSelector("#" + card + " table.figures tbody tr[data-period='" + period + "']"));
    }

    private static String row(String card, String series, String period) {
        return rows(card, period).stream().filter(r -> series.equals(r.getAttribute("data-series")))
                .map(r -> r.getAttribute("textContent")).findFirst()
                .orElseThrow(() -> new AssertionError(card + " shows no " + series + " of " + period));
    }

    private static void awaitRows(String card, String period) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !rows(card, period).isEmpty());
    }

    private static List<Map<String, String>> download(String card, String name) throws Exception {
        Files.deleteIfExists(downloads.resolve(name));
        browser.findElement(By.cssSelector("#" + card + " button.csv")).click();
        Path file = awaitDownload(name);
        Files.copy(file, ARTIFACTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    private static Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.exists(file)
                && !Files.exists(downloads.resolve(name + ".crdownload")) && file.toFile().length() > 0);
        return file;
    }

    private static void assertSeriousOrCriticalFree(String page) throws Exception {
        List<Map<String, Object>> violations = Axe.violations(browser);
        Files.writeString(ARTIFACTS.resolve("axe-" + page.replaceAll("\\W+", "-") + ".txt"),
                violations.stream().map(Object::toString).collect(Collectors.joining("\n")));
        assertThat(violations.stream().filter(v -> List.of("serious", "critical").contains(v.get("impact"))))
                .as(page + ": " + violations).isEmpty();
    }

    /** The whole page: the window made as tall as the page for the picture, then as it was. */
    private static void screenshot(String name) throws Exception {
        Dimension size = browser.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight + (window.outerHeight - window.innerHeight)");
        browser.manage().window().setSize(new Dimension(size.getWidth(), Math.max(size.getHeight(), height.intValue())));
        try {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), ARTIFACTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(size);
        }
    }
}
