package org.decisionguide.render.view;

/**
 * An article in a list: title, one-sentence summary, link.
 *
 * @param lang     the language of the text when it is not the list's (an untranslated original), else null
 * @param langName that language's name, for the marker shown next to the title
 */
public record ArticleCard(String title, String summary, String url, String date, String isoDate, String lang, String langName) {

    public ArticleCard(String title, String summary, String url, String date, String isoDate) {
        this(title, summary, url, date, isoDate, null, null);
    }
}
