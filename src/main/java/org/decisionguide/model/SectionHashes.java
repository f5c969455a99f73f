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
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", hash(meta.title()));
        out.put("summary", hash(meta.summary()));
        out.put("verdict", hash(meta.verdict()));
        List<Heading> h2 = outline.headings().stream().filter(h -> h.level() == 2).toList();
        String[] lines = CLAIM_DATING.matcher(body).replaceAll("]").split("\n", -1);
        int from = 0;
        String key = INTRO;
        for (Heading h : h2) {
            int at = h.line() - bodyLine;
            out.put(key, hash(join(lines, from, at)));
            from = at;
            key = h.id();
        }
        out.put(key, hash(join(lines, from, lines.length)));
        return java.util.Collections.unmodifiableMap(out);
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

    private static String join(String[] lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, lines.length); i++) b.append(lines[i].stripTrailing()).append('\n');
        return b.toString().strip();
    }

    static String hash(String text) {
        byte[] d = SHA256.get().digest(text.strip().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 6);
    }
}
