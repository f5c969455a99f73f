package org.decisionguide.render.view;

import java.util.List;

/**
 * {@code /<lang>/}: what the guide is for, where to start, then its articles in guide order.
 *
 * @param start the first article of the guide, or null while there is none
 */
public record HomePage(Head head, ArticleCard start, List<ArticleCard> articles) implements PageView {

    public HomePage {
        articles = List.copyOf(articles);
    }
}
