package org.decisionguide.render;

import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.render.view.Head;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A render kept page by page, so that the next one can re-render only the pages an edit reaches and take the
 * others from here.
 *
 * @param pages    by page key (template and URL), in render order
 * @param files    every file of the render, in the order of a full build
 * @param problems every problem of the render
 * @param rendered how many pages this render actually rendered (the others were taken from the previous one)
 * @param sitemap  the sitemap and the heads it lists, so an edit that changes no listed head reuses it
 */
public record Rendering(Map<String, Page> pages, List<OutputFile> files, List<Problem> problems, int rendered, Sitemap sitemap) {

    /** Nothing rendered yet: every page is new. */
    public static final Rendering NONE = new Rendering(Map.of(), List.of(), List.of(), 0, new Sitemap(List.of(), null));

    /** The sitemap file and the heads it was written from (writing it for thousands of pages took tens of ms). */
    public record Sitemap(List<Head> heads, OutputFile file) {
        public Sitemap {
            heads = List.copyOf(heads);
        }
    }

    public Rendering {
        pages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pages));
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /**
     * One page's share of a render.
     *
     * @param file     the HTML file, or null when rendering failed (the problem says why)
     * @param indexed  the page's head when it belongs in the sitemap, else null
     * @param extras   files written beside the page (a decision record, the printable checklist)
     * @param problems what went wrong or looks wrong on this page
     * @param messages the UI message keys the page asked for, so unused keys are still found when it is not re-rendered
     */
    public record Page(OutputFile file, Head indexed, List<OutputFile> extras, List<Problem> problems, Set<String> messages) {
        public Page {
            extras = List.copyOf(extras);
            problems = List.copyOf(problems);
            messages = Set.copyOf(messages);
        }
    }
}
