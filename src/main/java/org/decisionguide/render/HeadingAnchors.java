package org.decisionguide.render;

import org.decisionguide.render.view.ArticlePage;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives every {@code ##}/{@code ###} heading of a body a visible link to itself (readers copy it to point a
 * colleague at a section) and returns the headings as the "On this page" list.
 */
final class HeadingAnchors {

    private HeadingAnchors() {}

    static List<ArticlePage.TocEntry> apply(Element body, Messages t) {
        List<ArticlePage.TocEntry> toc = new ArrayList<>();
        for (Element h : body.select("h2[id], h3[id]")) {
            String text = h.text();
            toc.add(new ArticlePage.TocEntry(h.id(), text, h.normalName().equals("h2") ? 2 : 3));
            Element a = new Element("a").addClass("heading-anchor").attr("href", "#" + h.id());
            a.appendElement("span").attr("aria-hidden", "true").text("#");
            a.appendElement("span").addClass("visually-hidden").text(t.format("link_to_section", text));
            h.appendText(" ").appendChild(a);
        }
        return toc;
    }
}
