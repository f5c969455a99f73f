package org.decisionguide;

import org.decisionguide.load.ArticleParser;
import org.decisionguide.model.Article;
import org.decisionguide.model.FreshnessPolicy;
import org.decisionguide.model.Language;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.model.SiteConfig;
import org.decisionguide.model.UiStrings;
import org.decisionguide.model.KeyLines;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test data: fixture texts from the classpath, small in-memory sites, and copies of the real site. */
public final class Fixtures {

    /** The day tests count as today: fixed, so that time passing changes no test's result. */
    public static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 12, 2);

    private Fixtures() {}

    /** The repository root (set by Surefire), where the real content lives. */
    public static Path repoRoot() {
        return Path.of(System.getProperty("guide.root", ".")).toAbsolutePath().normalize();
    }

    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SiteConfig config(boolean strict) {
        return SiteConfig.of("https://guide.example.org", List.of(
                new Language("en", "English", "Guide", "en-GB"), new Language("cs", "Čeština", "Průvodce", "cs-CZ"),
                new Language("pl", "Polski", "Przewodnik", "pl-PL")), "en", "public", strict)
                .withFreshness(new FreshnessPolicy(180, TODAY, false));
    }

    /** A minimal valid article text with the given body and extra front-matter lines. */
    public static String articleText(String extraFrontMatter, String body) {
        return "---\ntitle: T\ndate: 2026-11-25\nreviewed: 2026-11-25\nsummary: S.\nverdict: V.\nsource:\n  title: Src\n  url: https://example.org/\n"
                + extraFrontMatter + "---\n" + body;
    }

    public static Article article(String lang, String id, String extraFrontMatter, String body) {
        Result<Article> r = ArticleParser.parse(Path.of("content", lang, "articles", id + ".md"), lang, id,
                articleText(extraFrontMatter, body));
        if (r.value() == null) throw new IllegalStateException(r.problems().toString());
        return r.value();
    }

    public static Site site(boolean strict, Article... articles) {
        Map<String, UiStrings> ui = Stream.of("en", "cs", "pl").collect(Collectors.toMap(l -> l,
                l -> new UiStrings(l, Path.of("templates/i18n/" + l + ".yaml"), Map.of("k", "v"), KeyLines.NONE, List.of(), List.of())));
        return new Site(config(strict), Arrays.asList(articles), List.of(), null, Map.of(), null, Map.of(), ui, Set.of());
    }

    /** Copies the real site's source (config, content, templates, assets) into {@code dir}. */
    public static Path copyOfRealSite(Path dir) throws IOException {
        for (String part : List.of("site.yaml", "content", "templates", "assets", "glossary")) {
            Path from = repoRoot().resolve(part);
            if (!Files.exists(from)) continue;
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path to = dir.resolve(repoRoot().relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }

    private static org.decisionguide.pipeline.BuildResult realSite;

    /** The repository's site built strict, once per test run: the tests that only read it share it. */
    public static synchronized org.decisionguide.pipeline.BuildResult builtRealSite() {
        if (realSite == null) {
            realSite = org.decisionguide.pipeline.Pipeline.build(new org.decisionguide.pipeline.BuildOptions(repoRoot(), true, null).on(TODAY));
        }
        return realSite;
    }

    private static Map<String, String> realText;
    private static Map<String, org.jsoup.nodes.Document> realPages;

    /** The real site's files as text, by output path (one build and one decoding per test run). */
    public static synchronized Map<String, String> realSiteText() {
        if (realText == null) {
            org.decisionguide.pipeline.BuildResult r = builtRealSite();
            if (r.hasErrors()) throw new AssertionError(r.problems().toString());
            Map<String, String> m = new java.util.HashMap<>();
            r.files().forEach(f -> m.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8)));
            realText = java.util.Collections.unmodifiableMap(m);
        }
        return realText;
    }

    /** The real site's HTML pages parsed with jsoup, by output path. Tests read them and never change them. */
    public static synchronized Map<String, org.jsoup.nodes.Document> realSitePages() {
        if (realPages == null) {
            Map<String, org.jsoup.nodes.Document> m = new java.util.HashMap<>();
            realSiteText().forEach((path, text) -> {
                if (path.endsWith(".html")) m.put(path, org.jsoup.Jsoup.parse(text));
            });
            realPages = java.util.Collections.unmodifiableMap(m);
        }
        return realPages;
    }

    /** What a command printed and returned. */
    public record Run(int exit, String out, String err) {}

    /** Runs `./guide <args>` in this JVM and captures its output. */
    public static Run guide(String... args) {
        return guide(Map.of("SOURCE_DATE_EPOCH", String.valueOf(TODAY.toEpochDay() * 86_400)), args);
    }

    /** Runs `./guide <args>` in this JVM with {@code env} as its environment. */
    public static Run guide(Map<String, String> env, String... args) {
        java.io.PrintStream oldOut = System.out, oldErr = System.err;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(), err = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = org.decisionguide.cli.Main.run(env, args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Path → SHA-256 of every file of the published site, plus where the output link points. */
    public static java.util.TreeMap<String, String> snapshot(Path site) throws Exception {
        java.util.TreeMap<String, String> m = new java.util.TreeMap<>();
        m.put("->", Files.readSymbolicLink(site.resolve("public")).toString());
        Path published = site.resolve("public").toRealPath();
        try (Stream<Path> walk = Files.walk(published)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(published.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return m;
    }
}
