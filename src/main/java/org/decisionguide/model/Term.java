package org.decisionguide.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One glossary entry, {@code glossary/<id>.yaml}: language-neutral links plus the text in each language.
 *
 * @param see      other term ids
 * @param articles ids of articles that explain the term further
 * @param texts    by language code; a missing language is reported and falls back to the source language
 */
public record Term(String id, Path file, List<String> see, List<String> articles, Map<String, TermText> texts,
                   KeyLines lineOf) {

    public Term {
        see = List.copyOf(see);
        articles = List.copyOf(articles);
        texts = Map.copyOf(texts);
    }

    public Optional<TermText> in(String lang) {
        return Optional.ofNullable(texts.get(lang));
    }
}
