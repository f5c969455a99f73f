package org.decisionguide.markdown;

import org.jsoup.parser.Parser;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link and image destinations a page may carry: {@code http}, {@code https}, {@code mailto} and
 * relative URLs. Decided on the URL as a browser would read it (entities decoded, control characters and
 * whitespace removed, case folded), so {@code JaVa&#x09;script:} and {@code javascript&colon;} are caught.
 */
public final class LinkPolicy {

    public static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    // C0 controls, space, DEL and C1 controls: browsers strip or ignore them inside a scheme.
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7f-\\x9f\\u00ad\\u200b-\\u200f\\u2028\\u2029\\ufeff]");

    private LinkPolicy() {}

    /** Why a URL is refused, or null when it is allowed. */
    public static String refusal(String url) {
        if (url == null) return "the address is empty";
        if (plain(url)) return url.startsWith("//") ? LEAVES : null; // nothing to decode, no room for a scheme
        String s = url;
        // Decode twice: a value can arrive already decoded once by the Markdown parser or by an HTML parser.
        for (int i = 0; i < 2; i++) s = Parser.unescapeEntities(s, true);
        s = INVISIBLE.matcher(s).replaceAll("").replace('\\', '/').toLowerCase(Locale.ROOT);
        Matcher m = SCHEME.matcher(s);
        if (m.find()) {
            String scheme = m.group(1);
            return ALLOWED_SCHEMES.contains(scheme) ? null : "the scheme \"" + scheme + ":\" is not allowed";
        }
        if (s.startsWith("//")) return LEAVES;
        return null;
    }

    private static final String LEAVES = "an address starting with // leaves the site without saying how";

    /**
     * Letters, digits and {@code / . _ ~ # -} only: no entity, escape, space, invisible character or colon, so the
     * address is what it looks like. Most links of a built page are such; the check stage asks about all of them.
     */
    private static boolean plain(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '.' || c == '_'
                    || c == '~' || c == '#' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public static boolean allowed(String url) {
        return refusal(url) == null;
    }
}
