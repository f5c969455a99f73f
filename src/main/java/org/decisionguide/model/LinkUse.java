package org.decisionguide.model;

/** A link or image destination written in an article body, as written, with its line in the file. */
public record LinkUse(String url, boolean image, int line) {}
