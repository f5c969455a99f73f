package org.decisionguide.render.view;

import java.util.List;

/** A 404 page: in one language, or (at the root) offering the home page of every language. */
public record NotFoundPage(Head head, List<ChooserPage.Choice> homes) implements PageView {

    public NotFoundPage {
        homes = List.copyOf(homes);
    }
}
