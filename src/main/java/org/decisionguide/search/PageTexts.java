package org.decisionguide.search;

import org.decisionguide.model.Term;
import org.decisionguide.model.TermText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a reader sees on a built page into a {@link SearchDoc}. The search page's A–Z list names every page
 * the search covers ({@code a[data-key]}, written by templates/search.ftlh), so the index and the no-JavaScript
 * list can never disagree.
 */
final class PageTexts {
    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "table", "pre", "blockquote", "div", "dl", "section");

    private final Map<String, Term> terms;
    private final String lang;

    PageTexts(Map<String, Term> terms, String lang) {
        this.terms = terms;
        this.lang = lang;
    }

    /** One entry of the A–Z list and the built page its link names (parsed) → its document. */
    SearchDoc doc(Element entry, Document page) {
        String key = entry.attr("data-key");
        String kind = entry.attr("data-kind");
        String url = entry.attr("href");
        int hash = url.indexOf('#');
        return switch (kind) {
            case "term" -> term(key, url, page, url.substring(hash + 1));
            case "article" -> article(key, url, page);
            case "outcome" -> outcome(key, url, page);
            default -> generic(key, kind, url, page);
        };
    }

    private SearchDoc article(String key, String url, Document d) {
        Element body = d.selectFirst(".article-body");
        List<String> headings = body == null ? List.of() : body.select("h2, h3").stream().map(PageTexts::text).toList();
        String lead = String.join(" ", d.select(".article-header .lead, .verdict p").stream().map(PageTexts::text).toList());
        return new SearchDoc(key, "article", url, text(d.selectFirst("h1")), List.of(), headings, lead, blocks(body));
    }

    private SearchDoc term(String key, String url, Document d, String id) {
        Element entry = d.getElementById(id);
        Term t = terms.get(id);
        List<String> names = new ArrayList<>();
        if (t != null) t.in(lang).or(() -> t.texts().values().stream().findFirst()).map(TermText::forms).ifPresent(names::addAll);
        String title = entry == null ? id : text(entry.selectFirst("dt"));
        List<String> definition = entry == null ? List.of() : entry.select("dd > p:not(.see, .explained, .other-languages)").stream().map(PageTexts::text).toList();
        return new SearchDoc(key, "term", url, title, names, List.of(), String.join(" ", definition), List.of());
    }

    private SearchDoc outcome(String key, String url, Document d) {
        return new SearchDoc(key, "outcome", url, text(d.selectFirst("h1")), List.of(), List.of(),
                text(d.selectFirst(".recommendation")), d.select(".next-steps li").stream().map(PageTexts::text).toList());
    }

    /** Any other page (the checklist): its title, section headings and the text of its main element. */
    private SearchDoc generic(String key, String kind, String url, Document d) {
        Element main = d.selectFirst("main");
        List<String> headings = main == null ? List.of() : main.select("h2, legend").stream().map(PageTexts::text).toList();
        return new SearchDoc(key, kind, url, text(d.selectFirst("h1")), List.of(), headings,
                main == null ? "" : text(main.selectFirst(".lead")), blocks(main));
    }

    /** Paragraphs, list items and cells as separate texts; a list item's nested blocks count on their own. */
    static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        if (root == null) return out;
        for (Element e : root.select("p, li, td, th, label, dt, dd")) {
            if (e.closest(".toc, .terms-used, nav") != null) continue; // titles of other pages, not this page's text
            String s = (e.nameIs("li") || e.nameIs("dd") || e.nameIs("td")) ? ownText(e) : text(e);
            s = s.strip();
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /** The text of an element without its block-level children (they are blocks of their own). */
    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) sb.append(t.text());
            else if (n instanceof Element c && !BLOCKS.contains(c.normalName()) && !screenReaderOnly(c)) sb.append(text(c));
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    /**
     * The text a reader sees: without the labels only screen readers get ("link to this section: …", "external
     * site") and the headings' self-links, which would repeat every heading and flood snippets. The parsed page is
     * shared with the check stage, so the labels are skipped here rather than removed from it.
     */
    static String text(Element e) {
        if (e == null) return "";
        if (e.select(".visually-hidden, .heading-anchor").isEmpty()) return e.text();
        Element copy = e.clone();
        copy.select(".visually-hidden, .heading-anchor").remove();
        return copy.text().strip();
    }

    private static boolean screenReaderOnly(Element e) {
        return e.hasClass("visually-hidden") || e.hasClass("heading-anchor");
    }

    static Document parse(byte[] html) {
        return Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8));
    }
}
