package org.decisionguide.render;

import org.jsoup.nodes.Element;

/**
 * Links that leave the site: {@code rel="noopener noreferrer"} (the target page gets no handle on this one and
 * no referrer), a class for the visual marker, and the words "(external link)" for screen readers.
 */
final class ExternalLinks {

    private ExternalLinks() {}

    static void mark(Element body, Messages t) {
        for (Element a : body.select("a[href^=http:], a[href^=https:]")) {
            a.attr("rel", "noopener noreferrer").addClass("external");
            a.appendElement("span").addClass("visually-hidden").text(" (" + t.format("external_link") + ")");
        }
    }
}
