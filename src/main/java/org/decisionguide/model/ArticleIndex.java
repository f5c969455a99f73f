package org.decisionguide.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Articles by language and id, for the lookups that links, switchers and translation checks make. */
public final class ArticleIndex {
    private final List<String> languages;
    private final Map<String, Article> byKey = new HashMap<>();

    public ArticleIndex(List<String> languages, List<Article> articles) {
        this.languages = List.copyOf(languages);
        for (Article a : articles) byKey.putIfAbsent(key(a.lang(), a.id()), a);
    }

    public static ArticleIndex of(Site site) {
        return new ArticleIndex(site.config().languageCodes(), site.articles());
    }

    public Optional<Article> get(String lang, String id) {
        return Optional.ofNullable(byKey.get(key(lang, id)));
    }

    /** The same article in every language it exists in, in the order of {@code site.yaml}. */
    public List<Article> translations(String id) {
        return languages.stream().flatMap(l -> get(l, id).stream()).toList();
    }

    private static String key(String lang, String id) {
        return lang + "/" + id;
    }
}
