package org.decisionguide.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decision tree's structure ({@code content/decision-tree/tree.yaml}), the same in every language.
 *
 * @param nodes    by id, in file order
 * @param maxPages    the most path pages one language may have; a bigger tree fails the build instead of exploding the site
 * @param formerPaths paths (URL segments) the tree once had and readers may have shared; those that are no page any
 *                    more, and their prefixes, get a redirect to where their answers still lead
 * @param renamed     an old answer segment → the segment that now carries its meaning, for those redirects
 */
public record DecisionTree(Path file, String start, int maxPages, Map<String, Node> nodes, List<String> formerPaths,
                           Map<String, String> renamed, KeyLines lineOf) {

    public DecisionTree {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        formerPaths = List.copyOf(formerPaths);
        renamed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renamed));
    }

    public DecisionTree(Path file, String start, int maxPages, Map<String, Node> nodes, KeyLines lineOf) {
        this(file, start, maxPages, nodes, List.of(), Map.of(), lineOf);
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public enum Kind { QUESTION, OUTCOME }

    /**
     * A question (with answers) or an outcome (with what to read next).
     *
     * @param line line of the node's key in tree.yaml
     */
    public record Node(String id, Kind kind, List<Answer> answers, List<String> articles, List<String> terms, int line) {
        public Node {
            answers = List.copyOf(answers);
            articles = List.copyOf(articles);
            terms = List.copyOf(terms);
        }

        public boolean isQuestion() {
            return kind == Kind.QUESTION;
        }
    }

    /** One answer of a question: its id (used in URLs) and the node it leads to. */
    public record Answer(String id, String next, int line) {}
}
