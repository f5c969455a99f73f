package org.decisionguide.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A walk through the decision tree from the start: the answers given so far and the node they lead to. Its
 * URL segments ({@code <question>-<answer>}) are the same in every language, so a path is shareable and the
 * language switcher keeps it.
 */
public record TreePath(List<Step> steps, String node) {

    public TreePath {
        steps = List.copyOf(steps);
    }

    /** One answered question. */
    public record Step(String question, String answer) {
        public String segment() {
            return question + "-" + answer;
        }
    }

    public TreePath then(String question, String answer, String next) {
        List<Step> s = new ArrayList<>(steps);
        s.add(new Step(question, answer));
        return new TreePath(s, next);
    }

    /** The path that ends at the question answered in step {@code i} (where "Change" for that answer leads). */
    public TreePath upTo(int i) {
        return new TreePath(steps.subList(0, i), steps.get(i).question());
    }

    public String segments() {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) b.append(s.segment()).append('/');
        return b.toString();
    }

    /** Every path from the start, in depth-first order; stops at nodes already on the path (cycles are reported elsewhere). */
    public static List<TreePath> all(DecisionTree tree) {
        List<TreePath> out = new ArrayList<>();
        if (tree.node(tree.start()).isEmpty()) return out;
        walk(tree, new TreePath(List.of(), tree.start()), out, Integer.MAX_VALUE);
        return out;
    }

    /** Like {@link #all} but gives up after {@code limit} paths, so a runaway tree cannot exhaust memory. */
    public static List<TreePath> all(DecisionTree tree, int limit) {
        List<TreePath> out = new ArrayList<>();
        if (tree.node(tree.start()).isEmpty()) return out;
        walk(tree, new TreePath(List.of(), tree.start()), out, limit);
        return out;
    }

    private static void walk(DecisionTree tree, TreePath path, List<TreePath> out, int limit) {
        if (out.size() >= limit) return;
        out.add(path);
        DecisionTree.Node node = tree.node(path.node()).orElse(null);
        if (node == null || !node.isQuestion()) return;
        for (DecisionTree.Answer a : node.answers()) {
            if (tree.node(a.next()).isEmpty()) continue;
            boolean loops = a.next().equals(path.node()) || path.steps().stream().anyMatch(s -> s.question().equals(a.next()));
            if (loops) continue;
            walk(tree, path.then(node.id(), a.id(), a.next()), out, limit);
        }
    }

    public boolean endsAtOutcome(DecisionTree tree) {
        return tree.node(node).map(n -> !n.isQuestion()).orElse(false);
    }
}
