package org.decisionguide.render;

import org.decisionguide.model.Article;
import org.decisionguide.model.OutputFile;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.LanguageLink;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The site's machine-read files: sitemap with hreflang alternates, an Atom feed per language, robots.txt, and
 * the {@code _headers}/{@code _redirects} files static hosts read. XML is written with the JDK's StAX writer,
 * never by string concatenation, so titles cannot break it.
 */
public final class SiteFiles {
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private SiteFiles() {}

    static OutputFile sitemap(List<Head> pages) {
        return xml("sitemap.xml", w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP);
            w.writeNamespace("xhtml", XHTML);
            for (Head h : pages.stream().sorted(Comparator.comparing(Head::canonical)).toList()) {
                w.writeStartElement("url");
                element(w, "loc", h.canonical());
                for (LanguageLink l : h.languages()) {
                    w.writeEmptyElement("xhtml", "link", XHTML);
                    w.writeAttribute("rel", "alternate");
                    w.writeAttribute("hreflang", l.lang());
                    w.writeAttribute("href", l.absoluteUrl());
                }
                if (!h.languages().isEmpty()) {
                    w.writeEmptyElement("xhtml", "link", XHTML);
                    w.writeAttribute("rel", "alternate");
                    w.writeAttribute("hreflang", "x-default");
                    w.writeAttribute("href", h.xDefault());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** An Atom feed of a language's articles, newest change first. */
    static OutputFile feed(RenderContext ctx, String lang, List<Article> articles) {
        String home = ctx.urls.absolute(ctx.urls.home(lang));
        List<Article> newest = articles.stream()
                .sorted(Comparator.comparing((Article a) -> changed(a)).reversed().thenComparing(Article::id)).toList();
        String file = ctx.urls.fileFor(ctx.urls.feed(lang));
        return xml(file, w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
            element(w, "title", ctx.language(lang).siteTitle());
            element(w, "id", home);
            w.writeEmptyElement("link");
            w.writeAttribute("rel", "self");
            w.writeAttribute("href", ctx.urls.absolute(ctx.urls.feed(lang)));
            w.writeEmptyElement("link");
            w.writeAttribute("href", home);
            element(w, "updated", stamp(newest.isEmpty() ? LocalDate.of(2026, 1, 1) : changed(newest.get(0))));
            for (Article a : newest) {
                String url = ctx.urls.absolute(ctx.urls.article(a));
                w.writeStartElement("entry");
                element(w, "title", a.meta().title());
                element(w, "id", url);
                w.writeEmptyElement("link");
                w.writeAttribute("href", url);
                element(w, "published", stamp(a.meta().date()));
                element(w, "updated", stamp(changed(a)));
                w.writeStartElement("author");
                element(w, "name", ctx.language(lang).siteTitle());
                w.writeEndElement();
                element(w, "summary", a.meta().summary());
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    static OutputFile robots(RenderContext ctx) {
        String text = "User-agent: *\nAllow: /\n\nSitemap: " + ctx.urls.absolute(ctx.urls.root("sitemap.xml")) + "\n";
        return new OutputFile("robots.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Netlify/Cloudflare Pages style: the headers a meta tag cannot carry (frame-ancestors) for every path. */
    public static OutputFile headers(Map<String, String> headers) {
        StringBuilder b = new StringBuilder("/*\n");
        headers.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        return new OutputFile("_headers", b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Old address → new address, 301, for hosts that read {@code _redirects}. */
    static OutputFile redirects(Map<String, String> moves) {
        StringBuilder b = new StringBuilder();
        moves.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(e.getKey()).append(' ').append(e.getValue()).append(" 301\n"));
        return new OutputFile("_redirects", b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static LocalDate changed(Article a) {
        return a.meta().updated() != null ? a.meta().updated() : a.meta().date();
    }

    private static String stamp(LocalDate d) {
        return d + "T00:00:00Z";
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static OutputFile xml(String path, Body body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
            return new OutputFile(path, (out + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + path, e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
