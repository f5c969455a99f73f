package org.decisionguide.site;

import org.decisionguide.Fixtures;
import org.decisionguide.load.SiteLoader;
import org.decisionguide.model.ChecklistRoute;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real teams walk the real tree like a reader without JavaScript, in every language: each answers at most six
 * questions, reaches the outcome a practitioner would give it (on the real site, and with a newcomer's article added), and the checklist, ticked as that team would, sends
 * it down the same path. The rows are listed for review in docs/reviews/tree-teams.md.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.decisionguide.site.Sites#all")
public class TeamsThroughTheTreeTest {
    /** The site this run checks; {@code build} receives the same value before the run's tests. */
    @org.junit.jupiter.params.Parameter
    Sites.SiteUnderTest under;


    /** Outcomes that recommend tuning something: each must send the team to the pilot article. */
    private static final Set<String> TUNING = Set.of("fine-tune-supervised", "fine-tune-preference", "fine-tune-rlft", "distill", "tune-retriever");

    /** The must-haves a team ready to tune ticks, whatever its reason. */
    private static final List<String> READY = List.of("eval-set", "baseline", "held-out", "stable-task", "owner", "gain",
            "model-available", "retirement-known", "data-rights", "kill-criterion", "safety-regression");

    public record Team(String name, List<String> answers, String outcome, List<String> ticks) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static List<String> ready(String... more) {
        return Stream.concat(READY.stream(), Stream.of(more)).toList();
    }

    public static Stream<Team> teams() {
        return Stream.of(
                new Team("quality fine, inference too expensive",
                        List.of("evals-yes", "problem-cost", "cost-levers-yes", "payback-team", "student-yes", "teacher-yes"),
                        "distill", ready("cost-driver", "data-teacher")),
                new Team("data must stay on premises, open model falls short",
                        List.of("evals-yes", "problem-residency", "self-host-short", "owner-team", "model-yes", "signal-examples"),
                        "fine-tune-supervised", ready("residency-driver", "data-examples")),
                new Team("style failures persist after prompting",
                        List.of("evals-yes", "problem-style", "prompting-yes", "owner-team", "model-yes", "signal-examples"),
                        "fine-tune-supervised", ready("style-persists", "data-examples")),
                new Team("facts wrong although retrieval is measured good",
                        List.of("evals-yes", "problem-knowledge", "retrieval-yes", "owner-team", "model-yes", "signal-examples"),
                        "fine-tune-supervised", ready("knowledge-misused", "data-examples")),
                new Team("format failures persist after structured outputs",
                        List.of("evals-yes", "problem-format", "structured-yes"),
                        "redesign-schema", List.of("eval-set", "baseline", "format-persists")),
                new Team("preference data but no grader",
                        List.of("evals-yes", "problem-style", "prompting-yes", "owner-team", "model-yes", "signal-pairs"),
                        "fine-tune-preference", ready("style-persists", "data-pairs")),
                new Team("no eval set",
                        List.of("evals-no"),
                        "build-evals", List.of("style-persists", "stable-task", "owner", "gain", "model-available")),
                new Team("no owner for a tuned model",
                        List.of("evals-yes", "problem-style", "prompting-yes", "owner-nobody"),
                        "no-owner", ready("style-persists", "data-examples").stream().filter(i -> !i.equals("owner")).toList()));
    }

    private static Fixtures.BuiltSite built;

    @BeforeParameterizedClassInvocation
    static void build(Sites.SiteUnderTest under) {
        built = under.build();
    }

    private static Map<String, Document> pages() {
        return built.pages();
    }

    private static Site site() {
        return built.model();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("teams")
    void answersAtMostSixQuestionsAndReachesItsOutcomeInEveryLanguage(Team team) {
        assertTrue(team.answers().size() <= 6, team + " answers " + team.answers().size() + " questions");
        for (String lang : List.of("en", "cs", "pl")) {
            String url = lang + "/decide/";
            for (String segment : team.answers()) {
                Document step = pages().get(url + "index.html");
                assertNotNull(step, lang + ": " + url);
                String question = step.selectFirst("#decide").attr("data-node");
                assertTrue(segment.startsWith(question + "-"), lang + ": " + url + " asks " + question + ", the team answers " + segment);
                Element answer = step.selectFirst("#decide a.answer#answer-" + segment.substring(question.length() + 1));
                assertNotNull(answer, lang + ": " + url + " offers " + segment);
                assertTrue(answer.text().length() > 2, "the answer has a label");
                url = answer.attr("href").substring(1);
            }
            Document outcome = pages().get(url + "index.html");
            assertNotNull(outcome, lang + ": " + url);
            assertEquals(team.outcome(), outcome.selectFirst("#decide").attr("data-node"), lang + ": " + team);
            assertNotNull(outcome.selectFirst(".recommendation"), lang + ": an outcome page");
            if (TUNING.contains(team.outcome())) {
                assertTrue(outcome.select(".read-next a").eachAttr("href").stream().anyMatch(h -> h.contains("pilot")),
                        lang + ": " + team.outcome() + " sends the team to the pilot article");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("teams")
    void theChecklistTickedAsTheTeamWouldLeadsDownTheSamePath(Team team) {
        Site site = site();
        assertTrue(site.checklist().items().stream().map(i -> i.id()).toList().containsAll(team.ticks()), "the items exist: " + team.ticks());
        String expected = String.join("/", team.answers()) + "/";
        assertEquals(expected, ChecklistRoute.of(site.tree(), site.checklist(), team.ticks()).segments(), team.toString());
    }

    @org.junit.jupiter.api.Test
    void everyOutcomeThatRecommendsTuningPointsToThePilot() {
        Site site = site();
        for (String id : TUNING) {
            assertTrue(site.tree().node(id).orElseThrow().articles().contains("running-a-fine-tuning-pilot"), id);
        }
        assertTrue(site.tree().nodes().keySet().containsAll(TUNING), "every tuning outcome still exists: " + TUNING);
    }
}
