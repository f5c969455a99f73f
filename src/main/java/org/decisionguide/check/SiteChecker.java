package org.decisionguide.check;

import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.SiteConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The check stage, as a reader's browser and a search engine would see the built site. Each page is read once
 * ({@link PageReader}: language, title, description, canonical, CSP, nothing inline that runs, switcher); then
 * the pages are checked against each other from their {@link PageFacts}: links and fragments resolve, hreflang
 * clusters are reciprocal, pages link within their language (except hreflang links).
 */
public final class SiteChecker {

    private final PageReader reader;
    private final boolean sourcesChecked;

    /** A checker of built pages alone ({@code ./guide check}): every link is checked on the page it is on. */
    public SiteChecker(SiteConfig config, Path outputDir) {
        this(config, outputDir, false);
    }

    /**
     * @param outputDir      how problems name the output folder ("public")
     * @param sourcesChecked the build also runs {@link #checkSources}: links written in articles are then reported
     *                       once, at their Markdown line, instead of on every page that shows the article
     */
    public SiteChecker(SiteConfig config, Path outputDir, boolean sourcesChecked) {
        this.reader = new PageReader(config, outputDir);
        this.sourcesChecked = sourcesChecked;
    }

    /** The links written in each built article, checked against the built site and reported at their source line. */
    public List<Problem> checkSources(org.decisionguide.model.Site site, Map<String, PageFacts> pages, Set<String> files) {
        return new SourceLinks(site, reader).check(pages, files);
    }

    public PageReader reader() {
        return reader;
    }

    public List<Problem> check(List<OutputFile> files) {
        // Reading pages is independent per page: use every core. Only the facts stay in memory.
        List<PageFacts> read = files.parallelStream().filter(OutputFile::isHtml).map(reader::read).toList();
        Map<String, PageFacts> pages = new LinkedHashMap<>();
        read.forEach(p -> pages.put(p.path(), p));
        Map<String, OutputFile> all = new HashMap<>();
        files.forEach(f -> all.put(f.path(), f));
        return check(pages, all.keySet(), all::get);
    }

    /**
     * The cross-page checks over facts already read, plus each page's own problems. A page with a problem that was
     * read without positions is read again, with them, from {@code source}, so the problem names its line.
     */
    public List<Problem> check(Map<String, PageFacts> pages, Set<String> files, Function<String, OutputFile> source) {
        // Each page against the others, read-only over the facts: both cores, problems in page order.
        return new ArrayList<>(pages.values()).parallelStream().flatMap(p -> {
            List<Problem> found = check(p, pages, files);
            if (!found.isEmpty() && !p.positions() && source.apply(p.path()) != null) {
                found = check(reader.read(source.apply(p.path()), true), pages, files);
            }
            return found.stream();
        }).toList();
    }

    /** One page's problems: its own and those against the other pages. */
    public List<Problem> check(PageFacts p, Map<String, PageFacts> pages, Set<String> files) {
        List<Problem> out = new ArrayList<>(p.problems());
        Path file = reader.outputDir().resolve(p.path());
        if (p.standsIn() != null && !pages.containsKey(p.standsIn())) {
            out.add(Problem.error(file, p.standsInLine(), "canonical " + p.standsIn() + " is not a page of the site", "point it to the original"));
        }
        for (PageFacts.Link l : p.links()) {
            if (sourcesChecked && l.authored()) continue; // SourceLinks reports it at the article's line
            if (l.file() == null || !files.contains(l.file())) {
                out.add(Problem.error(file, l.line(), "broken link: " + l.url() + " (no " + (l.file() == null ? l.path() : l.file())
                        + " in the built site)", "link to a page or asset that exists"));
                continue;
            }
            PageFacts to = pages.get(l.file());
            if (l.fragment() != null && to != null && !to.ids().contains(l.fragment())) {
                out.add(Problem.error(file, l.line(), "broken fragment: " + l.url() + " (no id=\"" + l.rawFragment() + "\" on "
                        + l.file() + ")", "link to a heading that exists"));
            }
            if (to != null && l.anchor() && !l.hreflang() && !Objects.equals(to.lang(), l.contextLang())
                    && !Objects.equals(to.lang(), p.lang())) {
                out.add(Problem.error(file, l.line(), "a " + l.contextLang() + " page links to a " + to.lang() + " page (" + l.url()
                        + ") without hreflang", "link to the " + l.contextLang() + " version, or mark a deliberate switch with hreflang"));
            }
        }
        checkHreflang(p, file, pages, out);
        return out;
    }

    private void checkHreflang(PageFacts p, Path file, Map<String, PageFacts> pages, Collection<Problem> out) {
        Map<String, String> cluster = p.alternates();
        if (cluster.isEmpty()) return;
        String self = reader.absolute(reader.url(p.path()));
        if (!Objects.equals(cluster.get(p.lang()), self)) {
            out.add(Problem.error(file, p.headLine(), "the hreflang cluster does not list the page itself for " + p.lang(), "add the page's own alternate link"));
        }
        if (!cluster.containsKey("x-default")) out.add(Problem.error(file, p.headLine(), "the hreflang cluster has no x-default", "add <link rel=\"alternate\" hreflang=\"x-default\">"));
        String origin = reader.origin();
        for (Map.Entry<String, String> alt : cluster.entrySet()) {
            String target = alt.getValue().startsWith(origin) ? reader.fileFor(alt.getValue().substring(origin.length())) : null;
            PageFacts other = target == null ? null : pages.get(target);
            if (other == null) {
                out.add(Problem.error(file, p.headLine(), "hreflang " + alt.getKey() + " points to " + alt.getValue() + ", which is not a page of the site", "point it to an existing translation"));
                continue;
            }
            if (alt.getKey().equals("x-default")) continue;
            if (!alt.getKey().equals(other.lang())) {
                out.add(Problem.error(file, p.headLine(), "hreflang " + alt.getKey() + " points to a page whose <html lang> is " + other.lang(), "make hreflang and the target's lang agree"));
            }
            if (!Objects.equals(other.alternates().get(p.lang()), self)) {
                out.add(Problem.error(file, p.headLine(), "hreflang is not reciprocal: " + other.path() + " does not link back to this page as " + p.lang(), "list every translation on every translation"));
            }
        }
    }
}
