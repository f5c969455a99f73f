package org.decisionguide.model;

import java.nio.file.Path;

/**
 * One article in one language. The same {@code id} in two languages is the same article.
 *
 * @param file     source path relative to the site root
 * @param bodyLine line of the file on which the Markdown body starts (for line numbers in problems)
 * @param lineOf   line of each front-matter key, by JSON pointer (e.g. {@code /source/url})
 * @param outline  headings and links of the body
 */
public record Article(String id, String lang, Path file, FrontMatter meta, String body, int bodyLine,
                      KeyLines lineOf, Outline outline) {

    /** The URL segment: the localized slug when given, else the id. */
    public String slug() {
        return meta.slug() != null ? meta.slug() : id;
    }
}
