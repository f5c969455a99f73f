package org.decisionguide.model;

import java.util.Comparator;
import java.util.List;

/** "Did you mean …?": the known names closest to a misspelt one (Levenshtein distance). */
public final class Suggestions {

    private Suggestions() {}

    public static List<String> closest(String wrong, List<String> known) {
        int limit = Math.max(2, wrong.length() / 3);
        return known.stream()
                .filter(k -> distance(wrong, k) <= limit || k.length() >= 4 && (k.contains(wrong) || wrong.contains(k)))
                .sorted(Comparator.comparingInt((String k) -> distance(wrong, k)).thenComparing(k -> k))
                .limit(3)
                .toList();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
