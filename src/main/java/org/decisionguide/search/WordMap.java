package org.decisionguide.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every word form of one language's corpus → the id of its stem, as the language's analyzer computed it, plus each
 * form's diacritic-free spelling. This is what the browser looks query words up in, so it never stems anything itself.
 * A folded spelling shared by forms of different stems goes to the stem of the form met first (titles come first);
 * a real form always keeps its own stem.
 */
final class WordMap {
    private final Stemmer stemmer;
    private final Map<String, Integer> stemIds = new HashMap<>();
    private final Map<String, Integer> formIds = new LinkedHashMap<>();
    private final Map<String, String> foldedOf = new HashMap<>();

    WordMap(Stemmer stemmer) {
        this.stemmer = stemmer;
    }

    void addText(String text) {
        for (String w : Words.of(text)) add(w);
    }

    private void add(String word) {
        Integer id = formIds.get(word);
        if (id == null) {
            id = stemIds.computeIfAbsent(stemmer.stem(word), s -> stemIds.size());
            formIds.put(word, id);
            if (!ascii(word)) { // folding leaves ASCII as it is
                String f = stemmer.fold(word);
                if (!f.equals(word)) foldedOf.put(word, f);
            }
        }
    }

    private static boolean ascii(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) >= 128) return false;
        return true;
    }

    /** Forms per stem id, in id order: each real form, then the folded spellings that lead to that stem. */
    List<List<String>> formsByStem() {
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < stemIds.size(); i++) out.add(new LinkedHashSet<>());
        formIds.forEach((form, id) -> out.get(id).add(form));
        // A folded spelling goes to the stem of the first form (in reading order) that folds to it.
        Map<String, Integer> folded = new HashMap<>();
        formIds.forEach((form, id) -> {
            String f = foldedOf.get(form);
            if (f != null && !formIds.containsKey(f)) folded.putIfAbsent(f, id);
        });
        new java.util.TreeMap<>(folded).forEach((f, id) -> out.get(id).add(f));
        return out.stream().map(s -> List.copyOf(s)).toList();
    }

    int forms() {
        return formIds.size();
    }
}
