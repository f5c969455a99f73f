package org.decisionguide.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser finds the same stem for every word, diacritics or not, whether or not the map was compacted. */
class CompactWordsTest {

    @Test
    void dropsOnlySpellingsTheBrowserRebuildsAndTheyLeadToTheSameStem() {
        List<List<String>> full = List.of(
                List.of("učení", "učením", "uceni", "ucenim"),
                List.of("łódź", "lodz"),
                List.of("model"));
        CompactWords c = CompactWords.of(full);
        assertTrue(c.derivesFolds());
        assertEquals(List.of(List.of("učení", "učením"), List.of("łódź"), List.of("model")), c.formsByStem());
        assertEquals(Map.of("učení", 0, "učením", 0, "uceni", 0, "ucenim", 0, "łódź", 1, "lodz", 1, "model", 2),
                CompactWords.expand(c.formsByStem()));
    }

    @Test
    void aSpellingSharedByTwoStemsStaysWhereTheBuildPutItAndASpellingOfAnotherFoldingStays() {
        // "rada" is a real form of stem 1; "ráda" folds to it but must not take it over.
        // "zena" was assigned to stem 2 by the build (first form read), though "žena" of stem 0 folds to it too.
        List<List<String>> full = List.of(
                List.of("ráda", "žena"),
                List.of("rada"),
                List.of("ženou", "zenou", "zena"));
        CompactWords c = CompactWords.of(full);
        assertEquals(Map.of("ráda", 0, "žena", 0, "rada", 1, "ženou", 2, "zenou", 2, "zena", 2), CompactWords.expand(c.formsByStem()));
        assertTrue(c.formsByStem().get(2).contains("zena"), "kept: the browser would give it to stem 0");
        assertTrue(c.derivesFolds());
        assertFalse(c.formsByStem().get(2).contains("zenou"));
    }

    @Test
    void aSpellingTheBuildGaveToALaterStemStaysWithIt() {
        // "cala" went to the stem of "całą" (read first), though "cała" of an earlier stem folds to it as well.
        List<List<String>> full = List.of(List.of("cały", "cała", "caly"), List.of("całą", "całe", "cala", "cale"));
        CompactWords c = CompactWords.of(full);
        assertTrue(c.derivesFolds());
        assertEquals(List.of(List.of("cały", "cała"), List.of("całą", "całe", "cala")), c.formsByStem());
    }

    @Test
    void shipsTheFullMapWhenTheBrowsersFoldingWouldAddWhatTheBuildLeftOut() {
        // The build left "ostrov" out (say, its folding differs); the browser would add it, so nothing is compacted.
        List<List<String>> full = List.of(List.of("ôstrov"), List.of("ostrova"));
        CompactWords c = CompactWords.of(full);
        assertFalse(c.derivesFolds());
        assertEquals(full, c.formsByStem());
    }

    @Test
    void foldsLikeTheBrowserScript() {
        assertEquals("zolw", CompactWords.browserFold("żółw"));
        assertEquals("prilis zlutoucky kun", CompactWords.browserFold("příliš žluťoučký kůň"));
    }
}
