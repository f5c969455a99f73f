package org.decisionguide.pipeline;

import org.decisionguide.check.PageFacts;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;
import org.decisionguide.render.Rendering;
import org.decisionguide.render.Templates;
import org.decisionguide.search.ReadPages;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one build knew, kept by the live preview so that the next build redoes only what an edit reaches.
 *
 * @param site         the loaded site, with the build's strictness and base URL
 * @param loadProblems every problem of the load stage (article files, glossary, tree, config, assets)
 * @param lint         the per-article term lint's warnings, by article file
 * @param assets       the files copied from assets/
 * @param rendering    the render stage, page by page
 * @param files        every file of the build, as published
 * @param facts        the check stage's facts about every HTML page, by path
 * @param search       what the search stage read from the pages
 */
record BuildState(Site site, List<Problem> loadProblems, Map<Path, List<Problem>> lint, List<OutputFile> assets, Templates templates, Rendering rendering,
                  List<OutputFile> files, Map<String, PageFacts> facts, ReadPages search, List<String> notes) {
}
