package org.decisionguide.model;

/** A heading of an article body: its anchor id and the line it is on. */
public record Heading(String id, String text, int level, int line) {}
