package org.decisionguide.model;

/**
 * A language the site is published in.
 *
 * @param code      BCP 47 tag used in URLs and {@code lang} attributes (en, cs, pl)
 * @param name      the language's name in itself, for the switcher ("Čeština")
 * @param siteTitle the site title in this language
 */
public record Language(String code, String name, String siteTitle) {}
