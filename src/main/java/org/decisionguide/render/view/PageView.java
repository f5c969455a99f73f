package org.decisionguide.render.view;

/** What every page's view has: its head, which also feeds the sitemap. */
public interface PageView {
    Head head();
}
