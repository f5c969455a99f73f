package org.decisionguide.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.decisionguide.Fixtures;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.decisionguide.render.SiteRenderer;
import org.decisionguide.serve.SiteServer;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * The real site, built from the repository and served by the project's own server on 127.0.0.1, driven by
 * Debian's Chromium through its own chromedriver (Selenium Manager never runs, nothing is downloaded).
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** The site's CSP with the site's own scripts blocked: the no-JavaScript state, in which axe can still run. */
    static final String NO_SCRIPTS = SiteRenderer.CSP.replace("script-src 'self'", "script-src 'none'") + "; frame-ancestors 'none'";

    final SiteServer server;
    final String origin;
    final BuildResult site;

    private Browser(SiteServer server, BuildResult site, String origin) {
        this.server = server;
        this.site = site;
        this.origin = origin;
    }

    /** Builds the real site for this server's address, not strict, and serves it; {@code headers} override the defaults. */
    static Browser serve(Map<String, String> headers) throws IOException {
        SiteServer server = new SiteServer(0, "", headers);
        String origin = "http://127.0.0.1:" + server.port();
        // As a pull request builds it: a missing translation is a warning, and readers get the fallback page.
        BuildResult result = Pipeline.build(new BuildOptions(Fixtures.repoRoot(), false, origin));
        if (result.hasErrors()) throw new IllegalStateException(result.problems().toString());
        server.replace(result.files());
        server.start();
        return new Browser(server, result, origin);
    }

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /**
     * A headless Chromium whose profile and temporary files (Chromium's own, through TMPDIR) live in one folder that
     * is deleted when the driver quits, or when the JVM exits if a test never quit it: test runs leave nothing in /tmp.
     */
    static WebDriver chromium(boolean javascript) throws IOException {
        if (!available()) {
            throw new IllegalStateException("Chromium is not installed: run `apt-get install -y chromium chromium-driver` "
                    + "(./guide test does this for you when it can)");
        }
        Path home = Files.createTempDirectory("guide-chromium");
        Path tmp = Files.createDirectory(home.resolve("tmp"));
        ChromeOptions o = new ChromeOptions().setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + home.resolve("profile"));
        if (!javascript) o.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().withEnvironment(Map.of("TMPDIR", tmp.toString())).build();
        Thread atExit = new Thread(() -> delete(home));
        Runtime.getRuntime().addShutdownHook(atExit);
        ChromeDriver driver = new ChromeDriver(service, o) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    delete(home);
                    try {
                        Runtime.getRuntime().removeShutdownHook(atExit);
                    } catch (IllegalStateException exiting) {
                        // the JVM is already exiting: the hook deletes the folder again, harmlessly
                    }
                }
            }
        };
        // axe runs as one async script; on a loaded machine it can outlast WebDriver's 30 s default.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return driver;
    }

    /** Deletes a folder tree; Chromium may still be closing files for a moment after it quit, so it tries again. */
    static void delete(Path dir) {
        for (int attempt = 0; attempt < 5 && Files.exists(dir); attempt++) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file vanished while walking: try again
            }
            if (Files.exists(dir)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static Object js(WebDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    /** Console messages since the last call (CSP violations and failed loads are reported there). */
    static List<String> console(WebDriver d) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : d.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) out.add(e.getMessage());
        }
        return out;
    }

    /** axe's WCAG 2.2 AA violations on the current page, one line each. */
    static List<String> axe(WebDriver d) {
        Results r = new AxeBuilder().withTags(WCAG).analyze(d);
        if (r.isErrored()) throw new AssertionError("axe did not run: " + r.getErrorMessage());
        List<String> out = new ArrayList<>();
        for (Rule v : r.getViolations()) out.add(v.getId() + " [" + v.getImpact() + "] " + v.getNodes().size() + "× e.g. " + v.getNodes().get(0).getTarget());
        return out;
    }

    /**
     * Lays pages out as a 360 × 740 phone does (mobile viewport, overlay scroll bars). A window cannot be made that
     * narrow in every headless Chromium, so the page's metrics are set instead; {@link #desktop} undoes it.
     */
    static void phone(WebDriver d) {
        ((ChromeDriver) d).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
    }

    static void desktop(WebDriver d) {
        ((ChromeDriver) d).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Presses Tab until the focused element matches the CSS selector; fails after 200 presses. */
    static void tabTo(WebDriver d, String selector) {
        for (int i = 0; i < 200; i++) {
            if ((Boolean) js(d, "return document.activeElement && document.activeElement.matches(arguments[0])", selector)) return;
            new Actions(d).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + selector + " on " + d.getCurrentUrl());
    }

    @Override
    public void close() {
        server.close();
    }
}
