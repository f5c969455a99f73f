package org.decisionguide.render.view;

import java.util.List;

/** {@code /}: the language chooser. No automatic redirect; each language introduces itself. */
public record ChooserPage(Head head, List<Choice> choices) implements PageView {

    public ChooserPage {
        choices = List.copyOf(choices);
    }

    /** One language: its name, the site title and a one-line lead in that language. */
    public record Choice(String lang, String name, String siteTitle, String lead, String url) {}
}
