package org.decisionguide.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fingerprint of an article per part: its title, summary and verdict, the text before the first {@code ##}
 * heading ({@code _intro}), and each {@code ##} section by its heading's anchor. A translation records the
 * original's fingerprint when it is made; comparing it with the original's current one names exactly the
 * sections that changed since. Git history is not needed (CI clones may be shallow). Review dates and claim
 * dates are not part of it.
 */
public final class SectionHashes {
    public static final String INTRO = "_intro";

    /** One digest per thread: looking the algorithm up for every section cost more than hashing it. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /**
     * A dated claim's attribute block: left out of the fingerprint, so re-dating a fact does not mark every
     * translation stale (the validator checks that translations carry the same dates instead).
     */
    private static final java.util.regex.Pattern CLAIM_DATING = java.util.regex.Pattern.compile("\\]\\{[a-z_-]+=[^{}\\n]*\\}");

    private SectionHashes() {}

    /** The article's fingerprint, as computed when it was read. */
    public static Map<String, String> of(Article a) {
        return a.sections();
    }

    static Map<String, String> compute(FrontMatter meta, String body, int bodyLine, Outline outline) {
        return compute(meta, body, bodyLine, outline, true);
    }

    /**
     * @param wrapping whether to fold what does not change the rendered text: a paragraph re-wrapped over other lines,
     *                 runs of spaces, extra blank lines. Fingerprints recorded before this (docs/decisions) were taken
     *                 without it; {@link #changed(Map, Article)} accepts both.
     */
    private static Map<String, String> compute(FrontMatter meta, String body, int bodyLine, Outline outline, boolean wrapping) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", hash(meta.title(), wrapping));
        out.put("summary", hash(meta.summary(), wrapping));
        out.put("verdict", hash(meta.verdict(), wrapping));
        List<Heading> h2 = outline.headings().stream().filter(h -> h.level() == 2).toList();
        String[] lines = CLAIM_DATING.matcher(body).replaceAll("]").split("\n", -1);
        int from = 0;
        String key = INTRO;
        for (Heading h : h2) {
            int at = h.line() - bodyLine;
            out.put(key, hash(join(lines, from, at, wrapping), false));
            from = at;
            key = h.id();
        }
        out.put(key, hash(join(lines, from, lines.length, wrapping), false));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The parts of {@code source} that changed since a translation recorded {@code recorded}: a part is unchanged when
     * the recorded hash is its current one, or the one the earlier, line-exact fingerprint gives for the same text.
     */
    public static List<String> changed(Map<String, String> recorded, Article source) {
        Map<String, String> now = of(source);
        Map<String, String> lineExact = null;
        Map<String, String> accepted = new LinkedHashMap<>(now);
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (e.getValue().equals(recorded.get(e.getKey())) || !recorded.containsKey(e.getKey())) continue;
            if (lineExact == null) lineExact = compute(source.meta(), source.body(), source.bodyLine(), source.outline(), false);
            if (recorded.get(e.getKey()).equals(lineExact.get(e.getKey()))) accepted.put(e.getKey(), recorded.get(e.getKey()));
        }
        return changed(recorded, accepted);
    }

    /**
     * How a person names a part of the original in English (status output, build warnings): "the title", "the
     * introduction", a section by its heading in quotes; a key the original no longer has is "a removed section".
     */
    public static String describe(Article source, String key) {
        return switch (key) {
            case "title", "summary", "verdict" -> "the " + key;
            case INTRO -> "the introduction";
            default -> heading(source, key).map(h -> "“" + h + "”").orElse("a removed section");
        };
    }

    /** The text of the {@code ##} heading whose anchor is {@code key}. */
    public static java.util.Optional<String> heading(Article source, String key) {
        return source.outline().headings().stream().filter(h -> h.level() == 2 && h.id().equals(key)).map(Heading::text).findFirst();
    }

    /** {@link #describe} for each key, joined for a sentence. */
    public static String describeAll(Article source, List<String> keys) {
        return String.join(", ", keys.stream().map(k -> describe(source, k)).toList());
    }

    /** The keys whose hash differs, appeared or disappeared between two fingerprints, in the current order. */
    public static List<String> changed(Map<String, String> recorded, Map<String, String> current) {
        List<String> out = new java.util.ArrayList<>();
        current.forEach((k, v) -> {
            if (!v.equals(recorded.get(k))) out.add(k);
        });
        recorded.keySet().stream().filter(k -> !current.containsKey(k)).forEach(out::add);
        return out;
    }

    private static String join(String[] lines, int from, int to, boolean wrapping) {
        StringBuilder b = new StringBuilder();
        boolean fence = false;
        String previous = "";
        for (int i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
            String line = lines[i].stripTrailing();
            if (!wrapping) {
                b.append(line).append('\n');
                continue;
            }
            String lead = line.stripLeading();
            boolean isFence = lead.startsWith("```") || lead.startsWith("~~~");
            if (fence || isFence) {
                b.append(line).append('\n'); // code keeps its lines and spaces
                if (isFence) fence = !fence;
            } else if (line.isEmpty()) {
                if (!previous.isBlank()) b.append('\n'); // one blank line or five: the same paragraph break
            } else if (continues(previous, lead)) {
                b.setLength(b.length() - 1); // a soft line break renders as a space
                b.append(' ').append(SPACES.matcher(lead).replaceAll(" ")).append('\n');
            } else {
                int indent = line.length() - lead.length();
                b.append(line, 0, indent).append(SPACES.matcher(lead).replaceAll(" ")).append('\n');
            }
            previous = fence || isFence ? "" : lines[i];
        }
        return b.toString().strip();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \t]+");
    /** A line that starts a block of its own in Markdown: heading, list item, quote, table row, callout, rule. */
    private static final java.util.regex.Pattern BLOCK_START = java.util.regex.Pattern.compile(
            "(#{1,6}(\\s|$)|[-*+](\\s|$)|\\d{1,9}[.)](\\s|$)|>|\\||!!!|[-*_](\\s*[-*_]){2,}\\s*$|=+\\s*$).*");

    /**
     * Whether {@code lead} continues the paragraph of the line before it (a soft line break between them).
     *
     * @param previous the line before, as written (two trailing spaces or a backslash make a hard break)
     */
    private static boolean continues(String previous, String lead) {
        if (previous.isBlank()) return false;
        String prev = previous.stripLeading();
        if (prev.startsWith("#") || prev.startsWith("|") || prev.startsWith("!!!") || previous.endsWith("  ") || previous.endsWith("\\")) return false;
        return !BLOCK_START.matcher(lead).matches();
    }

    static String hash(String text) {
        return hash(text, false);
    }

    private static String hash(String text, boolean wrapping) {
        String t = wrapping ? SPACES.matcher(text.strip().replaceAll("\\s*\n\\s*", " ")).replaceAll(" ") : text.strip();
        byte[] d = SHA256.get().digest(t.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 6);
    }
}
