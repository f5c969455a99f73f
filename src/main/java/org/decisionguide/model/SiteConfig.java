package org.decisionguide.model;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The contents of {@code site.yaml}.
 *
 * @param baseUrl        absolute URL the site is published at, without trailing slash (canonical, hreflang)
 * @param basePath       the path part of {@code baseUrl} ("" or "/guide"), prefixed to every root-relative URL
 * @param sourceLanguage language articles are written in first unless they say otherwise (x-default)
 * @param output         output folder relative to the site root
 * @param strict         missing translations are errors, not warnings
 * @param editUrl        prefix of "edit this page" links (the repository's edit URL for the default branch), or null
 * @param freshness      how long reviews hold ({@code review_interval_days}) and the build's today
 */
public record SiteConfig(String baseUrl, String basePath, List<Language> languages, String sourceLanguage,
                         String output, boolean strict, String editUrl, FreshnessPolicy freshness) {

    public SiteConfig {
        languages = List.copyOf(languages);
    }

    public static SiteConfig of(String baseUrl, List<Language> languages, String sourceLanguage, String output,
                                boolean strict) {
        return of(baseUrl, languages, sourceLanguage, output, strict, null);
    }

    public static SiteConfig of(String baseUrl, List<Language> languages, String sourceLanguage, String output,
                                boolean strict, String editUrl) {
        return of(baseUrl, languages, sourceLanguage, output, strict, editUrl, new FreshnessPolicy(
                FreshnessPolicy.DEFAULT_INTERVAL_DAYS, java.time.LocalDate.now(java.time.ZoneOffset.UTC), false));
    }

    public static SiteConfig of(String baseUrl, List<Language> languages, String sourceLanguage, String output,
                                boolean strict, String editUrl, FreshnessPolicy freshness) {
        String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String path = URI.create(trimmed + "/").getPath();
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return new SiteConfig(trimmed, path, languages, sourceLanguage, output, strict, editUrl, freshness);
    }

    public SiteConfig withFreshness(FreshnessPolicy f) {
        return new SiteConfig(baseUrl, basePath, languages, sourceLanguage, output, strict, editUrl, f);
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public List<String> languageCodes() {
        return languages.stream().map(Language::code).toList();
    }

    public SiteConfig withStrict(boolean s) {
        return new SiteConfig(baseUrl, basePath, languages, sourceLanguage, output, s, editUrl, freshness);
    }

    /** Same site served elsewhere ({@code serve} uses http://127.0.0.1:port). */
    public SiteConfig withBaseUrl(String url) {
        return of(url, languages, sourceLanguage, output, strict, editUrl, freshness);
    }
}
