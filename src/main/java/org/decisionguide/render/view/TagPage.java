package org.decisionguide.render.view;

import java.util.List;

/** {@code /<lang>/tags/<tag>/}: the articles of one language that carry a tag, in guide order. */
public record TagPage(Head head, String tag, List<ArticleCard> articles) implements PageView {

    public TagPage {
        articles = List.copyOf(articles);
    }
}
