package org.decisionguide.model;

import java.util.List;

/**
 * What the validator needs to know about a Markdown body without rendering it.
 *
 * @param claims    the dated claims, in order
 * @param badClaims claim markup that could not be read, with why
 */
public record Outline(List<Heading> headings, List<LinkUse> links, List<Integer> rawHtmlLines, List<Claim> claims,
                      List<BadClaim> badClaims) {

    public Outline {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        rawHtmlLines = List.copyOf(rawHtmlLines);
        claims = List.copyOf(claims);
        badClaims = List.copyOf(badClaims);
    }

    public Outline(List<Heading> headings, List<LinkUse> links, List<Integer> rawHtmlLines) {
        this(headings, links, rawHtmlLines, List.of(), List.of());
    }

    /** Dated-claim markup on {@code line} that could not be read. */
    public record BadClaim(int line, String message) {}

    public boolean hasHeading(String id) {
        return headings.stream().anyMatch(h -> h.id().equals(id));
    }
}
