package org.decisionguide.serve;

import org.decisionguide.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** `./guide serve` on a copy of the site: an edit shows up in the served page within seconds; a broken edit does not take the site down. */
class LivePreviewTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String waitFor(String url, String text, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        String body = get(url);
        while (!body.contains(text) && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            body = get(url);
        }
        return body;
    }

    private static java.util.regex.Matcher waitForLog(ByteArrayOutputStream log, String regex) throws InterruptedException {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            java.util.regex.Matcher m = p.matcher(log.toString(StandardCharsets.UTF_8));
            if (m.find()) return m;
            Thread.sleep(50);
        }
        return null;
    }

    @Test
    void editsAppearWithinSecondsAndABrokenEditKeepsTheLastGoodSite(@TempDir Path dir) throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LivePreview preview = new LivePreview(site, 0, false, new PrintStream(log, true, StandardCharsets.UTF_8))) {
            assertTrue(preview.start(), log.toString());
            String page = preview.address() + "en/articles/evals-first/";
            assertTrue(get(page).contains("/__guide/reload.js"), "open pages reload themselves");
            Path file = site.resolve("content/en/articles/evals-first.md");
            String original = Files.readString(file);
            Files.writeString(file, original.replaceFirst("title: .*", "title: Evals first, edited live"));
            long t0 = System.currentTimeMillis();
            assertTrue(waitFor(page, "Evals first, edited live", 10_000).contains("Evals first, edited live"), log.toString());
            System.out.println("live preview: edit visible after " + (System.currentTimeMillis() - t0) + " ms");
            // An article edit re-renders only the pages it reaches, not the whole site.
            java.util.regex.Matcher rebuilt = waitForLog(log, "rebuilt (\\d+) pages in \\d+ ms(, whole site)?");
            assertTrue(rebuilt != null && rebuilt.group(2) == null && Integer.parseInt(rebuilt.group(1)) < 100, log.toString());

            Files.createDirectories(site.resolve("content/en/articles/new-folder"));
            Files.writeString(file, "---\ntitle: broken\n");
            // A new folder makes the preview rebuild the whole site before it reads the broken file; on a loaded
            // machine that takes longer than the article edit above. This is a deadline, not a speed check.
            long end = System.currentTimeMillis() + 90_000;
            while (!log.toString().contains("still serving the last good site") && System.currentTimeMillis() < end) Thread.sleep(100);
            assertTrue(log.toString().contains("content/en/articles/evals-first.md:2: the front matter is not closed"), log.toString());
            String failed = get(page);
            assertTrue(failed.contains("Evals first, edited live"), "the last good site is still served");
            assertTrue(failed.contains("<code>content/en/articles/evals-first.md:2</code> the front matter is not closed"),
                    "the page shows the problem where the writer is looking: " + failed);

            Files.delete(site.resolve("content/en/articles/new-folder"));
            Files.writeString(file, original.replaceFirst("title: .*", "title: Evals first, fixed"));
            String fixed = waitFor(page, "Evals first, fixed", 90_000);
            assertTrue(fixed.contains("Evals first, fixed") && !fixed.contains("guide-problems"), "the next good build clears the panel: " + log);
        }
    }

    @Test
    void aFirstBuildThatFailsIsShownAtEveryAddressUntilASaveFixesIt(@TempDir Path dir) throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        Path file = site.resolve("content/en/articles/evals-first.md");
        String good = Files.readString(file);
        Files.writeString(file, good.replaceFirst("\ntitle: ", "\ntitel: "));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LivePreview preview = new LivePreview(site, 0, false, new PrintStream(log, true, StandardCharsets.UTF_8))) {
            assertTrue(!preview.start(), "the first build failed: " + log);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(preview.address() + "en/")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 500 && r.body().contains("<code>content/en/articles/evals-first.md:"), r.body());
            assertTrue(r.body().contains("titel"), "the problem names the key: " + r.body());
            Files.writeString(file, good);
            String page = waitFor(preview.address() + "en/articles/evals-first/", "<article", 90_000);
            assertTrue(page.contains("<article") && !page.contains("guide-problems"), log.toString());
        }
    }
}
