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
        return copyOfSite(repoRoot(), dir);
    }

    /** Copies a site's source (config, content, templates, assets, glossary) from {@code root} into {@code dir}. */
    public static Path copyOfSite(Path root, Path dir) throws IOException {
        for (String part : List.of("site.yaml", "content", "templates", "assets", "glossary")) {
            Path from = root.resolve(part);
            if (!Files.exists(from)) continue;
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path to = dir.resolve(root.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }

    /**
     * A site built as a pull request builds it (not strict: a missing or stale translation is a warning), on
     * {@link #TODAY}, with its files as text and its pages parsed. Each site-level test class builds its own in
     * {@code @BeforeAll}: a build shared across unrelated classes let one class's edits to the parsed pages reach the
     * others, and under mutation testing judged later mutants against a site built under an earlier one
     * (docs/testing.md).
     */
    public static final class BuiltSite {
        private final Path root;
        private final org.decisionguide.pipeline.BuildResult result;
        private Map<String, String> text;
        private Map<String, org.jsoup.nodes.Document> pages;

        private BuiltSite(Path root, org.decisionguide.pipeline.BuildResult result) {
            this.root = root;
            this.result = result;
        }

        /** The repository's own site. */
        public static BuiltSite real() {
            return of(repoRoot());
        }

        public static BuiltSite of(Path root) {
            return new BuiltSite(root, org.decisionguide.pipeline.Pipeline.build(new org.decisionguide.pipeline.BuildOptions(root, false, null).on(TODAY)));
        }

        /** The folder the site's source was read from. */
        public Path root() {
            return root;
        }

        public org.decisionguide.pipeline.BuildResult result() {
            return result;
        }

        /** The source model as loaded from {@link #root()}; it must load. */
        public org.decisionguide.model.Site model() {
            Result<Site> r = new org.decisionguide.load.SiteLoader(root).load();
            if (r.value() == null) throw new AssertionError(r.problems().toString());
            return r.value();
        }

        /** The files as text, by output path; the build must have succeeded. */
        public synchronized Map<String, String> text() {
            if (text == null) {
                if (result.hasErrors()) throw new AssertionError(result.problems().toString());
                Map<String, String> m = new java.util.HashMap<>();
                result.files().forEach(f -> m.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8)));
                text = java.util.Collections.unmodifiableMap(m);
            }
            return text;
        }

        /** The HTML pages parsed with jsoup, by output path. */
        public synchronized Map<String, org.jsoup.nodes.Document> pages() {
            if (pages == null) {
                Map<String, org.jsoup.nodes.Document> m = new java.util.HashMap<>();
                text().forEach((path, t) -> {
                    if (path.endsWith(".html")) m.put(path, org.jsoup.Jsoup.parse(t));
                });
                pages = java.util.Collections.unmodifiableMap(m);
            }
            return pages;
        }
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
