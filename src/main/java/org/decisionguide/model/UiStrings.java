package org.decisionguide.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One language's {@code templates/i18n/<lang>.yaml}: ICU messages by key, plus the language's typography
 * rules (data, so a new language needs no Java change).
 *
 * @param noBreakAfter  one-letter words (prepositions, conjunctions) that must not end a line
 * @param noBreakBefore units kept on the line of their number ("%", "Kč"); also keeps "10 000" together
 * @param noBreakPhrases abbreviations that never break inside and stay with the word before them ("p. b.",
 *                       "a kol.", "mil.")
 * @param ordinals      whether a number with a dot stays with what follows ("30. den", "1. 1. 2027")
 */
public record UiStrings(String lang, Path file, Map<String, String> messages, KeyLines lineOf,
                        List<String> noBreakAfter, List<String> noBreakBefore, List<String> noBreakPhrases,
                        boolean ordinals) {

    public UiStrings {
        messages = Map.copyOf(messages);
        noBreakAfter = List.copyOf(noBreakAfter);
        noBreakBefore = List.copyOf(noBreakBefore);
        noBreakPhrases = List.copyOf(noBreakPhrases);
    }

    /** A language with word and unit rules only. */
    public UiStrings(String lang, Path file, Map<String, String> messages, KeyLines lineOf,
                     List<String> noBreakAfter, List<String> noBreakBefore) {
        this(lang, file, messages, lineOf, noBreakAfter, noBreakBefore, List.of(), false);
    }
}
