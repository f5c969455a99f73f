package org.decisionguide.render.view;

/** An article in a list: title, one-sentence summary, link. */
public record ArticleCard(String title, String summary, String url, String date, String isoDate) {}
