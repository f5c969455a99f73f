package org.decisionguide.render;

import org.decisionguide.model.Article;
import org.decisionguide.model.SiteConfig;

/**
 * The URL scheme, in one place: root-relative URLs carry the base path; absolute URLs (canonical, hreflang)
 * add the origin. Section segments stay English; article slugs may be localized.
 */
public final class Urls {
    private final String basePath;
    private final String origin;

    public Urls(SiteConfig config) {
        this.basePath = config.basePath();
        this.origin = config.baseUrl().substring(0, config.baseUrl().length() - config.basePath().length());
    }

    public String chooser() {
        return basePath + "/";
    }

    public String home(String lang) {
        return basePath + "/" + lang + "/";
    }

    public String article(Article a) {
        return article(a.lang(), a.slug());
    }

    public String article(String lang, String slug) {
        return basePath + "/" + lang + "/articles/" + slug + "/";
    }

    public String glossary(String lang) {
        return basePath + "/" + lang + "/glossary/";
    }

    public String translations(String lang) {
        return basePath + "/" + lang + "/translations/";
    }

    public String feed(String lang) {
        return basePath + "/" + lang + "/feed.xml";
    }

    public String tag(String lang, String tagSlug) {
        return basePath + "/" + lang + "/tags/" + tagSlug + "/";
    }

    public String checklist(String lang) {
        return basePath + "/" + lang + "/checklist/";
    }

    public String search(String lang) {
        return basePath + "/" + lang + "/search/";
    }

    public String decide(String lang) {
        return basePath + "/" + lang + "/decide/";
    }

    /** A file at the site root ("decide/tree.json"). */
    public String root(String path) {
        return basePath + "/" + path;
    }

    public String asset(String path) {
        return basePath + "/assets/" + path;
    }

    public String absolute(String rootRelative) {
        return origin + rootRelative;
    }

    /** The output file that serves a root-relative URL ("/guide/en/" → "en/index.html"). */
    public String fileFor(String rootRelative) {
        String p = rootRelative.substring(basePath.length());
        if (p.startsWith("/")) p = p.substring(1);
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }


    public String basePath() {
        return basePath;
    }
}
