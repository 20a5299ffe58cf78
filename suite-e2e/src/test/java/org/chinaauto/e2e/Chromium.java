package org.chinaauto.e2e;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium that keeps the page's console, e.g. to see what a Content-Security-Policy refused. */
final class Chromium {

    private Chromium() {
    }

    static WebDriver withConsole() {
        return withConsole(null);
    }

    /** With downloads saved, without asking, into {@code downloads} (when not null). */
    static WebDriver withConsole(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
        }
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1200");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Waits until the dashboard says it has loaded every section; when it does not, the failure carries the page's
     * console and what each card shows, which is what one looks at first.
     */
    static void awaitDashboard(WebDriver browser) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                    d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        } catch (TimeoutException e) {
            String console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString).collect(Collectors.joining("\n  "));
            String cards = browser.findElements(By.cssSelector("[data-status]")).stream()
                    .map(c -> c.getAttribute("id") + "=" + c.getAttribute("data-status")).collect(Collectors.joining(", "));
            throw new AssertionError("the dashboard did not load within 30 s; cards: " + cards + "; console:\n  "
                    + console, e);
        }
    }
}
