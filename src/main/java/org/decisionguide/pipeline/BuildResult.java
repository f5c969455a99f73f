package org.decisionguide.pipeline;

import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.SiteConfig;

import java.util.List;
import java.util.Map;

/**
 * What a build produced: the files (only worth publishing when there are no errors), every problem of every
 * stage, and how long each stage took.
 *
 * @param config null when site.yaml itself could not be read
 * @param notes  facts worth printing after a build ("decision tree: 36 paths, 63 pages per language")
 */
public record BuildResult(SiteConfig config, List<OutputFile> files, List<Problem> problems, Map<String, Long> stageMillis,
                          List<String> notes) {

    public BuildResult {
        notes = List.copyOf(notes);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        stageMillis = Map.copyOf(stageMillis);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
