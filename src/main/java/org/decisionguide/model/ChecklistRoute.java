package org.decisionguide.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the checklist sends a team in the decision tree, from the items it ticked. Walks from the start: at each
 * question, the first unticked item whose {@code unticked} answers decide it wins (a missing condition blocks the
 * way on), else the first ticked item whose {@code ticked} answers decide it; where no item decides, the walk
 * stops and the tree asks. {@code assets/js/checklist.js} does the same walk in the browser; the tests hold the
 * two to the same answers.
 */
public final class ChecklistRoute {

    private ChecklistRoute() {}

    public static TreePath of(DecisionTree tree, Checklist checklist, Collection<String> tickedIds) {
        Set<String> ticked = Set.copyOf(tickedIds);
        TreePath path = new TreePath(List.of(), tree.start());
        while (true) {
            DecisionTree.Node node = tree.node(path.node()).orElse(null);
            if (node == null || !node.isQuestion()) return path;
            Optional<DecisionTree.Answer> chosen = decide(node, checklist, ticked, false).or(() -> decide(node, checklist, ticked, true));
            if (chosen.isEmpty()) return path;
            DecisionTree.Answer a = chosen.get();
            if (path.steps().stream().anyMatch(s -> s.question().equals(a.next()))) return path; // a cycle: the validator reports it
            path = path.then(node.id(), a.id(), a.next());
        }
    }

    private static Optional<DecisionTree.Answer> decide(DecisionTree.Node node, Checklist checklist, Set<String> ticked, boolean whenTicked) {
        for (Checklist.Item item : checklist.items()) {
            if (ticked.contains(item.id()) != whenTicked) continue;
            List<String> implied = whenTicked ? item.ticked() : item.unticked();
            for (DecisionTree.Answer a : node.answers()) {
                if (implied.contains(node.id() + "-" + a.id())) return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code segment} names an answer of the tree ({@code <question>-<answer>}). */
    public static boolean isAnswer(DecisionTree tree, String segment) {
        return tree.nodes().values().stream().anyMatch(n -> n.answers().stream().anyMatch(a -> segment.equals(n.id() + "-" + a.id())));
    }
}
