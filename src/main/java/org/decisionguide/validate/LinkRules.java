package org.decisionguide.validate;

import org.decisionguide.model.Suggestions;
import org.decisionguide.markdown.ArticleLink;
import org.decisionguide.markdown.LinkPolicy;
import org.decisionguide.model.Article;
import org.decisionguide.model.ArticleIndex;
import org.decisionguide.model.Heading;
import org.decisionguide.model.LinkUse;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every destination in an article body: an allowed scheme, and for links to article sources an article and
 * heading that exist. Problems carry the line of the link in the Markdown file.
 */
public final class LinkRules {

    private LinkRules() {}

    public static List<Problem> check(Site site) {
        ArticleIndex index = ArticleIndex.of(site);
        List<Problem> out = new ArrayList<>();
        for (Article a : site.articles()) {
            for (LinkUse link : a.outline().links()) {
                check(a, link, index, site).ifPresent(out::add);
            }
            for (int line : a.outline().rawHtmlLines()) {
                out.add(Problem.warning(a.file(), line, "raw HTML is shown as text, never as markup",
                        "use Markdown instead (callouts: !!! note; emphasis: *text*; links: [text](url))"));
            }
        }
        return out;
    }

    private static Optional<Problem> check(Article from, LinkUse link, ArticleIndex index, Site site) {
        String url = link.url();
        String refusal = LinkPolicy.refusal(url);
        if (refusal != null) {
            // Rendered as plain text, so the page stays safe and the build goes on; the contributor still hears of it.
            return Optional.of(Problem.warning(from.file(), link.line(), "link \"" + url + "\" is refused (" + refusal
                    + ") and shown as plain text", "use an https:// address, a mailto: address or a link to an article such as other-id.md"));
        }
        if (link.image() && (url.toLowerCase(java.util.Locale.ROOT).startsWith("http:") || url.toLowerCase(java.util.Locale.ROOT).startsWith("https:"))) {
            return Optional.of(Problem.error(from.file(), link.line(), "image \"" + url + "\" would be loaded from another site",
                    "download it into assets/ and link it as /assets/<file>: the site makes no third-party requests"));
        }
        if (url.startsWith("#")) {
            String fragment = url.substring(1);
            if (fragment.isEmpty() || from.outline().hasHeading(fragment)) return Optional.empty();
            return Optional.of(missingHeading(from, link, from, fragment));
        }
        if (!ArticleLink.looksLikeArticleLink(url)) return Optional.empty();
        Optional<ArticleLink> target = ArticleLink.parse(url, from.lang());
        if (target.isEmpty()) {
            return Optional.of(Problem.error(from.file(), link.line(), "link \"" + url + "\" is not a link to an article",
                    "write `other-id.md` (same language) or `../../cs/articles/other-id.md` (another language)"));
        }
        ArticleLink t = target.get();
        if (site.config().language(t.lang()).isEmpty()) {
            return Optional.of(Problem.error(from.file(), link.line(), "link \"" + url + "\" points to language \""
                    + t.lang() + "\", which the site does not have", "use one of: " + String.join(", ", site.config().languageCodes())));
        }
        Optional<Article> article = index.get(t.lang(), t.id());
        if (article.isEmpty() && site.isUnreadable(t.lang(), t.id())) return Optional.empty();
        if (article.isEmpty() && !index.translations(t.id()).isEmpty()) {
            // The article exists, only not in this language yet: readers are sent to another language meanwhile.
            Article fallback = index.translations(t.id()).get(0);
            return Optional.of(new Problem(from.file(), link.line(), site.config().strict() ? Severity.ERROR : Severity.WARNING,
                    "missing translation: link to \"" + t.id() + "\", which has no " + t.lang() + " version yet (readers get the "
                            + fallback.lang() + " original with a notice)", "translate " + fallback.file() + " into content/" + t.lang() + "/articles/" + t.id() + ".md"));
        }
        if (article.isEmpty()) {
            return Optional.of(Problem.error(from.file(), link.line(), "link to a missing article: " + url
                            + " (no content/" + t.lang() + "/articles/" + t.id() + ".md)",
                    closest(t.id(), site, t.lang())));
        }
        if (t.fragment() != null && !article.get().outline().hasHeading(t.fragment())) {
            return Optional.of(missingHeading(from, link, article.get(), t.fragment()));
        }
        return Optional.empty();
    }

    private static Problem missingHeading(Article from, LinkUse link, Article target, String fragment) {
        String ids = target.outline().headings().stream().map(Heading::id).collect(Collectors.joining(", "));
        return Problem.error(from.file(), link.line(), "link \"" + link.url() + "\" names a heading \"#" + fragment
                        + "\" that " + target.file() + " does not have",
                ids.isEmpty() ? "remove the #fragment; that article has no headings" : "use one of: #" + ids.replace(", ", ", #"));
    }

    private static String closest(String id, Site site, String lang) {
        List<String> near = Suggestions.closest(id, site.articlesIn(lang).stream().map(Article::id).toList());
        return near.isEmpty() ? "check the file name; links name the article's file, e.g. evals-first.md"
                : "did you mean " + near.stream().map(n -> n + ".md").collect(Collectors.joining(" or ")) + "?";
    }
}
