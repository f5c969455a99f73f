package org.decisionguide.markdown;

import com.ibm.icu.text.Transliterator;

/**
 * Turns text in any of the site's languages into an ASCII URL segment or anchor id:
 * "Dolaďování modelů" → "doladovani-modelu", "Łatwe" → "latwe" (ICU; plain NFD would keep "ł").
 */
public final class Slugger {
    private static final String RULES = "Any-Latin; Latin-ASCII; Lower";
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(() -> Transliterator.getInstance(RULES));

    /** Latin letters and punctuation up to U+206F, each as ICU spells it in ASCII; null where ICU gives no ASCII. */
    private static final String[] ASCII = table();

    private Slugger() {}

    public static String slug(String text) {
        String fast = byTable(text);
        return fast != null ? fast : collapse(TO_ASCII.get().transliterate(text));
    }

    /**
     * The same result without running the transliterator per call (it was a tenth of the load stage): ICU spelled
     * each character of the table once, and every character of these blocks is transliterated on its own, without
     * context. Text with any other character (another script, a combining mark) goes through ICU.
     */
    static String byTable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String s = c < ASCII.length ? ASCII[c] : null;
            if (s == null) return null;
            b.append(s);
        }
        return collapse(b.toString());
    }

    /** Lower-case ASCII letters and digits, anything else one hyphen, none at the ends. */
    static String collapse(String ascii) {
        StringBuilder b = new StringBuilder(ascii.length());
        boolean gap = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && b.length() > 0) b.append('-');
                b.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.length() == 0 ? "section" : b.toString();
    }

    private static String[] table() {
        Transliterator t = Transliterator.getInstance(RULES);
        String[] table = new String[0x2070];
        for (char c = 0; c < table.length; c++) {
            if (c >= 0x0250 && c < 0x2000) continue; // IPA, modifiers, combining marks, other scripts: ICU decides
            if (Character.isSurrogate(c)) continue;
            String s = t.transliterate(String.valueOf(c));
            if (s.chars().allMatch(ch -> ch < 0x80)) table[c] = s;
        }
        return table;
    }
}
