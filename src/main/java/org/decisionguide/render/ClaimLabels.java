package org.decisionguide.render;

import org.decisionguide.markdown.ClaimSyntax;
import org.decisionguide.model.Claim;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dated claims on the page: the bracketed text becomes {@code <span class="claim">} followed by a visible
 * "(as of <date>)" label in the page's language, and an expired claim says it may be out of date. The claims are
 * found by the same {@link ClaimSyntax} the outline uses; unreadable markup was reported at load and stays text.
 */
final class ClaimLabels {

    /** What the label needs: the page language's messages and dates, the build's today and the review interval. */
    record Labeller(Messages t, Dates dates, LocalDate today, int intervalDays) {}

    private ClaimLabels() {}

    static void apply(Element body, Labeller l) {
        for (Element e : body.getAllElements()) {
            if (e.closest("code, pre") != null) continue;
            mergeText(e);
            List<Node> kids = new ArrayList<>(e.childNodes());
            List<String> segments = kids.stream().map(n -> n instanceof TextNode t ? t.getWholeText() : null).toList();
            if (segments.stream().noneMatch(s -> s != null && s.contains("]{"))) continue;
            List<ClaimSyntax.Match> found = ClaimSyntax.find(segments);
            for (int i = found.size() - 1; i >= 0; i--) { // from the end, so earlier positions stay valid
                ClaimSyntax.Match m = found.get(i);
                ClaimSyntax.Dating d = ClaimSyntax.dating(m.attrs());
                if (m.opened() && d.error() == null) wrap(kids, m, d, l);
            }
        }
    }

    private static void wrap(List<Node> kids, ClaimSyntax.Match m, ClaimSyntax.Dating d, Labeller l) {
        Claim claim = new Claim(0, "", d.asOf(), d.valid(), d.until(), m.attrs());
        boolean expired = claim.expired(l.today(), l.intervalDays());
        Element span = new Element("span").addClass("claim");
        if (expired) span.addClass("claim-expired");
        TextNode open = (TextNode) kids.get(m.openSeg()), close = (TextNode) kids.get(m.closeSeg());
        String openText = open.getWholeText(), closeText = close.getWholeText();
        if (open == close) {
            span.appendChild(new TextNode(openText.substring(m.openAt() + 1, m.closeAt())));
            open.after(new TextNode(closeText.substring(m.end())));
        } else {
            span.appendChild(new TextNode(openText.substring(m.openAt() + 1)));
            for (int k = m.openSeg() + 1; k < m.closeSeg(); k++) span.appendChild(kids.get(k)); // moves the node
            span.appendChild(new TextNode(closeText.substring(0, m.closeAt())));
            close.text(closeText.substring(m.end()));
        }
        open.text(openText.substring(0, m.openAt()));
        open.after(span);
        span.appendText(" ");
        span.appendElement("time").addClass("claim-date").attr("datetime", d.asOf().toString())
                .text(l.t().format(expired ? "claim_expired" : "claim_as_of", l.dates().longDate(d.asOf())));
    }

    /** Adjacent text nodes as one, so a claim's brackets are found however the sanitizer split the text. */
    private static void mergeText(Element e) {
        List<Node> kids = e.childNodes();
        for (int i = kids.size() - 1; i > 0; i--) {
            if (kids.get(i) instanceof TextNode b && kids.get(i - 1) instanceof TextNode a) {
                a.text(a.getWholeText() + b.getWholeText());
                b.remove();
            }
        }
    }
}
