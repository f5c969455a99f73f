package org.decisionguide.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An article's YAML front matter, typed. Optional values are null / empty, never absent keys.
 *
 * @param reviewed           the day a person last checked the facts (required on originals; translations show the original's)
 * @param reviewIntervalDays how long that check holds for this article, or null for site.yaml's
 */
public record FrontMatter(
        String title,
        LocalDate date,
        String summary,
        String verdict,
        SourceRef source,
        String slug,
        List<String> terms,
        List<String> tags,
        Integer order,
        LocalDate updated,
        boolean draft,
        String sourceLang,
        Map<String, String> translatedFrom,
        List<String> aliases,
        boolean needsTranslation,
        LocalDate reviewed,
        Integer reviewIntervalDays) {

    public FrontMatter {
        aliases = List.copyOf(aliases);
        terms = List.copyOf(terms);
        tags = List.copyOf(tags);
        translatedFrom = Map.copyOf(translatedFrom);
    }
}
