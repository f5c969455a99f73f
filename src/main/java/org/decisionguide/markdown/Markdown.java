package org.decisionguide.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.decisionguide.model.LinkUse;
import org.decisionguide.model.Outline;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;

/**
 * The project's Markdown: CommonMark plus tables, raw HTML shown as text, heading ids from {@link Slugger},
 * every destination passed through a {@link LinkRewriter}, and the result sanitized once more by
 * {@link BodySafelist}. Thread-safe: the parser and renderer are built once and hold no per-document state.
 */
public final class Markdown {

    private static final DataKey<LinkRewriter> REWRITER = new DataKey<>("guide.rewriter", LinkRewriter.SAFE_AS_WRITTEN);

    /** Flexmark options as data: what contributors may write and how it is turned into HTML. */
    static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AdmonitionExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)              // raw HTML is text, never markup
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .set(TablesExtension.CLASS_NAME, "")
            // Computed defaults are recomputed for every document rendered; the icon map reads resources from the
            // jar each time (a fifth of Markdown rendering). Computed once here, the output is the same.
            .set(AdmonitionExtension.QUALIFIER_TYPE_MAP, AdmonitionExtension.getQualifierTypeMap())
            .set(AdmonitionExtension.QUALIFIER_TITLE_MAP, AdmonitionExtension.getQualifierTitleMap())
            .set(AdmonitionExtension.TYPE_SVG_MAP, AdmonitionExtension.getQualifierSvgValueMap())
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS)
            .htmlIdGeneratorFactory(new HeaderIdGeneratorFactory() {
                @Override
                public HtmlIdGenerator create(LinkResolverContext context) {
                    return new HeadingIds();
                }

                @Override
                public HtmlIdGenerator create() {
                    return new HeadingIds();
                }
            })
            .linkResolverFactory(new IndependentLinkResolverFactory() {
                @Override
                public LinkResolver apply(com.vladsch.flexmark.html.renderer.LinkResolverBasicContext context) {
                    LinkRewriter rewriter = REWRITER.get(context.getDocument());
                    return (node, ctx, link) -> resolve(rewriter, link);
                }
            })
            .build();

    /** Parsed bodies of this build, so load (outline) and render share one parse; null when not caching. */
    private final Map<String, Document> parsed;

    public Markdown() {
        this(false);
    }

    /** @param cache keep each parsed body for the life of this instance (one per build: the pipeline's) */
    public Markdown(boolean cache) {
        this.parsed = cache ? new ConcurrentHashMap<>() : null;
    }

    public Document parse(String body) {
        return parsed == null ? parser.parse(body) : parsed.computeIfAbsent(body, parser::parse);
    }

    /** Headings (with the ids the page will carry) and link destinations; lines are counted from {@code firstLine}. */
    public Outline outline(Document doc, int firstLine) {
        Lines lines = new Lines(doc.getChars(), firstLine);
        HeadingIds ids = new HeadingIds();
        ids.generateIds(doc);
        List<org.decisionguide.model.Heading> headings = new ArrayList<>();
        List<LinkUse> links = new ArrayList<>();
        List<Integer> rawHtml = new ArrayList<>();
        new NodeVisitor(
                new VisitHandler<>(Heading.class, h -> headings.add(new org.decisionguide.model.Heading(
                        ids.getId(h), h.getText().toString(), h.getLevel(), lines.of(h)))),
                new VisitHandler<>(Link.class, l -> links.add(use(l.getUrl().unescape(), false, lines.of(l)))),
                new VisitHandler<>(Image.class, i -> links.add(use(i.getUrl().unescape(), true, lines.of(i)))),
                new VisitHandler<>(AutoLink.class, a -> links.add(use(a.getUrl().toString(), false, lines.of(a)))),
                new VisitHandler<>(MailLink.class, m -> links.add(use("mailto:" + m.getText(), false, lines.of(m)))),
                new VisitHandler<>(Reference.class, r -> links.add(use(r.getUrl().unescape(), false, lines.of(r)))),
                new VisitHandler<>(com.vladsch.flexmark.ast.HtmlBlock.class, h -> rawHtml.add(lines.of(h))),
                new VisitHandler<>(com.vladsch.flexmark.ast.HtmlInline.class, h -> rawHtml.add(lines.of(h))),
                new VisitHandler<>(com.vladsch.flexmark.ast.HtmlCommentBlock.class, h -> rawHtml.add(lines.of(h))),
                new VisitHandler<>(com.vladsch.flexmark.ast.HtmlInlineComment.class, h -> rawHtml.add(lines.of(h)))
        ).visit(doc);
        List<org.decisionguide.model.Claim> claims = new ArrayList<>();
        List<Outline.BadClaim> bad = new ArrayList<>();
        claims(doc, lines, claims, bad);
        return new Outline(headings, links, rawHtml.stream().distinct().toList(), claims, bad);
    }

    /** Nodes whose text is code or raw markup: a claim's brackets there are just characters. */
    private static boolean verbatim(Node n) {
        return n instanceof com.vladsch.flexmark.ast.Code || n instanceof com.vladsch.flexmark.ast.FencedCodeBlock || n instanceof com.vladsch.flexmark.ast.IndentedCodeBlock
                || n instanceof com.vladsch.flexmark.ast.CodeBlock || n instanceof com.vladsch.flexmark.ast.HtmlBlockBase
                || n instanceof com.vladsch.flexmark.ast.HtmlInlineBase;
    }

    /**
     * The dated claims among each node's children ({@link ClaimSyntax}), with their source lines and text. Adjacent
     * text forms one segment that remembers where its pieces start in the source. An undefined reference such as
     * "[costs]" is text to CommonMark (and on the page), so its brackets and content join the segments.
     */
    private static void claims(Node parent, Lines lines, List<org.decisionguide.model.Claim> out, List<Outline.BadClaim> bad) {
        if (verbatim(parent)) return;
        Segments seg = new Segments();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) seg.add(n, lines, out, bad);
        seg.flush();
        if (!seg.anyText) return;
        CharSequence source = parent.getDocument().getChars();
        for (ClaimSyntax.Match m : ClaimSyntax.find(seg.texts)) {
            int close = sourceOffset(seg.starts.get(m.closeSeg()), m.closeAt());
            if (!m.opened()) {
                bad.add(new Outline.BadClaim(lines.at(close), "\"]{" + m.attrs() + "}\" has no opening [ before it in the same paragraph"));
                continue;
            }
            int open = sourceOffset(seg.starts.get(m.openSeg()), m.openAt());
            ClaimSyntax.Dating d = ClaimSyntax.dating(m.attrs());
            if (d.error() != null) {
                bad.add(new Outline.BadClaim(lines.at(open), "dated claim: " + d.error()));
                continue;
            }
            String claim = source.subSequence(open + 1, close).toString().replaceAll("\\s+", " ").strip();
            out.add(new org.decisionguide.model.Claim(lines.at(open), claim, d.asOf(), d.valid(), d.until(), m.attrs()));
        }
    }

    /** Sibling inline nodes as {@link ClaimSyntax} segments: text (with source offsets), or null for another node. */
    private static final class Segments {
        final List<String> texts = new ArrayList<>();
        final List<int[]> starts = new ArrayList<>(); // per segment: {segment offset, source offset} pairs, flattened
        private StringBuilder text;
        private List<Integer> pieces;
        boolean anyText;

        void add(Node n, Lines lines, List<org.decisionguide.model.Claim> out, List<Outline.BadClaim> bad) {
            if (n instanceof com.vladsch.flexmark.ast.Text) {
                text(n.getChars());
            } else if (n instanceof com.vladsch.flexmark.ast.LinkRef ref && !ref.isDefined()) {
                // Its own characters around the children ("[", "]", a "[label]" part) are text as written.
                com.vladsch.flexmark.util.sequence.BasedSequence chars = ref.getChars();
                int at = ref.getStartOffset();
                for (Node c = ref.getFirstChild(); c != null; c = c.getNext()) {
                    if (c.getStartOffset() > at) text(chars.baseSubSequence(at, c.getStartOffset()));
                    add(c, lines, out, bad);
                    at = Math.max(at, c.getEndOffset());
                }
                if (ref.getEndOffset() > at) text(chars.baseSubSequence(at, ref.getEndOffset()));
            } else {
                flush();
                texts.add(null);
                starts.add(null);
                claims(n, lines, out, bad);
            }
        }

        private void text(com.vladsch.flexmark.util.sequence.BasedSequence chars) {
            if (chars.isEmpty()) return;
            anyText = true;
            if (text == null) {
                text = new StringBuilder();
                pieces = new ArrayList<>();
            }
            pieces.add(text.length());
            pieces.add(chars.getStartOffset());
            text.append(chars);
        }

        void flush() {
            if (text == null) return;
            texts.add(text.toString());
            starts.add(pieces.stream().mapToInt(Integer::intValue).toArray());
            text = null;
        }
    }

    private static int sourceOffset(int[] pieces, int at) {
        int i = 0;
        while (i + 2 < pieces.length && pieces[i + 2] <= at) i += 2;
        return pieces[i + 1] + (at - pieces[i]);
    }

    /** Body HTML as text: the same tree the pages get ({@link #renderDocument}), written out. */
    public String render(Document doc, LinkRewriter rewriter) {
        return renderDocument(doc, rewriter).body().html();
    }

    /** Body HTML as a jsoup document (its body holds the content): rendered, links rewritten, sanitized. */
    public org.jsoup.nodes.Document renderDocument(Document doc, LinkRewriter rewriter) {
        String html;
        synchronized (doc) { // a cached document can be rendered for two pages at once (an original and its fallback)
            doc.set(REWRITER, rewriter);
            html = renderer.render(doc);
        }
        return BodySafelist.sanitizeToDocument(html);
    }

    private static ResolvedLink resolve(LinkRewriter rewriter, ResolvedLink link) {
        // An undefined reference ("[text]" with no "[text]: url" definition) is offered to the resolver as LINK_REF;
        // left unresolved it stays text, as CommonMark says (a dated claim's "[…]{as-of=…}" is such text).
        if (link.getLinkType() == com.vladsch.flexmark.html.renderer.LinkType.LINK_REF) return link;
        LinkRewriter.Destination to = rewriter.rewrite(link.getUrl());
        if (to == null || !LinkPolicy.allowed(to.href())) {
            return link.withUrl("").withStatus(LinkStatus.INVALID);
        }
        ResolvedLink resolved = link.withUrl(to.href()).withStatus(LinkStatus.VALID);
        if (to.hreflang() != null) resolved.getMutableAttributes().replaceValue("hreflang", to.hreflang());
        return resolved;
    }

    private static LinkUse use(String url, boolean image, int line) {
        return new LinkUse(url, image, line);
    }

    /**
     * Line numbers by offset. Flexmark's own {@code getStartLineNumber} counts line breaks from the start of the
     * document on every call, which made the outline quadratic in the length of an article.
     */
    private static final class Lines {
        private final int[] starts;
        private final int firstLine;

        Lines(CharSequence chars, int firstLine) {
            this.firstLine = firstLine;
            // The string the document was parsed from (node offsets count in it); copying a flexmark sequence
            // char by char cost as much as parsing.
            Object base = chars instanceof com.vladsch.flexmark.util.sequence.BasedSequence b ? b.getBase() : null;
            String text = base instanceof String str ? str : chars.toString();
            int[] found = new int[64];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    if (n == found.length) found = java.util.Arrays.copyOf(found, n * 2);
                    found[n++] = i + 1;
                }
            }
            this.starts = java.util.Arrays.copyOf(found, n);
        }

        /** The source line of a node: the body's first line plus the line breaks before it. */
        int of(Node node) {
            return at(node.getStartOffset());
        }

        /** The source line of a character offset. */
        int at(int offset) {
            int at = java.util.Arrays.binarySearch(starts, offset);
            return firstLine + (at >= 0 ? at + 1 : -at - 1);
        }
    }
}
