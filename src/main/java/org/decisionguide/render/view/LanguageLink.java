package org.decisionguide.render.view;

/**
 * A link to the same page in a language: the language switcher and the {@code hreflang} alternates.
 *
 * @param url         root-relative, for the switcher
 * @param absoluteUrl for {@code <link rel="alternate" hreflang>}
 */
public record LanguageLink(String lang, String name, String url, String absoluteUrl, boolean current) {}
