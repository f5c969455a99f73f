package org.decisionguide.load;

import java.util.List;

/**
 * Splits a Markdown file into its YAML front matter and body, the way Hugo, Jekyll and Astro do: the file
 * starts with a line {@code ---}, the front matter ends at the next line {@code ---}.
 */
public final class FrontMatterSplitter {

    /** The two parts; {@code yamlLine} and {@code bodyLine} are the 1-based lines where each starts. */
    public record Split(String yaml, int yamlLine, String body, int bodyLine) {}

    private FrontMatterSplitter() {}

    /**
     * @throws YamlError when the opening or closing {@code ---} is missing; an unclosed front matter is reported at
     *                   the line where it should have ended
     */
    public static Split split(List<String> lines) throws YamlError {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new YamlError(1, "the file does not start with front matter",
                    "start the file with a line `---`, the YAML fields (title, date, summary, verdict, source), and another `---`");
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                String yaml = String.join("\n", lines.subList(1, i));
                String body = String.join("\n", lines.subList(i + 1, lines.size()));
                return new Split(yaml, 2, body, i + 2);
            }
        }
        int end = endOfYaml(lines);
        if (end > lines.size()) {
            int last = lastField(lines, lines.size() + 1);
            throw new YamlError(last, "the front matter is not closed (the file ends inside it)",
                    "add a line `---` after line " + last + " (the last front-matter field), then the article text");
        }
        throw new YamlError(end, "the front matter is not closed: line " + end + " reads as article text, not a front-matter field",
                "add a line `---` above line " + end + ", after the last front-matter field (line " + lastField(lines, end) + ")");
    }

    /**
     * The 1-based line where an unclosed front matter should have ended: the first line that cannot be YAML of a
     * front matter (article text, a Markdown heading, a list written without a key), or one past the last line.
     */
    static int endOfYaml(List<String> lines) {
        boolean inBlock = false; // after "key: |" or "key: >": indented and blank lines belong to the value
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (indented) continue;
            if (line.startsWith("#") && !line.startsWith("##")) continue; // a YAML comment; "## Heading" is Markdown
            if (line.startsWith("- ") && !inBlock && isListItemOfKey(lines, i)) continue;
            if (KEY.matcher(line).matches()) {
                inBlock = line.strip().matches(".*:\\s*[|>][-+0-9]*(\\s+#.*)?");
                continue;
            }
            return i + 1;
        }
        return lines.size() + 1;
    }

    /** Whether a line {@code - item} continues a {@code key:} list above it (only list items and blanks between). */
    private static boolean isListItemOfKey(List<String> lines, int i) {
        for (int j = i - 1; j >= 1; j--) {
            String l = lines.get(j);
            if (l.isBlank() || l.startsWith("- ") || Character.isWhitespace(l.charAt(0))) continue;
            return KEY.matcher(l).matches() && l.strip().endsWith(":");
        }
        return false;
    }

    private static int lastField(List<String> lines, int end) {
        for (int i = end - 2; i >= 1; i--) if (!lines.get(i).isBlank()) return i + 1;
        return 1;
    }

    /** A YAML key at the start of a line: {@code title:}, {@code source_lang: cs}, {@code "quoted key": x}. */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(
            "(?:[A-Za-z_][A-Za-z0-9_-]*|\"[^\"]*\"|'[^']*')\\s*:(?:\\s.*)?");
}
