package org.decisionguide.model;

/**
 * A language the site is published in.
 *
 * @param code      BCP 47 tag used in URLs and {@code lang} attributes (en, cs, pl)
 * @param name      the language's name in itself, for the switcher ("Čeština")
 * @param siteTitle the site title in this language
 * @param locale    language and region for Open Graph (cs-CZ), or null
 */
public record Language(String code, String name, String siteTitle, String locale) {

    /** {@code og:locale} form: "cs_CZ"; from site.yaml, else the code itself. */
    public String ogLocale() {
        return locale != null ? locale.replace('-', '_') : code;
    }
}
