package org.decisionguide.render.view;

import java.util.List;

/**
 * Everything every page carries in its {@code <head>} and frame.
 *
 * @param xDefault absolute URL of the page in the source language (or the chooser), for {@code x-default}
 * @param csp      the Content-Security-Policy, sent as a meta tag (the server adds it as a header too)
 * @param nav      the site's main sections in this language
 * @param styles   stylesheets: the site's, then the page type's own
 * @param scripts  script files the page loads (deferred); empty when the page needs none
 */
public record Head(String lang, String title, String description, String canonical, List<LanguageLink> languages,
                   String xDefault, String siteTitle, String homeUrl, List<String> styles, String csp, List<NavItem> nav,
                   List<String> scripts, Social social) {

    public Head {
        languages = List.copyOf(languages);
        nav = List.copyOf(nav);
        scripts = List.copyOf(scripts);
        styles = List.copyOf(styles);
    }

    /** The same head with the page type's own scripts after the ones every page loads. */
    public Head withScripts(List<String> s) {
        List<String> all = new java.util.ArrayList<>(scripts);
        all.addAll(s);
        return new Head(lang, title, description, canonical, languages, xDefault, siteTitle, homeUrl, styles, csp, nav, all, social);
    }

    /** The same head with one more stylesheet, for page types with styles of their own. */
    public Head withStyle(String url) {
        List<String> all = new java.util.ArrayList<>(styles);
        all.add(url);
        return new Head(lang, title, description, canonical, languages, xDefault, siteTitle, homeUrl, all, csp, nav, scripts, social);
    }

    public Head withType(String ogType) {
        return new Head(lang, title, description, canonical, languages, xDefault, siteTitle, homeUrl, styles, csp, nav, scripts,
                new Social(ogType, social.locale(), social.alternateLocales(), social.feedUrl(), social.feedTitle(), social.faviconUrl(),
                        social.noindex(), social.hreflang()));
    }

    /** The same head without hreflang alternates: the switcher still lists the translations. */
    public Head withoutHreflang() {
        return new Head(lang, title, description, canonical, languages, xDefault, siteTitle, homeUrl, styles, csp, nav, scripts,
                new Social(social.ogType(), social.locale(), social.alternateLocales(), social.feedUrl(), social.feedTitle(),
                        social.faviconUrl(), social.noindex(), false));
    }

    public Head withCanonical(String url) {
        return new Head(lang, title, description, url, languages, xDefault, siteTitle, homeUrl, styles, csp, nav, scripts, social);
    }

    public Head noindex() {
        return new Head(lang, title, description, canonical, languages, xDefault, siteTitle, homeUrl, styles, csp, nav, scripts,
                new Social(social.ogType(), social.locale(), social.alternateLocales(), social.feedUrl(), social.feedTitle(),
                        social.faviconUrl(), true, social.hreflang()));
    }

    /**
     * What sharing, feeds and search engines read: Open Graph type and locales, the language's Atom feed, the icon.
     *
     * @param noindex  pages that must not be indexed (404, redirects, untranslated fallbacks)
     * @param hreflang whether the page's languages form an hreflang cluster (false on a fallback)
     */
    public record Social(String ogType, String locale, List<String> alternateLocales, String feedUrl, String feedTitle,
                         String faviconUrl, boolean noindex, boolean hreflang) {
        public Social {
            alternateLocales = List.copyOf(alternateLocales);
        }
    }

    /** A main-navigation entry; {@code current} marks the section the page belongs to. */
    public record NavItem(String label, String url, boolean current) {}
}
