package org.decisionguide.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Leaves out of the word map the diacritic-free spellings the browser can derive itself (about a third of the
 * Czech and Polish forms). The browser folds a form the way {@link #browserFold} does and adds the result where the
 * map has no entry for it; the map is compacted only when that rebuilds exactly the full map, so what a query finds
 * never changes. Otherwise the full map is shipped and the browser derives nothing.
 */
record CompactWords(List<List<String>> formsByStem, boolean derivesFolds) {

    static CompactWords of(List<List<String>> full) {
        // The stems whose forms fold to each spelling: one left out must be rebuilt for its own stem, not another's.
        Map<String, Set<Integer>> foldedFrom = new HashMap<>();
        for (int id = 0; id < full.size(); id++) {
            for (String w : full.get(id)) {
                String g = browserFold(w);
                if (!g.equals(w)) foldedFrom.computeIfAbsent(g, k -> new HashSet<>()).add(id);
            }
        }
        List<List<String>> compact = new ArrayList<>();
        for (int id = 0; id < full.size(); id++) {
            List<String> kept = new ArrayList<>();
            for (String f : full.get(id)) {
                if (!foldedFrom.getOrDefault(f, Set.of()).equals(Set.of(id))) kept.add(f);
            }
            compact.add(List.copyOf(kept));
        }
        return expand(compact).equals(explicit(full)) ? new CompactWords(compact, true) : new CompactWords(full, false);
    }

    /** What the browser's search script builds from a compacted map: every form, then each form's folding if new. */
    static Map<String, Integer> expand(List<List<String>> compact) {
        Map<String, Integer> map = explicit(compact);
        for (int id = 0; id < compact.size(); id++) {
            for (String f : compact.get(id)) {
                String g = browserFold(f);
                if (!g.equals(f)) map.putIfAbsent(g, id);
            }
        }
        return map;
    }

    private static Map<String, Integer> explicit(List<List<String>> forms) {
        Map<String, Integer> map = new HashMap<>();
        for (int id = 0; id < forms.size(); id++) for (String f : forms.get(id)) map.put(f, id);
        return map;
    }

    /** The same folding as {@code fold} in assets/js/search.js: decompose, drop combining marks, ł → l. */
    static String browserFold(String w) {
        return Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("[\u0300-\u036f]", "").replace("ł", "l");
    }
}
