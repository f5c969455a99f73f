package org.decisionguide.model;

import java.nio.file.Path;
import java.util.Map;

/** One language's checklist texts ({@code content/<lang>/checklist.yaml}): section titles and item texts by id. */
public record ChecklistTexts(String lang, Path file, Map<String, String> sections, Map<String, ItemText> items, KeyLines lineOf) {

    public ChecklistTexts {
        sections = Map.copyOf(sections);
        items = Map.copyOf(items);
    }

    /** What the reader ticks, and one line on why it matters. */
    public record ItemText(String label, String why) {}
}
