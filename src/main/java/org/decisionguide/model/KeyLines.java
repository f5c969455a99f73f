package org.decisionguide.model;

import java.util.Map;

/** Where each key of a YAML document starts, so problems can name a line. Keys are JSON pointers. */
public record KeyLines(int offset, Map<String, Integer> lines) {

    public static final KeyLines NONE = new KeyLines(0, Map.of());

    public KeyLines {
        lines = Map.copyOf(lines);
    }

    /** Line in the file of the key at {@code pointer}; falls back to its parents, then to the document start. */
    public int of(String pointer) {
        String p = pointer;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) return l + offset;
            int cut = p.lastIndexOf('/');
            if (cut <= 0) return Math.max(1, offset + (lines.isEmpty() ? 0 : 1));
            p = p.substring(0, cut);
        }
    }
}
