package org.decisionguide.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where every article stands in every language: the original, an up-to-date translation, a stale one (the
 * original changed since, and which sections), or missing (no file, or a scaffold still marked
 * {@code needs_translation}). One computation feeds the build's warnings, the fallback pages, the stale notices,
 * {@code ./guide status} and the translations page.
 */
public final class Translations {

    public enum State { SOURCE, OK, STALE, MISSING }

    /**
     * @param source      the original the others are translated from
     * @param translation the article in {@code lang}, or null when missing
     * @param changed     section keys of the original that changed since the translation ({@link SectionHashes})
     */
    public record Entry(String id, String lang, State state, Article source, Article translation, List<String> changed) {
        public Entry {
            changed = List.copyOf(changed);
        }
    }

    private Translations() {}

    public static List<Entry> of(Site site) {
        ArticleIndex index = ArticleIndex.of(site);
        Set<String> ids = new LinkedHashSet<>();
        site.articles().stream().filter(a -> !a.meta().draft()).sorted(Site.GUIDE_ORDER).forEach(a -> ids.add(a.id()));
        List<Entry> out = new ArrayList<>();
        for (String id : ids) {
            Optional<Article> source = source(site, index, id);
            if (source.isEmpty()) continue;
            Article s = source.get();
            for (String lang : site.config().languageCodes()) {
                Optional<Article> t = index.get(lang, id).filter(a -> !a.meta().draft());
                if (lang.equals(s.lang())) {
                    out.add(new Entry(id, lang, State.SOURCE, s, s, List.of()));
                } else if (t.isEmpty() || t.get().meta().needsTranslation()) {
                    out.add(new Entry(id, lang, State.MISSING, s, null, List.of()));
                } else {
                    Map<String, String> recorded = t.get().meta().translatedFrom();
                    List<String> changed = recorded.isEmpty() ? List.of() : SectionHashes.changed(recorded, s);
                    out.add(new Entry(id, lang, changed.isEmpty() ? State.OK : State.STALE, s, t.get(), changed));
                }
            }
        }
        return out;
    }

    /**
     * The original of an article: the version in its declared {@code source_lang}, else the site's source language;
     * without such a version, the one version that does not say it is a translation. Empty when every version says
     * so: their original is not there (a misnamed file, which the validator reports), and nothing is tracked or
     * published in its place.
     */
    public static Optional<Article> source(Site site, ArticleIndex index, String id) {
        List<Article> all = index.translations(id).stream().filter(a -> !a.meta().draft() && !a.meta().needsTranslation()).toList();
        String declared = declaredSource(site, index, id);
        return all.stream().filter(a -> a.lang().equals(declared)).findFirst()
                .or(() -> all.stream().filter(a -> !saysItIsATranslation(a)).findFirst());
    }

    /** The language an article's versions name as its original's: the first {@code source_lang}, else the site's. */
    public static String declaredSource(Site site, ArticleIndex index, String id) {
        return index.translations(id).stream().map(a -> a.meta().sourceLang()).filter(java.util.Objects::nonNull).findFirst()
                .orElse(site.config().sourceLanguage());
    }

    /** What the translation tooling writes into a translation: a fingerprint, the scaffold mark, or another source language. */
    public static boolean saysItIsATranslation(Article a) {
        return !a.meta().translatedFrom().isEmpty() || a.meta().needsTranslation()
                || a.meta().sourceLang() != null && !a.meta().sourceLang().equals(a.lang());
    }
}
