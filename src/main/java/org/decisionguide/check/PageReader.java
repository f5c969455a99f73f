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
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one built page with jsoup, as a browser would, checks what can be checked on the page alone (language,
 * title, description, canonical, CSP, nothing inline that runs, allowed URLs, image alt, switcher) and keeps the
 * facts the cross-page checks of {@link SiteChecker} need. Thread-safe.
 */
public final class PageReader {

    private static final List<String> CSP_MUST = List.of("default-src 'self'", "object-src 'none'", "base-uri 'none'");
    private static final List<String> CSP_MUST_NOT = List.of("'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:");

    // Queries parsed once: jsoup parses a query string on every call, thousands of pages times a dozen queries.
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator ALTERNATES = QueryParser.parse("link[rel=alternate][hreflang]");
    private static final Evaluator DESCRIPTION = QueryParser.parse("meta[name=description]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator REFRESH = QueryParser.parse("meta[http-equiv=refresh]");
    private static final Evaluator NOINDEX = QueryParser.parse("meta[name=robots][content~=noindex]");
    private static final Evaluator CSP = QueryParser.parse("meta[http-equiv=Content-Security-Policy]");
    private static final Evaluator LINKS = QueryParser.parse("[href], [src]");
    private static final Evaluator NO_ALT = QueryParser.parse("img:not([alt])");
    private static final Evaluator SWITCHER = QueryParser.parse("nav.lang-switcher");
    private static final Evaluator ANCHORS = QueryParser.parse("a");

    private final SiteConfig config;
    private final Path outputDir;
    private final String origin;
    private final String ownPrefix;

    /** @param outputDir how problems name the output folder ("public") */
    public PageReader(SiteConfig config, Path outputDir) {
        this.config = config;
        this.outputDir = outputDir;
        this.origin = config.baseUrl().substring(0, config.baseUrl().length() - config.basePath().length());
        this.ownPrefix = origin + config.basePath() + "/";
    }

    /**
     * Reads a page without tracking source positions (tracking made parsing five times slower), then again with
     * them when the page has a problem of its own, so every problem names its line.
     */
    public PageFacts read(OutputFile file) {
        return read(file, null);
    }

    /**
     * {@link #read(OutputFile)}, with the page as an earlier stage already parsed it from these bytes (jsoup's HTML
     * parser, no source positions; only read, never changed), or null to parse it here.
     */
    public PageFacts read(OutputFile file, Document parsed) {
        PageFacts fast = read(file, parsed != null ? parsed : parse(file, false), false);
        return fast.problems().isEmpty() ? fast : read(file, true);
    }

    /** @param positions track source positions, for the line numbers in problems */
    public PageFacts read(OutputFile file, boolean positions) {
        return read(file, parse(file, positions), positions);
    }

    private static Document parse(OutputFile file, boolean positions) {
        return Jsoup.parse(file.text(), "", Parser.htmlParser().setTrackPosition(positions));
    }

    private PageFacts read(OutputFile file, Document doc, boolean positions) {
        Report r = new Report(file.path());
        Element html = doc.selectFirst(HTML);
        String lang = html == null ? "" : html.attr("lang");
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element l : doc.select(ALTERNATES)) alternates.put(l.attr("hreflang"), l.attr("href"));
        Set<String> ids = new HashSet<>();
        for (Element e : doc.getElementsByAttribute("id")) ids.add(e.id());
        String url = url(file.path());

        Canonical standsIn = checkHead(doc, html, lang, url, r);
        checkNoInlineCode(doc, r);
        List<PageFacts.Link> links = links(doc, url, lang, r);
        checkSwitcher(doc, lang, alternates, r);
        return new PageFacts(file.path(), lang, Set.copyOf(ids), alternates, links,
                standsIn == null ? null : standsIn.file(), standsIn == null ? 0 : standsIn.line(), line(doc.head()),
                positions, r.out);
    }

    /** The output file a search-excluded page names as canonical, and the line that says so. */
    private record Canonical(String file, int line) {}

    /** @return what a search-excluded page names as canonical, when it is one */
    private Canonical checkHead(Document doc, Element html, String lang, String url, Report r) {
        if (lang.isBlank()) r.error(html, "the page has no <html lang>", "set lang in templates/layout.ftlh from head.lang");
        else if (config.language(lang).isEmpty()) r.error(html, "<html lang=\"" + lang + "\"> is not a language of the site", "use one of " + config.languageCodes());
        if (doc.title().isBlank()) r.error(doc.head(), "the page has no <title>", "give the page a title");
        Element desc = doc.selectFirst(DESCRIPTION);
        if (desc == null || desc.attr("content").isBlank()) r.error(doc.head(), "the page has no meta description", "set the article's summary");
        Element canonical = doc.selectFirst(CANONICAL);
        Canonical standsIn = null;
        Element refresh = doc.selectFirst(REFRESH);
        if (canonical == null || !canonical.attr("href").startsWith(config.baseUrl())) {
            r.error(doc.head(), "the page has no absolute canonical link on " + config.baseUrl(), "keep <link rel=\"canonical\"> in the layout");
        } else if (refresh != null) {
            // A redirect page for an old address names its new home as canonical.
            String to = refresh.attr("content").replaceFirst("^\\s*\\d+\\s*;\\s*url=", "");
            if (!canonical.attr("href").equals(absolute(to))) {
                r.error(canonical, "redirect page: canonical " + canonical.attr("href") + " is not its target " + to, "point both at the new address");
            }
        } else if (doc.selectFirst(NOINDEX) != null) {
            // A page kept out of search (an untranslated fallback) names the page it stands in for; resolved across pages.
            String href = canonical.attr("href");
            String file = href.startsWith(origin) ? fileFor(href.substring(origin.length())) : null;
            standsIn = new Canonical(file == null ? "" : file, line(canonical));
        } else if (!canonical.attr("href").equals(absolute(url))) {
            r.error(canonical, "canonical " + canonical.attr("href") + " is not the page's own address " + absolute(url), "the canonical must name the page itself");
        }
        Element csp = doc.selectFirst(CSP);
        if (csp == null) {
            r.error(doc.head(), "the page has no Content-Security-Policy", "keep the CSP meta tag in the layout");
        } else {
            String policy = csp.attr("content");
            for (String must : CSP_MUST) if (!policy.contains(must)) r.error(csp, "the CSP lacks " + must, "restore the policy in SiteRenderer.CSP");
            for (String token : policy.split("[;\\s]+")) {
                if (CSP_MUST_NOT.contains(token)) r.error(csp, "the CSP allows " + token, "remove it: scripts and styles are files on the site's own origin");
            }
        }
        return standsIn;
    }

    private static void checkNoInlineCode(Document doc, Report r) {
        for (Element e : doc.getAllElements()) {
            if (e.nameIs("script") && !e.hasAttr("src")) r.error(e, "inline <script>", "move the script to a file in assets/js/");
            if (e.nameIs("script") && !e.data().isBlank()) r.error(e, "<script> with inline code", "move the code to a file in assets/js/");
            if (e.nameIs("style")) r.error(e, "inline <style>", "move the rules to assets/css/site.css");
            if (e.nameIs("iframe") || e.nameIs("object") || e.nameIs("embed") || e.nameIs("base")) {
                r.error(e, "<" + e.normalName() + "> is not allowed", "remove it");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) r.error(e, "event-handler attribute " + a.getKey(), "remove it; behaviour belongs in a script file");
                if (name.equals("style")) r.error(e, "inline style attribute", "use a class and assets/css/site.css");
                if (name.equals("srcdoc") || name.equals("formaction") || name.equals("action") && !LinkPolicy.allowed(a.getValue())) {
                    r.error(e, "attribute " + a.getKey() + " is not allowed here", "remove it");
                }
            }
        }
    }

    /** Checks each URL's form on the page; returns the links into the site for the cross-page checks. */
    private List<PageFacts.Link> links(Document doc, String pageUrl, String pageLang, Report r) {
        List<PageFacts.Link> out = new ArrayList<>();
        for (Element e : doc.select(LINKS)) {
            String attr = e.hasAttr("href") ? "href" : "src";
            String url = e.attr(attr);
            String refusal = LinkPolicy.refusal(url);
            if (refusal != null) {
                r.error(e, "URL \"" + url + "\" is refused: " + refusal, "use an http(s), mailto or relative address");
                continue;
            }
            String lower = url.strip().toLowerCase(Locale.ROOT);
            boolean ownAbsolute = url.startsWith(ownPrefix);
            if ((lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:")) && !ownAbsolute) {
                // Leaves the site: the allowed scheme is all that matters here, the address itself is the author's business.
                if (!e.nameIs("a")) r.error(e, "<" + e.normalName() + "> loads \"" + url + "\" from another site", "serve it from assets/; the site makes no third-party requests");
                continue;
            }
            String path;
            String fragment;
            int hash = url.indexOf('#');
            if (url.startsWith("/") && !url.startsWith("//") && simplePath(url, hash < 0 ? url.length() : hash)) {
                // Most links are root-relative and plain: no need to resolve them against the page's address.
                path = hash < 0 ? url : url.substring(0, hash);
                fragment = hash < 0 ? null : url.substring(hash + 1);
            } else if (hash == 0 && idLike(url, 1)) {
                // A fragment of this very page (table of contents, skip link).
                path = pageUrl;
                fragment = url.substring(1);
            } else {
                URI target;
                try {
                    target = new URI(pageUrl).resolve(new URI(url.replace(" ", "%20"))).normalize(); // as a browser resolves "a/../b"
                } catch (URISyntaxException ex) {
                    r.error(e, "URL \"" + url + "\" is malformed", "fix the address");
                    continue;
                }
                if ((target.getScheme() != null || url.startsWith("mailto:")) && !ownAbsolute) {
                    if (!e.nameIs("a")) r.error(e, "<" + e.normalName() + "> loads \"" + url + "\" from another site", "serve it from assets/; the site makes no third-party requests");
                    continue;
                }
                path = ownAbsolute ? url.substring(origin.length()) : target.getRawPath();
                fragment = target.getRawFragment();
            }
            if (e.nameIs("img") && !e.hasAttr("alt")) r.error(e, "image " + url + " has no alt text", "describe the image: ![what it shows](...)");
            out.add(new PageFacts.Link(url, fileFor(path), path, fragment == null || fragment.isEmpty() ? null : decode(fragment),
                    fragment, e.nameIs("a"), e.hasAttr("hreflang"), languageOf(e, pageLang), line(e), authored(e)));
        }
        for (Element img : doc.select(NO_ALT)) {
            if (!img.hasAttr("src")) r.error(img, "image without src and alt", "remove it");
        }
        return List.copyOf(out);
    }

    private void checkSwitcher(Document doc, String lang, Map<String, String> alternates, Report r) {
        Element nav = doc.selectFirst(SWITCHER);
        Map<String, String> cluster = new HashMap<>(alternates);
        cluster.remove("x-default");
        if (nav == null) {
            if (cluster.size() > 1) r.error(doc.body(), "the page has translations but no language switcher", "keep nav.lang-switcher in the layout");
            return;
        }
        if (cluster.isEmpty()) return; // an untranslated fallback: its switcher leads to the translations that exist
        Set<String> seen = new HashSet<>();
        for (Element a : nav.select(ANCHORS)) {
            String hreflang = a.attr("hreflang");
            String expected = cluster.get(hreflang);
            if (expected == null || !expected.equals(absolute(a.attr("href")))) {
                r.error(a, "the switcher's " + hreflang + " link " + a.attr("href") + " is not this page's " + hreflang + " translation", "build the switcher from the page's translations");
            }
            if (!a.attr("lang").equals(hreflang)) r.error(a, "switcher link lacks lang=\"" + hreflang + "\"", "set lang and hreflang on each switcher link");
            boolean current = hreflang.equals(lang);
            if (current != a.attr("aria-current").equals("page")) r.error(a, "aria-current must mark exactly the current language", "set aria-current=\"page\" on the current language only");
            seen.add(hreflang);
        }
        if (!seen.equals(cluster.keySet())) r.error(nav, "the switcher lists " + seen + " but the page has translations " + cluster.keySet(), "list every translation");
    }

    /** Letters, digits and {@code - _ . / ~} only, and no dot segment: the path means what it says. */
    private static boolean simplePath(String url, int end) {
        for (int i = 0; i < end; i++) {
            char c = url.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '/' || c == '~'
                    || c == '.' && url.charAt(i - 1) != '/' && url.charAt(i - 1) != '.';
            if (!plain) return false;
        }
        return true;
    }

    /** From {@code from} on, letters, digits, hyphens and underscores only: an id as the slugger makes them. */
    private static boolean idLike(String url, int from) {
        if (from >= url.length()) return false;
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) return false;
        }
        return true;
    }

    /** Whether a link comes from an article's Markdown: in the body, and not one the build adds there. */
    private static boolean authored(Element e) {
        if (e.hasClass("term") || e.hasClass("heading-anchor")) return false;
        for (Element x = e.parent(); x != null; x = x.parent()) if (x.hasClass("article-body")) return true;
        return false;
    }

    /** The language a link is written in: its nearest {@code lang} attribute (an untranslated original carries its own). */
    private static String languageOf(Element e, String pageLang) {
        for (Element x = e; x != null; x = x.parent()) if (x.hasAttr("lang") && !x.nameIs("html")) return x.attr("lang");
        return pageLang;
    }

    String absolute(String rootRelative) {
        return rootRelative.startsWith("http") ? rootRelative : origin + rootRelative;
    }

    /** The root-relative address a page is served at. */
    String url(String path) {
        String p = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        return config.basePath() + "/" + p;
    }

    /** Output file for a root-relative path, or null when it lies outside the site's base path. */
    String fileFor(String path) {
        if (!path.startsWith(config.basePath() + "/")) return null;
        String p = decode(path.substring(config.basePath().length() + 1));
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }

    String origin() {
        return origin;
    }

    Path outputDir() {
        return outputDir;
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return new URI("x:/" + s).getPath().substring(1);
        } catch (URISyntaxException e) {
            return s;
        }
    }

    private static int line(Element at) {
        return at == null ? 0 : Math.max(0, at.sourceRange().start().lineNumber());
    }

    private final class Report {
        final String path;
        final List<Problem> out = new ArrayList<>();

        Report(String path) {
            this.path = path;
        }

        void error(Element at, String message, String fix) {
            out.add(Problem.error(outputDir.resolve(path), line(at), message, fix));
        }
    }
}
