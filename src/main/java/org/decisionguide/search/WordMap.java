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
 * A folded spelling shared by forms of different stems goes to the stem with more occurrences; a real form always
 * keeps its own stem.
 */
final class WordMap {
    private final Stemmer stemmer;
    private final Map<String, Integer> stemIds = new HashMap<>();
    private final Map<String, Integer> formIds = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Integer>> folded = new java.util.TreeMap<>();
    private final List<Integer> stemCounts = new ArrayList<>();

    WordMap(Stemmer stemmer) {
        this.stemmer = stemmer;
    }

    void addText(String text) {
        for (String w : Words.of(text)) add(w);
    }

    private void add(String word) {
        Integer id = formIds.get(word);
        if (id == null) {
            id = stemIds.computeIfAbsent(stemmer.stem(word), s -> {
                stemCounts.add(0);
                return stemCounts.size() - 1;
            });
            formIds.put(word, id);
        }
        stemCounts.set(id, stemCounts.get(id) + 1);
        String f = stemmer.fold(word);
        if (!f.equals(word)) folded.computeIfAbsent(f, k -> new HashMap<>()).merge(id, 1, Integer::sum);
    }

    /** Forms per stem id, in id order: each real form, then the folded spellings that lead to that stem. */
    List<List<String>> formsByStem() {
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < stemCounts.size(); i++) out.add(new LinkedHashSet<>());
        formIds.forEach((form, id) -> out.get(id).add(form));
        folded.forEach((form, ids) -> {
            if (formIds.containsKey(form)) return;
            int best = ids.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
            out.get(best).add(form);
        });
        return out.stream().map(s -> List.copyOf(s)).toList();
    }

    int forms() {
        return formIds.size();
    }
}
