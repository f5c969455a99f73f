package org.decisionguide.markdown;

/**
 * Maps a destination written in Markdown to the one the page carries, or null to drop it. Supplied per
 * article by the render stage (relative {@code other-id.md} links become page URLs).
 */
@FunctionalInterface
public interface LinkRewriter {
    LinkRewriter SAFE_AS_WRITTEN = url -> LinkPolicy.allowed(url) ? new Destination(url, null) : null;

    Destination rewrite(String url);

    /**
     * @param hreflang set when the link deliberately leads to another language (a translation not yet written)
     */
    record Destination(String href, String hreflang) {}
}
