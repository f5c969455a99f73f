package org.decisionguide.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Old tree addresses that are no page any more → the page their answers lead to now. A shared link to a path the
 * tree has dropped replays its answers on today's tree (renamed answers first translated) and stops at the first
 * question it has no answer for; the reader continues from there, with every answer that still fits kept.
 */
public final class TreeRedirects {

    private TreeRedirects() {}

    /** @param pages the tree's current paths (one page each) */
    public static Map<String, TreePath> of(DecisionTree tree, Collection<TreePath> pages) {
        Set<String> current = new HashSet<>();
        pages.forEach(p -> current.add(p.segments()));
        Set<String> old = new LinkedHashSet<>();
        for (String path : tree.formerPaths()) {
            String[] segments = path.split("/");
            StringBuilder prefix = new StringBuilder();
            for (String s : segments) {
                prefix.append(s).append('/');
                old.add(prefix.toString());
            }
        }
        Map<String, TreePath> out = new LinkedHashMap<>();
        for (String path : old) {
            if (!current.contains(path)) out.put(path, replay(tree, path));
        }
        return out;
    }

    /** The longest walk from the start whose every answer the old path gave (after renaming). */
    static TreePath replay(DecisionTree tree, String oldPath) {
        List<String> given = new ArrayList<>();
        for (String s : oldPath.split("/")) if (!s.isEmpty()) given.add(tree.renamed().getOrDefault(s, s));
        TreePath path = new TreePath(List.of(), tree.start());
        while (true) {
            DecisionTree.Node node = tree.node(path.node()).orElse(null);
            if (node == null || !node.isQuestion()) return path;
            DecisionTree.Answer next = null;
            for (DecisionTree.Answer a : node.answers()) {
                if (given.contains(node.id() + "-" + a.id())) {
                    next = a;
                    break;
                }
            }
            if (next == null || tree.node(next.next()).isEmpty()) return path;
            DecisionTree.Answer a = next;
            if (path.steps().stream().anyMatch(s -> s.question().equals(a.next()))) return path;
            path = path.then(node.id(), a.id(), a.next());
        }
    }
}
