package org.decisionguide.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A reproducible benchmark corpus: the real site's configuration, templates and assets plus {@code n}
 * generated articles per language (about 900 words each, with headings, a table, lists and links to other
 * articles and their headings), seeded so every run writes the same bytes.
 */
public final class CorpusGenerator {
    private static final String[] WORDS = ("model data eval retrieval context prompt tool schema validation drift "
            + "pipeline token latency cost quality label trace judge regression baseline release team user answer "
            + "policy refund format process style reasoning measure signal budget").split(" ");
    private static final String[] CS = "v z k s o u a i".split(" ");

    private CorpusGenerator() {}

    public static Path generate(Path siteRoot, Path target, int perLanguage) throws IOException {
        Files.createDirectories(target);
        copy(siteRoot.resolve("site.yaml"), target.resolve("site.yaml"));
        for (String dir : List.of("templates", "assets")) copyTree(siteRoot.resolve(dir), target.resolve(dir));
        writeArticles(target, perLanguage);
        return target;
    }

    /**
     * The same articles as an equivalent minimal Hugo site: per-language home and article list, article pages, tag
     * pages, and Hugo's own RSS feeds and sitemap.
     */
    public static Path generateHugo(Path target, int perLanguage) throws IOException {
        Files.createDirectories(target);
        Files.writeString(target.resolve("hugo.toml"), """
                baseURL = "https://example.org/"
                defaultContentLanguage = "en"
                defaultContentLanguageInSubdir = true
                disableKinds = ["RSS"]
                [outputs]
                  home = ["HTML", "RSS"]
                  section = ["HTML"]
                [taxonomies]
                  tag = "tags"
                [languages.en]
                  contentDir = "content/en"
                  weight = 1
                [languages.cs]
                  contentDir = "content/cs"
                  weight = 2
                [languages.pl]
                  contentDir = "content/pl"
                  weight = 3
                """.replace("disableKinds = [\"RSS\"]\n", ""));
        Path layouts = Files.createDirectories(target.resolve("layouts/_default"));
        Files.writeString(layouts.resolve("baseof.html"), """
                <!DOCTYPE html><html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
                <meta name="description" content="{{ .Params.summary }}"><link rel="canonical" href="{{ .Permalink }}">
                {{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
                </head><body><header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></header>
                <main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        Files.writeString(layouts.resolve("single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }}</p>
                <aside>{{ .Params.verdict }}</aside>{{ .Content }}
                <p>{{ range .Params.tags }}<a href="{{ "tags/" | relLangURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p></article>{{ end }}
                """);
        Files.writeString(layouts.resolve("list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                <p>{{ .Params.summary }}</p></li>{{ end }}</ol>{{ end }}
                """);
        Files.writeString(layouts.resolve("index.html"), """
                {{ define "main" }}<h1>{{ .Site.Title }}</h1><ol>{{ range (where .Site.RegularPages "Section" "articles") }}
                <li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p></li>{{ end }}</ol>{{ end }}
                """);
        writeArticles(target, perLanguage);
        return target;
    }

    /** The same articles for stock JBake 2.7.0: key=value headers, one document type per language. */
    public static Path generateJBake(Path target, int perLanguage) throws IOException {
        Files.createDirectories(target);
        Files.writeString(target.resolve("jbake.properties"), """
                site.host=https://example.org
                render.tags=true
                render.sitemap=true
                render.feed=true
                render.archive=false
                render.index=true
                template.folder=templates
                content.folder=content
                asset.folder=assets
                db.store=memory
                markdown.extensions=TABLES,FENCED_CODE_BLOCKS,AUTOLINKS
                template.post_en.file=post.ftl
                template.post_cs.file=post.ftl
                template.post_pl.file=post.ftl
                """);
        Path t = Files.createDirectories(target.resolve("templates"));
        Files.createDirectories(target.resolve("assets"));
        Files.writeString(t.resolve("post.ftl"), "<!DOCTYPE html><html lang=\"${content.lang!}\"><head><title>${content.title}</title></head>"
                + "<body><main><h1>${content.title}</h1><aside>${content.verdict!}</aside>${content.body}</main></body></html>\n");
        Files.writeString(t.resolve("index.ftl"), "<!DOCTYPE html><html><body><ol><#list published_posts as p><li>${p.title}</li></#list></ol></body></html>\n");
        Files.writeString(t.resolve("tags.ftl"), "<!DOCTYPE html><html><body><h1>${tag}</h1><ol><#list tag_posts as p><li>${p.title}</li></#list></ol></body></html>\n");
        Files.writeString(t.resolve("feed.ftl"), "<?xml version=\"1.0\"?><feed><#list published_posts as p><entry><title>${p.title}</title></entry></#list></feed>\n");
        Files.writeString(t.resolve("sitemap.ftl"), "<?xml version=\"1.0\"?><urlset><#list published_content as c><url><loc>${c.uri}</loc></url></#list></urlset>\n");
        Files.writeString(t.resolve("page.ftl"), "<html><body>${content.body}</body></html>\n");
        for (String lang : List.of("en", "cs", "pl")) {
            Path dir = Files.createDirectories(target.resolve("content").resolve(lang).resolve("articles"));
            Random random = new Random(42);
            for (int i = 0; i < perLanguage; i++) {
                String md = article(lang, i, perLanguage, random);
                String body = md.substring(md.indexOf("\n---\n", 4) + 5);
                String title = md.lines().filter(l -> l.startsWith("title: ")).findFirst().orElse("title: x").substring(7).replace("\"", "");
                String header = "title=" + title + "\ndate=2026-01-" + String.format("%02d", 1 + i % 28) + "\ntype=post_" + lang
                        + "\nstatus=published\nlang=" + lang + "\ntags=bench,t" + (i % 7) + "\n~~~~~~\n";
                Files.writeString(dir.resolve(id(i) + ".md"), header + body);
            }
        }
        return target;
    }

    /** The corpus itself, identical for the guide and Hugo (both read YAML front matter). */
    private static void writeArticles(Path target, int perLanguage) throws IOException {
        for (String lang : List.of("en", "cs", "pl")) {
            Path dir = Files.createDirectories(target.resolve("content").resolve(lang).resolve("articles"));
            Random random = new Random(42);
            for (int i = 0; i < perLanguage; i++) {
                Files.writeString(dir.resolve(id(i) + ".md"), article(lang, i, perLanguage, random));
            }
        }
    }

    private static String id(int i) {
        return "article-" + i;
    }

    private static String article(String lang, int i, int n, Random r) {
        StringBuilder b = new StringBuilder();
        b.append("---\ntitle: \"Article ").append(i).append(" in ").append(lang).append("\"\n")
                .append("date: 2026-").append(String.format("%02d", 1 + i % 12)).append("-").append(String.format("%02d", 1 + i % 28)).append('\n')
                .append("reviewed: 2026-11-25\n")
                .append("summary: ").append(sentence(r, 14, lang)).append('\n')
                .append("verdict: ").append(sentence(r, 30, lang)).append('\n')
                .append("source:\n  title: A source\n  url: https://arxiv.org/abs/2312.05934\n")
                .append("tags: [bench, t").append(i % 7).append("]\norder: ").append(i).append("\n")
                .append("slug: ").append(lang).append("-article-").append(i).append("\n---\n\n");
        for (int s = 1; s <= 6; s++) {
            b.append("## Section ").append(s).append("\n\n");
            for (int p = 0; p < 3; p++) b.append(paragraph(r, lang)).append("\n\n");
            if (s == 2) {
                b.append("| lever | share | next step |\n|---|---:|---|\n");
                for (int row = 0; row < 4; row++) b.append("| ").append(word(r)).append(" | ").append(r.nextInt(100)).append("% | ").append(sentence(r, 4, lang)).append(" |\n");
                b.append('\n');
            }
            if (s == 3) {
                for (int item = 0; item < 4; item++) b.append("- ").append(sentence(r, 9, lang)).append('\n');
                b.append('\n');
            }
            if (s == 4) {
                int other = (i + 1 + r.nextInt(Math.max(1, n - 1))) % n;
                b.append("See [article ").append(other).append("](").append(id(other)).append(".md#section-2) and [the previous one](")
                        .append(id((i + n - 1) % n)).append(".md).\n\n");
            }
        }
        return b.toString();
    }

    private static String paragraph(Random r, String lang) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 4; s++) b.append(sentence(r, 8 + r.nextInt(6), lang)).append(' ');
        return b.toString().strip();
    }

    private static String sentence(Random r, int words, String lang) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) b.append(' ');
            if (!lang.equals("en") && w > 0 && r.nextInt(6) == 0) b.append(CS[r.nextInt(CS.length)]).append(' ');
            String word = word(r);
            b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return b.append('.').toString();
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else copy(p, t);
            }
        }
    }
}
