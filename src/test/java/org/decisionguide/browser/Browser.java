package org.decisionguide.browser;

import org.decisionguide.Fixtures;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.decisionguide.serve.SiteServer;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.time.Duration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    static WebDriver chromium(boolean javascript) throws IOException {
        if (!available()) {
            throw new IllegalStateException("Chromium is not installed: run `apt-get install -y chromium chromium-driver` "
                    + "(./guide test does this for you when it can)");
        }
        ChromeOptions o = new ChromeOptions().setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("guide-chromium"));
        if (!javascript) o.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, o);
        // axe runs as one async script; on a loaded machine it can outlast WebDriver's 30 s default.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return driver;
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

    @Override
    public void close() {
        server.close();
    }
}
