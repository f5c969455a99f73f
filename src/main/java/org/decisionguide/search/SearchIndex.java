package org.decisionguide.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import org.decisionguide.model.Language;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.model.Term;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

    private SearchIndex() {}

    /** @param files the rendered site ({@code basePath} is the site's path prefix, "" at the root) */
    public static Result<List<OutputFile>> build(Site site, List<OutputFile> files, String basePath) {
        Map<String, OutputFile> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        Map<String, Term> terms = new LinkedHashMap<>();
        site.glossary().forEach(t -> terms.put(t.id(), t));
        List<Result<OutputFile>> built = site.config().languages().parallelStream().map(Language::code)
                .map(lang -> one(lang, byPath, terms, basePath)).toList();
        List<OutputFile> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Result<OutputFile> r : built) {
            if (r.value() != null) out.add(r.value());
            problems.addAll(r.problems());
        }
        return Result.of(out, problems);
    }

    private static Result<OutputFile> one(String lang, Map<String, OutputFile> byPath, Map<String, Term> terms, String basePath) {
        OutputFile page = byPath.get(pagePath(lang));
        if (page == null) {
            return Result.of(null, List.of(Problem.error(Path.of("templates", "search.ftlh"), 0,
                    "no search page was built for " + lang + ", so its search index cannot be", "fix the template error reported for it")));
        }
        Function<String, Optional<Document>> pageAt = url -> {
            String p = url.substring(basePath.length());
            p = p.startsWith("/") ? p.substring(1) : p;
            if (p.isEmpty() || p.endsWith("/")) p += "index.html";
            return Optional.ofNullable(byPath.get(p)).map(f -> PageTexts.parse(f.bytes()));
        };
        Document search = PageTexts.parse(page.bytes());
        PageTexts texts = new PageTexts(cached(pageAt), terms, lang);
        List<SearchDoc> docs = new ArrayList<>();
        for (Element entry : search.select("a[data-key]")) texts.doc(entry).ifPresent(docs::add);
        return Result.of(new OutputFile(indexPath(lang), json(docs, lang)), List.of());
    }

    private static <T> Function<String, T> cached(Function<String, T> f) {
        Map<String, T> memo = new java.util.HashMap<>();
        return k -> memo.computeIfAbsent(k, f);
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
            g.writeArrayFieldStart("words");
            for (List<String> forms : words.formsByStem()) g.writeString(String.join(" ", forms));
            g.writeEndArray();
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
