package org.decisionguide.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edits the text of an article's front matter line by line, so that a contributor's comments, order and quoting
 * survive: removes top-level keys (with their indented continuation lines) and appends new ones before the
 * closing {@code ---}. Pure: text in, text out.
 */
public final class FrontMatterText {

    private FrontMatterText() {}

    public static String withoutKeys(String text, List<String> keys) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        int fence = 0;
        boolean skipping = false;
        for (String line : lines) {
            if (line.strip().equals("---") && fence < 2) {
                fence++;
                skipping = false;
                out.add(line);
                continue;
            }
            if (fence == 1) {
                boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#");
                if (topLevel) skipping = keys.stream().anyMatch(k -> line.startsWith(k + ":"));
                if (skipping) continue;
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    /** Inserts {@code lines} (already YAML) just before the closing {@code ---} of the front matter. */
    public static String withLines(String text, List<String> lines) {
        int open = text.indexOf("---");
        int close = text.indexOf("\n---", open + 3);
        if (open != 0 || close < 0) throw new IllegalArgumentException("no front matter");
        return text.substring(0, close + 1) + String.join("\n", lines) + "\n" + text.substring(close + 1);
    }

    /** The fingerprint block written by the translation tooling. */
    public static List<String> fingerprint(Map<String, String> hashes) {
        List<String> out = new ArrayList<>();
        out.add("translated_from:   # written by ./guide translate; do not edit by hand");
        hashes.forEach((k, v) -> out.add("  " + k + ": \"" + v + "\""));
        return out;
    }
}
