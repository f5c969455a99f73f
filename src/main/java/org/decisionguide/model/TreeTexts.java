package org.decisionguide.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One language's texts of the decision tree ({@code content/<lang>/decision-tree.yaml}), by node id. */
public record TreeTexts(String lang, Path file, Map<String, NodeText> nodes, KeyLines lineOf) {

    public TreeTexts {
        nodes = Map.copyOf(nodes);
    }

    /**
     * The text of one node; question fields are null on outcomes and the other way round.
     *
     * @param label   short name for summaries and the diagram
     * @param answers answer id → label
     */
    public record NodeText(String label, String question, String hint, Map<String, String> answers, String title,
                           String explanation, List<String> nextSteps) {
        public NodeText {
            answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
            nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
        }
    }
}
