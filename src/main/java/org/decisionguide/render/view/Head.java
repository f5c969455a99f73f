package org.decisionguide.render.view;

import java.util.List;

/**
 * Everything every page carries in its {@code <head>} and frame.
 *
 * @param xDefault absolute URL of the page in the source language (or the chooser), for {@code x-default}
 * @param csp      the Content-Security-Policy, sent as a meta tag (the server adds it as a header too)
 */
public record Head(String lang, String title, String description, String canonical, List<LanguageLink> languages,
                   String xDefault, String siteTitle, String homeUrl, String cssUrl, String csp) {

    public Head {
        languages = List.copyOf(languages);
    }
}
