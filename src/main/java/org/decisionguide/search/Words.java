package org.decisionguide.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text splits into words, on both sides: the build and {@code assets/js/search.js} use the same rule (a run of
 * letters and digits, lower-cased), so every word the browser meets in a page is a key of the shipped word map.
 */
public final class Words {
    /** Keep in step with {@code WORD} in assets/js/search.js. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Words() {}

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }
}
