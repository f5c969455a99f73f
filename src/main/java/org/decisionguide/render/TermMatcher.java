package org.decisionguide.render;

import org.decisionguide.model.TermText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a use of a term in running text: its term, abbreviation or any alias, as whole words, in any case,
 * longest form first; spaces in a form also match the no-break spaces typography inserts.
 */
public final class TermMatcher {
    private final Pattern pattern;

    public TermMatcher(TermText text) {
        StringBuilder alternatives = new StringBuilder();
        for (String form : text.forms()) {
            if (alternatives.length() > 0) alternatives.append('|');
            alternatives.append(Pattern.quote(form).replace(" ", "\\E[\\s\\u00a0]+\\Q"));
        }
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first use in {@code s}, or null. */
    public Matcher find(String s) {
        Matcher m = pattern.matcher(s);
        return m.find() ? m : null;
    }
}
