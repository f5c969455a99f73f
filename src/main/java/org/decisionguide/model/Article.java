package org.decisionguide.model;

import java.nio.file.Path;

/**
 * One article in one language. The same {@code id} in two languages is the same article.
 *
 * @param file     source path relative to the site root
 * @param bodyLine line of the file on which the Markdown body starts (for line numbers in problems)
 * @param lineOf   line of each front-matter key, by JSON pointer (e.g. {@code /source/url})
 * @param outline  headings and links of the body
 * @param sections the fingerprint per part ({@link SectionHashes}), computed once when the article is read:
 *                 validation, rendering and every preview rebuild compare translations against it
 */
public record Article(String id, String lang, Path file, FrontMatter meta, String body, int bodyLine,
                      KeyLines lineOf, Outline outline, java.util.Map<String, String> sections) {

    public Article(String id, String lang, Path file, FrontMatter meta, String body, int bodyLine, KeyLines lineOf,
                   Outline outline) {
        this(id, lang, file, meta, body, bodyLine, lineOf, outline, SectionHashes.compute(meta, body, bodyLine, outline));
    }

    /** The URL segment: the localized slug when given, else the id. */
    public String slug() {
        return meta.slug() != null ? meta.slug() : id;
    }
}
