package org.decisionguide.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import org.decisionguide.model.Language;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;
import org.decisionguide.model.Term;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search stage, after render: for each language, the pages its search page lists → {@code <lang>/search/index.json}
 * (docs, the word map, stop words). The browser ranks with these; the analysis all happened here.
 */
public final class SearchIndex {
    /** The search page of a language, relative to the output folder. */
    public static String pagePath(String lang) {
        return lang + "/search/index.html";
    }

    public static String indexPath(String lang) {
        return lang + "/search/index.json";
    }

    /**
     * One run of the stage.
     *
     * @param files    each language's index file
     * @param problems a search page that was not built
     * @param parsed   the pages this run parsed (plain jsoup, no source positions), by output path: the check stage
     *                 reads these instead of parsing them again
     * @param read     what was read from each page, for the live preview's next build
     */
    public record Built(List<OutputFile> files, List<Problem> problems, Map<String, Document> parsed, ReadPages read) {}

    /** One language's part of a run. */
    private record One(String lang, OutputFile file, Problem problem, Map<String, Document> parsed, Map<String, ReadPages.Read> read,
                       ReadPages.Index index) {}

    private SearchIndex() {}

    /**
     * Starts loading the languages' analyzers (Lucene's classes, the Polish stemming table) on a background thread,
     * so that they are ready when render is done instead of adding their load time to the stage. Optional: the
     * stage loads whatever is not loaded yet itself.
     */
    public static void prepare(List<String> langs) {
        Thread t = new Thread(() -> langs.forEach(Stemmer::forLanguage), "search-analyzers");
        t.setDaemon(true);
        t.start();
    }

    /** A full build. */
    public static Built build(Site site, List<OutputFile> files, String basePath) {
        return build(site, files, basePath, ReadPages.NONE);
    }

    /**
     * @param files  the rendered site ({@code basePath} is the site's path prefix, "" at the root)
     * @param before what the previous build read; pages byte for byte the same are not read again
     */
    public static Built build(Site site, List<OutputFile> files, String basePath, ReadPages before) {
        Map<String, OutputFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        Map<String, Term> terms = new LinkedHashMap<>();
        site.glossary().forEach(t -> terms.put(t.id(), t));
        List<One> built = site.config().languages().parallelStream().map(Language::code)
                .map(lang -> one(lang, byPath, terms, basePath, site.glossary(), before)).toList();
        List<OutputFile> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Document> parsed = new HashMap<>();
        Map<String, ReadPages.Read> read = new HashMap<>();
        Map<String, ReadPages.Index> indexes = new HashMap<>();
        for (One r : built) {
            if (r.file() != null) out.add(r.file());
            if (r.problem() != null) problems.add(r.problem());
            if (r.index() != null) indexes.put(r.lang(), r.index());
            parsed.putAll(r.parsed());
            read.putAll(r.read());
        }
        return new Built(out, problems, parsed, new ReadPages(site.glossary(), read, indexes));
    }

    private static One one(String lang, Map<String, OutputFile> byPath, Map<String, Term> terms, String basePath,
                           List<Term> glossary, ReadPages before) {
        OutputFile page = byPath.get(pagePath(lang));
        if (page == null) {
            return new One(lang, null, Problem.error(Path.of("templates", "search.ftlh"), 0,
                    "no search page was built for " + lang + ", so its search index cannot be", "fix the template error reported for it"),
                    Map.of(), Map.of(), null);
        }
        Map<String, Document> parsed = new HashMap<>();
        Document search = PageTexts.parse(page.bytes());
        parsed.put(page.path(), search);
        PageTexts texts = new PageTexts(terms, lang);
        Map<String, ReadPages.Read> read = new HashMap<>();
        List<SearchDoc> docs = new ArrayList<>();
        for (Element entry : search.select("a[data-key]")) {
            String url = entry.attr("href");
            OutputFile target = byPath.get(path(url, basePath));
            if (target == null) continue; // a page that was not built has its own problem
            String id = lang + ' ' + entry.attr("data-kind") + ' ' + entry.attr("data-key") + ' ' + url;
            SearchDoc doc = before.reuse(id, target.bytes(), glossary).orElseGet(() ->
                    texts.doc(entry, parsed.computeIfAbsent(target.path(), p -> PageTexts.parse(target.bytes()))));
            read.put(id, new ReadPages.Read(target.bytes(), doc));
            docs.add(doc);
        }
        byte[] json = before.index(lang, docs).orElseGet(() -> json(docs, lang));
        return new One(lang, new OutputFile(indexPath(lang), json), null, parsed, read, new ReadPages.Index(List.copyOf(docs), json));
    }

    /** The output path of a root-relative URL: without its anchor and the site's path prefix, index.html for a folder. */
    private static String path(String url, String basePath) {
        int hash = url.indexOf('#');
        String p = (hash < 0 ? url : url.substring(0, hash)).substring(basePath.length());
        p = p.startsWith("/") ? p.substring(1) : p;
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }

    /** The index file: short keys, since it is downloaded before the first result shows (docs/decisions/0011-search.md). */
    static byte[] json(List<SearchDoc> docs, String lang) {
        Stemmer stemmer = Stemmer.forLanguage(lang);
        WordMap words = new WordMap(stemmer);
        for (SearchDoc d : docs) {
            words.addText(d.title());
            d.names().forEach(words::addText);
            d.headings().forEach(words::addText);
            words.addText(d.lead());
            d.blocks().forEach(words::addText);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("lang", lang);
            g.writeArrayFieldStart("docs");
            for (SearchDoc d : docs) {
                g.writeStartObject();
                g.writeStringField("i", d.key());
                g.writeStringField("k", d.kind());
                g.writeStringField("u", d.url());
                g.writeStringField("t", d.title());
                if (!d.names().isEmpty()) strings(g, "n", d.names());
                if (!d.headings().isEmpty()) strings(g, "h", d.headings());
                if (!d.lead().isEmpty()) g.writeStringField("v", d.lead());
                if (!d.blocks().isEmpty()) strings(g, "b", d.blocks());
                g.writeEndObject();
            }
            g.writeEndArray();
            CompactWords map = CompactWords.of(words.formsByStem());
            g.writeArrayFieldStart("words");
            for (List<String> forms : map.formsByStem()) g.writeString(String.join(" ", forms));
            g.writeEndArray();
            if (map.derivesFolds()) g.writeNumberField("fold", 1);
            strings(g, "stop", stemmer.stopWords());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
        return bytes.toByteArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
