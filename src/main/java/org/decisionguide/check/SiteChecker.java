package org.decisionguide.check;

import org.decisionguide.markdown.LinkPolicy;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The check stage: jsoup over the built pages, as a reader's browser and a search engine would see them.
 * Links and fragments resolve, images exist and have {@code alt}, every page has its language, title,
 * description, canonical and CSP, hreflang clusters are reciprocal, pages link within their language
 * (except hreflang links), the switcher matches the alternates, and nothing inline can run.
 */
public final class SiteChecker {

    private static final List<String> CSP_MUST = List.of("default-src 'self'", "object-src 'none'", "base-uri 'none'");
    private static final List<String> CSP_MUST_NOT = List.of("'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:");

    private final SiteConfig config;
    private final Path outputDir;
    private final String origin;

    /** @param outputDir how problems name the output folder ("public") */
    public SiteChecker(SiteConfig config, Path outputDir) {
        this.config = config;
        this.outputDir = outputDir;
        this.origin = config.baseUrl().substring(0, config.baseUrl().length() - config.basePath().length());
    }

    public List<Problem> check(List<OutputFile> files) {
        Map<String, OutputFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        // Parsing and checking each page are independent: use every core.
        Map<String, Page> pages = new LinkedHashMap<>();
        files.parallelStream().filter(OutputFile::isHtml)
                .map(f -> new Page(f.path(), Jsoup.parse(f.text(), "", Parser.htmlParser().setTrackPosition(true))))
                .toList().forEach(p -> pages.put(p.path, p));
        return pages.values().parallelStream().flatMap(p -> {
            List<Problem> out = new ArrayList<>();
            Report r = new Report(p, out);
            checkHead(p, r, pages);
            checkNoInlineCode(p, r);
            checkLinks(p, r, byPath.keySet(), pages);
            checkHreflang(p, r, pages);
            checkSwitcher(p, r);
            return out.stream();
        }).toList();
    }

    private void checkHead(Page p, Report r, Map<String, Page> pages) {
        Element html = p.doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) r.error(html, "the page has no <html lang>", "set lang in templates/layout.ftlh from head.lang");
        else if (config.language(lang).isEmpty()) r.error(html, "<html lang=\"" + lang + "\"> is not a language of the site", "use one of " + config.languageCodes());
        if (p.doc.title().isBlank()) r.error(p.doc.head(), "the page has no <title>", "give the page a title");
        Element desc = p.doc.selectFirst("meta[name=description]");
        if (desc == null || desc.attr("content").isBlank()) r.error(p.doc.head(), "the page has no meta description", "set the article's summary");
        Element canonical = p.doc.selectFirst("link[rel=canonical]");
        if (canonical == null || !canonical.attr("href").startsWith(config.baseUrl())) {
            r.error(p.doc.head(), "the page has no absolute canonical link on " + config.baseUrl(), "keep <link rel=\"canonical\"> in the layout");
        } else if (p.doc.selectFirst("meta[http-equiv=refresh]") != null) {
            // A redirect page for an old address names its new home as canonical.
            String to = p.doc.selectFirst("meta[http-equiv=refresh]").attr("content").replaceFirst("^\\s*\\d+\\s*;\\s*url=", "");
            if (!canonical.attr("href").equals(absolute(to))) {
                r.error(canonical, "redirect page: canonical " + canonical.attr("href") + " is not its target " + to, "point both at the new address");
            }
        } else if (p.doc.selectFirst("meta[name=robots][content~=noindex]") != null) {
            // A page kept out of search (an untranslated fallback) names the page it stands in for.
            String file = canonical.attr("href").startsWith(origin) ? fileFor(canonical.attr("href").substring(origin.length())) : null;
            if (file == null || !pages.containsKey(file)) r.error(canonical, "canonical " + canonical.attr("href") + " is not a page of the site", "point it to the original");
        } else if (!canonical.attr("href").equals(absolute(p.url()))) {
            r.error(canonical, "canonical " + canonical.attr("href") + " is not the page's own address " + absolute(p.url()), "the canonical must name the page itself");
        }
        Element csp = p.doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
        if (csp == null) {
            r.error(p.doc.head(), "the page has no Content-Security-Policy", "keep the CSP meta tag in the layout");
        } else {
            String policy = csp.attr("content");
            for (String must : CSP_MUST) if (!policy.contains(must)) r.error(csp, "the CSP lacks " + must, "restore the policy in SiteRenderer.CSP");
            for (String token : policy.split("[;\\s]+")) {
                if (CSP_MUST_NOT.contains(token)) r.error(csp, "the CSP allows " + token, "remove it: scripts and styles are files on the site's own origin");
            }
        }
    }

    private void checkNoInlineCode(Page p, Report r) {
        for (Element e : p.doc.getAllElements()) {
            if (e.nameIs("script") && !e.hasAttr("src")) r.error(e, "inline <script>", "move the script to a file in assets/js/");
            if (e.nameIs("script") && !e.data().isBlank()) r.error(e, "<script> with inline code", "move the code to a file in assets/js/");
            if (e.nameIs("style")) r.error(e, "inline <style>", "move the rules to assets/css/site.css");
            if (e.nameIs("iframe") || e.nameIs("object") || e.nameIs("embed") || e.nameIs("base")) {
                r.error(e, "<" + e.normalName() + "> is not allowed", "remove it");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase();
                if (name.startsWith("on")) r.error(e, "event-handler attribute " + a.getKey(), "remove it; behaviour belongs in a script file");
                if (name.equals("style")) r.error(e, "inline style attribute", "use a class and assets/css/site.css");
                if (name.equals("srcdoc") || name.equals("formaction") || name.equals("action") && !LinkPolicy.allowed(a.getValue())) {
                    r.error(e, "attribute " + a.getKey() + " is not allowed here", "remove it");
                }
            }
        }
    }

    private void checkLinks(Page p, Report r, Set<String> files, Map<String, Page> pages) {
        for (Element e : p.doc.select("[href], [src]")) {
            String attr = e.hasAttr("href") ? "href" : "src";
            String url = e.attr(attr);
            String refusal = LinkPolicy.refusal(url);
            if (refusal != null) {
                r.error(e, "URL \"" + url + "\" is refused: " + refusal, "use an http(s), mailto or relative address");
                continue;
            }
            String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
            boolean foreignScheme = (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:"))
                    && !url.startsWith(origin + config.basePath() + "/");
            if (foreignScheme) {
                // Leaves the site: allowed scheme is all that matters here, the address itself is the author's business.
                if (!e.nameIs("a")) r.error(e, "<" + e.normalName() + "> loads \"" + url + "\" from another site", "serve it from assets/; the site makes no third-party requests");
                continue;
            }
            URI target;
            try {
                target = new URI(p.url()).resolve(new URI(url.replace(" ", "%20")));
            } catch (URISyntaxException ex) {
                r.error(e, "URL \"" + url + "\" is malformed", "fix the address");
                continue;
            }
            boolean external = target.getScheme() != null || url.startsWith("mailto:");
            boolean ownAbsolute = url.startsWith(origin + config.basePath() + "/");
            if (external && !ownAbsolute) {
                if (!e.nameIs("a")) r.error(e, "<" + e.normalName() + "> loads \"" + url + "\" from another site", "serve it from assets/; the site makes no third-party requests");
                continue;
            }
            String path = ownAbsolute ? url.substring(origin.length()) : target.getRawPath();
            String file = fileFor(path);
            if (file == null || !files.contains(file)) {
                r.error(e, "broken link: " + url + " (no " + (file == null ? path : file) + " in the built site)", "link to a page or asset that exists");
                continue;
            }
            if (e.nameIs("img") && !e.hasAttr("alt")) r.error(e, "image " + url + " has no alt text", "describe the image: ![what it shows](...)");
            String fragment = target.getRawFragment();
            Page to = pages.get(file);
            if (fragment != null && !fragment.isEmpty() && to != null && to.doc.getElementById(decode(fragment)) == null) {
                r.error(e, "broken fragment: " + url + " (no id=\"" + fragment + "\" on " + file + ")", "link to a heading that exists");
            }
            String context = languageOf(e, p.lang());
            if (to != null && e.nameIs("a") && !e.hasAttr("hreflang") && !Objects.equals(to.lang(), context)
                    && !Objects.equals(to.lang(), p.lang())) {
                r.error(e, "a " + context + " page links to a " + to.lang() + " page (" + url + ") without hreflang",
                        "link to the " + context + " version, or mark a deliberate switch with hreflang");
            }
        }
        for (Element img : p.doc.select("img:not([alt])")) {
            if (!img.hasAttr("src")) r.error(img, "image without src and alt", "remove it");
        }
    }

    private void checkHreflang(Page p, Report r, Map<String, Page> pages) {
        Map<String, String> cluster = p.alternates();
        if (cluster.isEmpty()) return;
        if (!Objects.equals(cluster.get(p.lang()), absolute(p.url()))) {
            r.error(p.doc.head(), "the hreflang cluster does not list the page itself for " + p.lang(), "add the page's own alternate link");
        }
        if (!cluster.containsKey("x-default")) r.error(p.doc.head(), "the hreflang cluster has no x-default", "add <link rel=\"alternate\" hreflang=\"x-default\">");
        for (Map.Entry<String, String> alt : cluster.entrySet()) {
            String file = alt.getValue().startsWith(origin) ? fileFor(alt.getValue().substring(origin.length())) : null;
            Page other = file == null ? null : pages.get(file);
            if (other == null) {
                r.error(p.doc.head(), "hreflang " + alt.getKey() + " points to " + alt.getValue() + ", which is not a page of the site", "point it to an existing translation");
                continue;
            }
            if (alt.getKey().equals("x-default")) continue;
            if (!alt.getKey().equals(other.lang())) {
                r.error(p.doc.head(), "hreflang " + alt.getKey() + " points to a page whose <html lang> is " + other.lang(), "make hreflang and the target's lang agree");
            }
            if (!Objects.equals(other.alternates().get(p.lang()), absolute(p.url()))) {
                r.error(p.doc.head(), "hreflang is not reciprocal: " + other.path + " does not link back to this page as " + p.lang(), "list every translation on every translation");
            }
        }
    }

    private void checkSwitcher(Page p, Report r) {
        Element nav = p.doc.selectFirst("nav.lang-switcher");
        Map<String, String> cluster = new HashMap<>(p.alternates());
        cluster.remove("x-default");
        if (nav == null) {
            if (cluster.size() > 1) r.error(p.doc.body(), "the page has translations but no language switcher", "keep nav.lang-switcher in the layout");
            return;
        }
        if (cluster.isEmpty()) return; // an untranslated fallback: its switcher leads to the translations that exist
        Set<String> seen = new HashSet<>();
        for (Element a : nav.select("a")) {
            String hreflang = a.attr("hreflang");
            String expected = cluster.get(hreflang);
            if (expected == null || !expected.equals(absolute(a.attr("href")))) {
                r.error(a, "the switcher's " + hreflang + " link " + a.attr("href") + " is not this page's " + hreflang + " translation", "build the switcher from the page's translations");
            }
            if (!a.attr("lang").equals(hreflang)) r.error(a, "switcher link lacks lang=\"" + hreflang + "\"", "set lang and hreflang on each switcher link");
            boolean current = hreflang.equals(p.lang());
            if (current != a.attr("aria-current").equals("page")) r.error(a, "aria-current must mark exactly the current language", "set aria-current=\"page\" on the current language only");
            seen.add(hreflang);
        }
        if (!seen.equals(cluster.keySet())) r.error(nav, "the switcher lists " + seen + " but the page has translations " + cluster.keySet(), "list every translation");
    }

    /** The language a link is written in: its nearest {@code lang} attribute (an untranslated original carries its own). */
    private static String languageOf(Element e, String pageLang) {
        for (Element x = e; x != null; x = x.parent()) if (x.hasAttr("lang") && !x.nameIs("html")) return x.attr("lang");
        return pageLang;
    }

    private String absolute(String rootRelative) {
        return rootRelative.startsWith("http") ? rootRelative : origin + rootRelative;
    }

    /** Output file for a root-relative path, or null when it lies outside the site's base path. */
    private String fileFor(String path) {
        if (!path.startsWith(config.basePath() + "/")) return null;
        String p = decode(path.substring(config.basePath().length() + 1));
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }

    private static String decode(String s) {
        try {
            return new URI("x:/" + s).getPath().substring(1);
        } catch (URISyntaxException e) {
            return s;
        }
    }

    private final class Page {
        final String path;
        final Document doc;
        private Map<String, String> alternates;

        Page(String path, Document doc) {
            this.path = path;
            this.doc = doc;
            alternates(); // computed before pages are shared between threads
        }

        String url() {
            String p = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
            return config.basePath() + "/" + p;
        }

        String lang() {
            Element html = doc.selectFirst("html");
            return html == null ? "" : html.attr("lang");
        }

        Map<String, String> alternates() {
            if (alternates == null) {
                alternates = new LinkedHashMap<>();
                for (Element l : doc.select("link[rel=alternate][hreflang]")) alternates.put(l.attr("hreflang"), l.attr("href"));
            }
            return alternates;
        }
    }

    private final class Report {
        final Page page;
        final List<Problem> out;

        Report(Page page, List<Problem> out) {
            this.page = page;
            this.out = out;
        }

        void error(Element at, String message, String fix) {
            int line = at == null ? 0 : Math.max(0, at.sourceRange().start().lineNumber());
            out.add(Problem.error(outputDir.resolve(page.path), line, message, fix));
        }
    }
}
