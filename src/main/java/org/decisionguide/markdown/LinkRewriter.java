package org.decisionguide.markdown;

/**
 * Maps a destination written in Markdown to the {@code href}/{@code src} the page carries, or null to drop
 * it. Supplied per article by the render stage (relative {@code other-id.md} links become page URLs).
 */
@FunctionalInterface
public interface LinkRewriter {
    LinkRewriter SAFE_AS_WRITTEN = url -> LinkPolicy.allowed(url) ? url : null;

    String rewrite(String url);
}
