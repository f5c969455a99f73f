package org.decisionguide.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Did you mean …?": which known names are offered for a misspelt one, and in which order. */
class SuggestionsTest {

    @Test
    void closerNamesComeFirstAndTiesInAlphabeticalOrder() {
        assertEquals(List.of("evals-first", "evals-fast"), Suggestions.closest("evals-firts", List.of("other", "evals-fast", "evals-first")));
        assertEquals(List.of("bat", "cut"), Suggestions.closest("cat", List.of("cut", "bat", "dog")));
    }

    @Test
    void aThirdOfTheNameMayBeWrongButAtLeastTwoCharacters() {
        assertEquals(List.of("abcdxy"), Suggestions.closest("abcdef", List.of("abcxyz", "abcdxy")), "two of six wrong, not three");
        assertEquals(List.of("ab"), Suggestions.closest("x", List.of("ab", "abc")), "two edits allowed even for one character");
        assertEquals(List.of("rag-eval"), Suggestions.closest("rag-evaluation-set", List.of("rag-eval", "rag")),
                "a known name of four or more characters inside the wrong one");
        assertEquals(List.of("eval-set-size"), Suggestions.closest("eval-set", List.of("eval-set-size")), "the wrong name inside a known one");
        assertEquals(List.of(), Suggestions.closest("rag", List.of("fine-tuning")));
    }

    @Test
    void atMostThreeAreOffered() {
        assertEquals(List.of("aa", "ab", "ac"), Suggestions.closest("a", List.of("ae", "ad", "ac", "ab", "aa")));
    }

    @Test
    void theDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(0, Suggestions.distance("same", "same"));
        assertEquals(4, Suggestions.distance("", "four"));
        assertEquals(2, Suggestions.distance("ab", "ba"));
    }
}
