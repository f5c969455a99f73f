package org.decisionguide.check;

import org.decisionguide.markdown.ArticleLink;
import org.decisionguide.markdown.LinkPolicy;
import org.decisionguide.model.Article;
import org.decisionguide.model.LinkUse;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;
import org.decisionguide.model.SlugClaims;
import org.decisionguide.render.Urls;
import org.decisionguide.model.Suggestions;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links written in an article's Markdown as site addresses ({@code /en/articles/x/}, {@code /assets/img/a.png}, or the
 * site's full URL), checked against the built site and reported at the Markdown line, once: a page shows the same
 * body again as a fallback in other languages, and its HTML line means nothing to a contributor. Links to article
 * files ({@code other-id.md}) and to headings ({@code #id}) are checked earlier, in the validate stage.
 */
final class SourceLinks {

    private final Site site;
    private final PageReader reader;
    private final Urls urls;
    private final String ownPrefix;
    private final Pattern articlePath;

    SourceLinks(Site site, PageReader reader) {
        this.site = site;
        this.reader = reader;
        this.urls = new Urls(site.config());
        this.ownPrefix = reader.origin() + site.config().basePath() + "/";
        this.articlePath = Pattern.compile(Pattern.quote(site.config().basePath()) + "/([a-z]{2,3}(?:-[A-Za-z0-9]+)?)/articles/([^/?#]+)/?");
    }

    List<Problem> check(Map<String, PageFacts> pages, Set<String> files) {
        // The articles that have a page of their own: not a scaffold (its address is the fallback's), not one whose
        // slug an older article keeps (SlugClaims), and built (a draft only in the preview).
        Map<Article, Article> displaced = SlugClaims.displaced(site.articles());
        Map<String, Article> byPage = new HashMap<>();
        for (Article a : site.articles()) {
            String page = urls.fileFor(urls.article(a));
            if (!a.meta().needsTranslation() && !displaced.containsKey(a) && pages.containsKey(page)) byPage.put(page, a);
        }
        List<Problem> out = new ArrayList<>();
        for (Article a : site.articles()) {
            if (byPage.get(urls.fileFor(urls.article(a))) != a) continue;
            for (LinkUse link : a.outline().links()) {
                Problem p = check(a, link, pages, files, byPage);
                if (p != null) out.add(p);
            }
        }
        return out;
    }

    private Problem check(Article from, LinkUse link, Map<String, PageFacts> pages, Set<String> files, Map<String, Article> byPage) {
        String url = link.url();
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (url.isEmpty() || url.startsWith("#") || LinkPolicy.refusal(url) != null || ArticleLink.looksLikeArticleLink(url)) return null;
        boolean ownAbsolute = url.startsWith(ownPrefix);
        if (!ownAbsolute && (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:"))) return null;
        URI target;
        try {
            target = new URI(urls.article(from)).resolve(new URI(url.replace(" ", "%20"))).normalize();
        } catch (URISyntaxException e) {
            return null; // the page check reports a malformed address
        }
        if (target.getScheme() != null && !ownAbsolute) return null;
        String path = ownAbsolute ? url.substring(reader.origin().length()).split("#", 2)[0] : target.getRawPath();
        String fragment = ownAbsolute ? (url.contains("#") ? url.substring(url.indexOf('#') + 1) : null) : target.getFragment();
        String file = path == null ? null : reader.fileFor(path);
        if (file == null || !files.contains(file)) return missing(from, link, path, file, files);
        PageFacts to = pages.get(file);
        Article article = byPage.get(file);
        if (to != null && !link.image() && !to.lang().isEmpty() && !to.lang().equals(from.lang())) {
            return otherLanguage(from, link, to, article, files);
        }
        if (fragment != null && !fragment.isEmpty() && to != null && !to.ids().contains(fragment)) {
            String fix = article != null
                    ? "write the link to the article's file, `" + fileLink(from, article) + "#<heading>`, so the build checks the heading"
                    : "link to an id that page has, or drop the #" + fragment;
            return Problem.error(from.file(), link.line(), "link " + url + " names #" + fragment + ", which " + path + " does not have", fix);
        }
        return null;
    }

    /** A link to an address the built site does not have. */
    private Problem missing(Article from, LinkUse link, String path, String file, Set<String> files) {
        String url = link.url();
        String assets = site.config().basePath() + "/assets/";
        if (link.image() || path != null && path.startsWith(assets)) {
            String name = path == null || !path.startsWith(assets) ? url : path.substring(assets.length());
            List<String> near = Suggestions.closest(name, files.stream().filter(f -> f.startsWith("assets/"))
                    .map(f -> f.substring("assets/".length())).sorted().toList());
            return Problem.error(from.file(), link.line(), (link.image() ? "image " : "file ") + url + " does not exist (no assets/" + name + ")",
                    (near.isEmpty() ? "put the file in assets/ (images in assets/img/) and link it as " + assets + "img/<file>"
                            : "did you mean " + assets + near.get(0) + "? Files in assets/ are linked as " + assets + "<path>"));
        }
        Matcher m = path == null ? null : articlePath.matcher(path);
        if (m != null && m.matches() && site.config().language(m.group(1)).isPresent()) {
            String lang = m.group(1);
            List<Article> there = site.articlesIn(lang).isEmpty() ? site.articlesIn(site.config().sourceLanguage()) : site.articlesIn(lang);
            Map<String, Article> names = new HashMap<>();
            there.forEach(a -> {
                names.put(a.slug(), a);
                names.putIfAbsent(a.id(), a);
            });
            List<String> near = Suggestions.closest(m.group(2), names.keySet().stream().sorted().toList());
            String fix = near.isEmpty()
                    ? "link to the article's file instead, `" + fileLink(from, lang, "other-id") + "`: the build turns it into the address and checks it"
                    : "did you mean " + fileLink(from, lang, names.get(near.get(0)).id()) + "? Link to the article's file: the build turns it into the address and checks it";
            return Problem.error(from.file(), link.line(), "link to a page the site does not have: " + url, fix);
        }
        return Problem.error(from.file(), link.line(), "link to a page the site does not have: " + url
                        + (file == null ? "" : " (no " + file + " in the built site)"),
                "check the address; link articles by their file (`other-id.md`) and files in assets/ as " + site.config().basePath() + "/assets/<path>");
    }

    /** An article links to a page in another language by its address: readers of the article's language lose their language. */
    private Problem otherLanguage(Article from, LinkUse link, PageFacts to, Article article, Set<String> files) {
        String message = "a " + from.lang() + " article links to the " + to.lang() + " page " + link.url();
        if (article != null) {
            return Problem.error(from.file(), link.line(), message, "write `" + article.id() + ".md` to link the " + from.lang()
                    + " version (readers get a fallback until it is translated); to send readers to the " + to.lang()
                    + " page on purpose, write `../../" + to.lang() + "/articles/" + article.id() + ".md`");
        }
        String own = to.path().startsWith(to.lang() + "/") ? from.lang() + to.path().substring(to.lang().length()) : null;
        String ownUrl = own == null ? null : site.config().basePath() + "/" + (own.endsWith("index.html") ? own.substring(0, own.length() - "index.html".length()) : own);
        return Problem.error(from.file(), link.line(), message, own != null && files.contains(own)
                ? "link to the " + from.lang() + " page, " + ownUrl
                : "link to a page in " + from.lang() + ", or to an article by its file (`other-id.md`)");
    }

    /** How {@code from} links to an article's file: {@code id.md} in its own language, {@code ../../lang/articles/id.md} else. */
    private static String fileLink(Article from, Article to) {
        return fileLink(from, to.lang(), to.id());
    }

    private static String fileLink(Article from, String lang, String id) {
        return Objects.equals(from.lang(), lang) ? id + ".md" : "../../" + lang + "/articles/" + id + ".md";
    }
}
