package org.decisionguide.render;

import org.jsoup.nodes.Element;

import java.util.Set;

/**
 * Turns the admonition extension's {@code !!! note "Title"} blocks into accessible callouts: an {@code aside}
 * with a visible title, in the page's language when the author gave none.
 */
final class Callouts {
    private static final Set<String> KINDS = Set.of("note", "tip", "warning", "info", "danger", "example", "success");

    private Callouts() {}

    static void apply(Element body, Messages t) {
        for (Element block : body.select("div.adm-block")) {
            String kind = block.classNames().stream().filter(c -> c.startsWith("adm-") && !c.equals("adm-block"))
                    .map(c -> c.substring(4)).filter(KINDS::contains).findFirst().orElse("note");
            Element heading = block.selectFirst("div.adm-heading");
            String title = heading == null ? "" : heading.text().strip();
            String fallback = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
            if (title.isEmpty() || title.equals(fallback)) title = t.format("callout_" + (Set.of("note", "tip", "warning").contains(kind) ? kind : "note"));
            Element aside = new Element("aside").addClass("callout").addClass("callout-" + kind);
            aside.appendElement("p").addClass("callout-title").appendElement("strong").text(title);
            Element content = block.selectFirst("div.adm-body");
            if (content != null) aside.appendChildren(content.childNodesCopy());
            block.replaceWith(aside);
        }
    }
}
