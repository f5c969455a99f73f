package org.decisionguide.model;

import java.util.List;

/** What the validator needs to know about a Markdown body without rendering it. */
public record Outline(List<Heading> headings, List<LinkUse> links, List<Integer> rawHtmlLines) {

    public Outline {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        rawHtmlLines = List.copyOf(rawHtmlLines);
    }

    public boolean hasHeading(String id) {
        return headings.stream().anyMatch(h -> h.id().equals(id));
    }
}
