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

    /** @throws YamlError when the opening or closing {@code ---} is missing */
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
        throw new YamlError(1, "the front matter is not closed",
                "add a line `---` after the last front-matter field, before the article text");
    }
}
