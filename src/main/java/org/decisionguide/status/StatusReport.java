package org.decisionguide.status;

import org.decisionguide.model.Article;
import org.decisionguide.model.Freshness;
import org.decisionguide.model.Site;
import org.decisionguide.model.Translations;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where every article stands: its translation in each language and the freshness of its facts, with the articles a
 * change touched first. The data of {@code ./guide status} in both formats; pure.
 *
 * @param today the build's today the freshness was computed for
 */
public record StatusReport(List<String> languages, List<Row> rows, LocalDate today) {

    public StatusReport {
        languages = List.copyOf(languages);
        rows = List.copyOf(rows);
    }

    /**
     * One article.
     *
     * @param changed   one of its files (any language) is among the files a change touched
     * @param states    translation state per language, in the site's language order
     * @param details   what changed in the original since each stale translation, by language
     * @param freshness its original's review and its dated claims
     * @param expired   the original's expired claims as {@code file:line}
     */
    public record Row(String id, Path original, boolean changed, Map<String, Translations.State> states,
                      Map<String, List<String>> details, Freshness freshness, List<String> expired) {
        public Row {
            states = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(states));
            details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
            expired = List.copyOf(expired);
        }
    }

    /** @param changedFiles paths (relative to the site root) a change touched; their articles come first */
    public static StatusReport of(Site site, Set<Path> changedFiles) {
        Map<String, List<Translations.Entry>> byId = new LinkedHashMap<>();
        Translations.of(site).forEach(e -> byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e));
        List<Row> rows = new ArrayList<>();
        for (List<Translations.Entry> entries : byId.values()) {
            Article source = entries.get(0).source();
            Map<String, Translations.State> states = new LinkedHashMap<>();
            Map<String, List<String>> details = new LinkedHashMap<>();
            boolean changed = false;
            for (Translations.Entry e : entries) {
                states.put(e.lang(), e.state());
                if (e.state() == Translations.State.STALE) {
                    // Section titles as a person reads them, not the fingerprint's keys (_intro, heading anchors).
                    details.put(e.lang(), e.changed().stream().map(k -> org.decisionguide.model.SectionHashes.describe(source, k)).toList());
                }
                changed |= changedFiles.contains(Path.of("content", e.lang(), "articles", e.id() + ".md"));
            }
            Freshness f = Freshness.of(source, source, site.config().freshness());
            List<String> expired = f.expired().stream().map(c -> source.file() + ":" + c.claim().line()).toList();
            rows.add(new Row(source.id(), source.file(), changed, states, details, f, expired));
        }
        // Stable: the guide's order within each group.
        rows.sort(Comparator.comparing((Row r) -> !r.changed()));
        return new StatusReport(site.config().languageCodes(), rows, site.config().freshness().today());
    }

    public long count(Translations.State state) {
        return rows.stream().flatMap(r -> r.states().values().stream()).filter(s -> s == state).count();
    }

    public long overdue() {
        return rows.stream().filter(r -> r.freshness().overdue()).count();
    }

    public long expiredClaims() {
        return rows.stream().mapToLong(r -> r.expired().size()).sum();
    }
}
