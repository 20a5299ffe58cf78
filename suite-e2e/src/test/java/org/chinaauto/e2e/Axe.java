package org.chinaauto.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility scan (npm), injected into a page. axe-core is installed with npm into a cache directory
 * outside the repository when missing (AXE_CACHE, default ~/.cache/china-auto-axe).
 */
final class Axe {

    static final String VERSION = "4.14.1";

    private Axe() {
    }

    /** The violations of the page as it is now: rule id, impact, help and the elements concerned. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> violations(WebDriver browser) throws IOException, InterruptedException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(Files.readString(script()));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary) }))))
                  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
                """);
        return (List<Map<String, Object>>) result;
    }

    private static Path script() throws IOException, InterruptedException {
        String dir = System.getenv("AXE_CACHE");
        Path cache = dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cache", "china-auto-axe");
        Path script = cache.resolve("node_modules/axe-core/axe.min.js");
        Path installed = cache.resolve("node_modules/axe-core/package.json");
        if (!Files.exists(installed) || !Files.readString(installed).contains("\"version\": \"" + VERSION + "\"")) {
            Files.createDirectories(cache);
            Process npm = new ProcessBuilder("npm", "install", "--prefix", cache.toString(), "--silent", "--no-audit",
                    "--no-fund", "axe-core@" + VERSION).inheritIO().start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm could not install axe-core@" + VERSION + " into " + cache);
            }
        }
        return script;
    }
}
