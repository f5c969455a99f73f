package org.decisionguide.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link written to another article's source file, as in MkDocs and Starlight: {@code other-id.md},
 * {@code other-id.md#section}, or across languages {@code ../../cs/articles/other-id.md}.
 *
 * @param fragment heading id, or null
 */
public record ArticleLink(String lang, String id, String fragment) {

    private static final Pattern SAME_LANG = Pattern.compile("(?:\\./)?([a-z0-9]+(?:-[a-z0-9]+)*)\\.md(?:#(.*))?");
    private static final Pattern OTHER_LANG = Pattern.compile(
            "\\.\\./\\.\\./([a-z]{2,3}(?:-[A-Za-z0-9]+)?)/articles/([a-z0-9]+(?:-[a-z0-9]+)*)\\.md(?:#(.*))?");

    /** True when the URL is meant as a link to an article source (a relative path to a {@code .md} file). */
    public static boolean looksLikeArticleLink(String url) {
        String path = url.split("[?#]", 2)[0];
        return !path.contains(":") && path.endsWith(".md");
    }

    /** The article a link points to, or empty when the link is not written in one of the accepted forms. */
    public static Optional<ArticleLink> parse(String url, String fromLang) {
        Matcher m = SAME_LANG.matcher(url);
        if (m.matches()) return Optional.of(new ArticleLink(fromLang, m.group(1), emptyToNull(m.group(2))));
        m = OTHER_LANG.matcher(url);
        if (m.matches()) return Optional.of(new ArticleLink(m.group(1), m.group(2), emptyToNull(m.group(3))));
        return Optional.empty();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
