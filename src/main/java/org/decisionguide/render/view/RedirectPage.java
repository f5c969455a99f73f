package org.decisionguide.render.view;

/** An old address of a renamed page: a canonical link and an immediate refresh to where it lives now. */
public record RedirectPage(Head head, String target, String targetTitle) implements PageView {}
