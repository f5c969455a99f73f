package org.decisionguide.render.view;

import java.util.List;

/** {@code /<lang>/}: what the guide is for, then its articles in guide order. */
public record HomePage(Head head, List<ArticleCard> articles) {

    public HomePage {
        articles = List.copyOf(articles);
    }
}
