package org.decisionguide.model;

/** The reference an article builds on: shown as "original source ↗". */
public record SourceRef(String title, String url, String author) {}
