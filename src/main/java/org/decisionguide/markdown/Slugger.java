package org.decisionguide.markdown;

import com.ibm.icu.text.Transliterator;

/**
 * Turns text in any of the site's languages into an ASCII URL segment or anchor id:
 * "Dolaďování modelů" → "doladovani-modelu", "Łatwe" → "latwe" (ICU; plain NFD would keep "ł").
 */
public final class Slugger {
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private Slugger() {}

    public static String slug(String text) {
        String ascii = TO_ASCII.get().transliterate(text);
        String s = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }
}
