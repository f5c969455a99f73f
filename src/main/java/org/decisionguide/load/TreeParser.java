package org.decisionguide.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.decisionguide.model.DecisionTree;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.TreeTexts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Text of the tree's structure file and of each language's text file → model. Pure: no file system. */
public final class TreeParser {

    public static final Path TREE_FILE = Path.of("content", "decision-tree", "tree.yaml");
    private static final Set<String> ROOT_KEYS = Set.of("start", "max_pages_per_language", "nodes", "former_paths", "renamed_answers");
    private static final Set<String> QUESTION_KEYS = Set.of("kind", "answers");
    private static final Set<String> OUTCOME_KEYS = Set.of("kind", "articles", "terms");
    private static final Set<String> QUESTION_TEXT = Set.of("label", "question", "hint", "answers");
    private static final Set<String> OUTCOME_TEXT = Set.of("label", "title", "explanation", "next_steps");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern PATH = Pattern.compile("(?:[a-z0-9]+(?:-[a-z0-9]+)+/)+");

    private TreeParser() {}

    public static Path textFile(String lang) {
        return Path.of("content", lang, "decision-tree.yaml");
    }

    public static Result<DecisionTree> parseTree(String text) {
        Path file = TREE_FILE;
        List<Problem> problems = new ArrayList<>();
        Fields f = Fields.open(file, text, problems, "tree.yaml must be a map with start and nodes", "see CONTRIBUTING.md, section decision tree");
        if (f == null) return Result.of(null, problems);
        JsonNode root = f.root();
        f.onlyKeys(root, "", ROOT_KEYS);
        String start = f.requiredString(root, "", "start", "the id of the first question");
        Integer max = f.optionalInt(root, "", "max_pages_per_language");
        JsonNode nodes = f.map(root, "", "nodes", true, "one entry per question or outcome");
        Map<String, DecisionTree.Node> out = new LinkedHashMap<>();
        if (nodes != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = nodes.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String id = e.getKey();
                String p = "/nodes/" + id;
                if (!ID.matcher(id).matches()) {
                    f.error(p, "node id \"" + id + "\" is not a clean id", "use lower-case ASCII words joined by hyphens");
                    continue;
                }
                if (!e.getValue().isObject()) {
                    f.error(p, "node \"" + id + "\" must be a map", "write `kind: question` with `answers:`, or `kind: outcome`");
                    continue;
                }
                node(f, id, p, e.getValue()).ifPresent(n -> out.put(id, n));
            }
        }
        List<String> former = f.stringList(root, "", "former_paths", "a path such as `evals-yes/problem-style/`");
        for (int i = 0; i < former.size(); i++) {
            if (!PATH.matcher(former.get(i)).matches()) {
                f.error("/former_paths/" + i, "former path \"" + former.get(i) + "\" is not a path of answers",
                        "write <question>-<answer>/ segments, each ending in /, as in the tree's URLs after /decide/");
            }
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        JsonNode r = f.map(root, "", "renamed_answers", false, "old answer segment → the segment that now means the same");
        if (r != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String v = f.optionalString(r, "/renamed_answers", e.getKey(), "an answer segment such as `owner-weekly`");
                if (v != null) renamed.put(e.getKey(), v);
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) return Result.of(null, problems);
        return Result.of(new DecisionTree(file, start, max == null ? 500 : max, out, former, renamed, f.lines()), problems);
    }

    private static java.util.Optional<DecisionTree.Node> node(Fields f, String id, String p, JsonNode n) {
        String kind = f.requiredString(n, p, "kind", "`question` or `outcome`");
        int line = f.line(p);
        if ("question".equals(kind)) {
            f.onlyKeys(n, p, QUESTION_KEYS);
            List<DecisionTree.Answer> answers = new ArrayList<>();
            JsonNode a = n.get("answers");
            if (a != null && !a.isNull() && !a.isObject()) {
                f.error(p + "/answers", "answers must be a map of answer id → next node id", "write e.g. `yes: next-question`");
            } else if (a != null && !a.isNull()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String ap = p + "/answers/" + e.getKey();
                    if (!ID.matcher(e.getKey()).matches()) {
                        f.error(ap, "answer id \"" + e.getKey() + "\" is not a clean id", "use lower-case ASCII words joined by hyphens");
                    } else if (!e.getValue().isTextual()) {
                        f.error(ap, "answer \"" + e.getKey() + "\" must name the next node, not " + Fields.kind(e.getValue()),
                                "write the id of the next question or outcome");
                    } else {
                        answers.add(new DecisionTree.Answer(e.getKey(), e.getValue().asText().strip(), f.line(ap)));
                    }
                }
            }
            return java.util.Optional.of(new DecisionTree.Node(id, DecisionTree.Kind.QUESTION, answers, List.of(), List.of(), line));
        }
        if ("outcome".equals(kind)) {
            f.onlyKeys(n, p, OUTCOME_KEYS);
            return java.util.Optional.of(new DecisionTree.Node(id, DecisionTree.Kind.OUTCOME, List.of(),
                    f.stringList(n, p, "articles", "an article id"), f.stringList(n, p, "terms", "a glossary id"), line));
        }
        if (kind != null) f.error(p + "/kind", "kind must be question or outcome, not \"" + kind + "\"", "write `kind: question` or `kind: outcome`");
        return java.util.Optional.empty();
    }

    public static Result<TreeTexts> parseTexts(String lang, String text) {
        Path file = textFile(lang);
        List<Problem> problems = new ArrayList<>();
        Fields f = Fields.open(file, text, problems, "the file must map node ids to their texts", "see content/en/decision-tree.yaml");
        if (f == null) return Result.of(null, problems);
        JsonNode root = f.root();
        Map<String, TreeTexts.NodeText> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = "/" + e.getKey();
            JsonNode n = e.getValue();
            if (!n.isObject()) {
                f.error(p, "\"" + e.getKey() + "\" must be a map of texts", "write `label:`, `question:`, `answers:` (or `title:`, `explanation:`, `next_steps:`)");
                continue;
            }
            boolean outcome = n.has("title") || n.has("explanation") || n.has("next_steps");
            f.onlyKeys(n, p, outcome ? OUTCOME_TEXT : QUESTION_TEXT);
            String label = f.requiredString(n, p, "label", "a short name (1–4 words)");
            if (outcome) {
                out.put(e.getKey(), new TreeTexts.NodeText(label, null, null, null,
                        f.requiredString(n, p, "title", "the recommendation as a heading"),
                        f.requiredString(n, p, "explanation", "why this is the recommendation"),
                        f.stringList(n, p, "next_steps", "one concrete step")));
            } else {
                Map<String, String> answers = new LinkedHashMap<>();
                JsonNode a = f.map(n, p, "answers", true, "one label per answer id");
                if (a != null) {
                    for (Iterator<Map.Entry<String, JsonNode>> ai = a.fields(); ai.hasNext(); ) {
                        Map.Entry<String, JsonNode> ae = ai.next();
                        String label2 = f.optionalString(a, p + "/answers", ae.getKey(), "the answer's label");
                        if (label2 != null) answers.put(ae.getKey(), label2);
                    }
                }
                out.put(e.getKey(), new TreeTexts.NodeText(label, f.requiredString(n, p, "question", "the question"),
                        f.optionalString(n, p, "hint", "one or two sentences of help"), answers, null, null, null));
            }
        }
        return Result.of(new TreeTexts(lang, file, out, f.lines()), problems);
    }
}
