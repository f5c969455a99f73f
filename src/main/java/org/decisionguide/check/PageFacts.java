package org.decisionguide.check;

import org.decisionguide.model.Problem;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the cross-page checks need from one built page, read once by {@link PageReader}. The page's DOM is not
 * kept: a site of thousands of pages is checked in the memory of a few facts per page.
 *
 * @param path        output file, relative to the site's root ("en/articles/x/index.html")
 * @param lang        the page's {@code <html lang>}
 * @param ids         every element id on the page (fragment targets)
 * @param alternates  hreflang → absolute URL, in page order
 * @param links       links into the site, to be resolved against the other pages
 * @param standsIn    output file a search-excluded page names as canonical (a fallback's original), or null
 * @param headLine    line of {@code <head>}, where problems with the hreflang cluster are reported
 * @param positions   lines were tracked (else every line is 0; {@link PageReader} reads again when a line is needed)
 * @param problems    what is wrong with the page on its own
 */
public record PageFacts(String path, String lang, Set<String> ids, Map<String, String> alternates, List<Link> links,
                        String standsIn, int standsInLine, int headLine,
                        boolean positions, List<Problem> problems) {

    /**
     * A link or embed that points into the site.
     *
     * @param url          as written in the page
     * @param file         the output file it resolves to, or null when outside the site's base path
     * @param fragment     the decoded fragment, or null
     * @param anchor       an {@code <a>} (other elements embed, they do not navigate)
     * @param hreflang     marked as a deliberate switch of language
     * @param contextLang  the language the link is written in (nearest {@code lang})
     * @param line         line in the built page
     * @param authored     written by a contributor in an article's Markdown (in the body, not a glossary mark or a
     *                     heading anchor the build adds): {@link SourceLinks} checks it against the source, once
     */
    public record Link(String url, String file, String path, String fragment, String rawFragment, boolean anchor,
                       boolean hreflang, String contextLang, int line, boolean authored) {}
}
