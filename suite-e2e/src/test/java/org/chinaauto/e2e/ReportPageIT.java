package org.chinaauto.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.path.json.JsonPath;

/**
 * A report pasted in the dashboard's report page, over the real suite: its figures proposed beside its highlighted
 * words, one accepted and corrected, loaded into market-service through the gateway, and read back there with the
 * report and sentence it came from; the page opened again at that sentence, as a figure's tooltip links to it.
 */
class ReportPageIT {

    /** A synthetic article: a production figure whose publisher no known name gives, so the editor supplies it. */
    static final String SENTENCE = "Output of new energy vehicles reached nearly 4.2 million units in the first "
            + "quarter of 2031, the SYN association said";
    static final String TEXT = "SYN wire, April 2031.\n\n" + SENTENCE + ". Nothing else was counted.";

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static SuiteRunner suite;
    static String gateway;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        suite = closing.add(RunningSuite.start());
        gateway = suite.url("gateway");
        browser = Chromium.withConsole();
        closing.add(browser::quit);
    }

    @Test
    void aPastedReportGoesFromTextToLoadedFiguresEachReachableFromItsSentence() throws Exception {
        browser.get(gateway + "/reports.html");
        Chromium.awaitDashboard(browser);
        type("token", suite.tokens().editor());
        type("title", "SYN first-quarter wire");
        type("published", "2031-04");
        type("text", TEXT);
        browser.findElement(By.id("submit-report")).click();
        WebElement mark = await(By.cssSelector("#marks mark.figure-mark"));
        assertThat(mark.getText()).startsWith("nearly 4.2 million units");
        String number = mark.getAttribute("data-figures").split(" ")[0];
        WebElement row = browser.findElement(By.id("figure-" + number));
        assertThat(row.getText()).contains("nearly 4.2 million units", "4,100,000–4,200,000");
        assertThat(browser.findElement(By.id("measure-" + number)).getAttribute("value")).isEqualTo("production");
        assertThat(browser.findElement(By.id("segment-" + number)).getAttribute("value")).isEqualTo("nev");
        assertThat(browser.findElement(By.id("period-" + number)).getAttribute("value")).isEqualTo("2031-Q1");
        long report = Long.parseLong(browser.findElement(By.id("report")).getAttribute("data-report-id"));

        // the reader names no publisher it knows: the editor gives it, accepts the figure and loads the report
        type("publisher-" + number, "SYN-ASSOC");
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
                browser.findElement(By.id("publisher-" + number)));
        awaitStatus("Figure " + number + ": publisher saved as SYN-ASSOC.");
        assertThat(figure(report, number).getString("publisher")).isEqualTo("SYN-ASSOC");
        browser.findElement(By.id("accept-" + number)).click();
        awaitStatus("Figure " + number + ": accepted.");
        assertThat(figure(report, number).getString("review")).isEqualTo("accepted");
        browser.findElement(By.id("load-report")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "loaded"
                .equals(d.findElement(By.id("load-outcome")).getAttribute("data-outcome")));
        assertThat(browser.findElement(By.id("load-outcome")).getText()).contains("market");

        // the figure in market-service, read through the gateway, names its report and sentence
        // (a read the relay gives up on after its 2 s, on a machine busy with the whole suite, is asked again)
        JsonPath figures = new FluentWait<>(gateway).withTimeout(Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(500)).until(g -> {
                    var answer = given().queryParam("publisher", "SYN-ASSOC").get(g + "/api/services/market/figures");
                    return answer.statusCode() == 200 ? answer.jsonPath() : null;
                });
        assertThat(figures.getList("items")).hasSize(1);
        assertThat(figures.getLong("items[0].report_id")).isEqualTo(report);
        assertThat(figures.getString("items[0].quote")).isEqualTo(SENTENCE);
        assertThat(figures.getString("items[0].stated_as")).isEqualTo("nearly 4.2 million units");
        assertThat(figures.getString("items[0].period")).isEqualTo("2031-Q1");
        assertThat(figures.getString("items[0].source")).contains("SYN first-quarter wire", "report " + report);

        // loading again changes nothing
        given().auth().oauth2(suite.tokens().editor()).post(gateway + "/api/services/reports/reports/" + report
                + "/load").then().statusCode(200).body("services[0].outcome",
                        org.hamcrest.Matchers.equalTo("already_loaded"));

        // the page a tooltip links to opens the report at the sentence
        browser.get(gateway + "/reports.html?report=" + report + "&quote="
                + URLEncoder.encode(SENTENCE, StandardCharsets.UTF_8).replace("+", "%20"));
        Chromium.awaitDashboard(browser);
        assertThat(await(By.id("quoted")).getText()).contains("nearly 4.2 million units");
        List<Map<String, Object>> violations = Axe.violations(browser);
        assertThat(violations.stream().filter(v -> List.of("serious", "critical").contains(v.get("impact"))))
                .as(violations.stream().map(Object::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    private static void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static WebElement await(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(by).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Waits for the table's status line to say what the page did, and shows what it said when it did not. */
    private static void awaitStatus(String expected) {
        WebElement status = browser.findElement(By.id("figures-status"));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> expected.equals(status.getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(status.getText()).as("the figures' status line").isEqualTo(expected);
        }
    }

    private static JsonPath figure(long report, String number) {
        return given().get(gateway + "/api/services/reports/reports/" + report + "/figures/" + number).then()
                .statusCode(200).extract().jsonPath();
    }
}
