package org.decisionguide.scaffold;

import org.decisionguide.model.Article;
import org.decisionguide.model.SectionHashes;

import java.util.ArrayList;
import java.util.List;

/** New files for contributors: an article with every field explained, and a translation to fill in. Pure. */
public final class Scaffolds {

    private Scaffolds() {}

    public static String newArticle(String id, String date) {
        return """
                ---
                title: Write the title here
                date: %s                 # first publication, YYYY-MM-DD
                reviewed: %s             # the day a person last checked the facts (update it when you re-check)
                # review_interval_days: 90       # optional: how long a review holds here (site.yaml's default otherwise)
                summary: One sentence that says what the reader learns; it is also the meta description.
                verdict: >-
                  The bottom line in two or three sentences: what to do, and when not to.
                source:                          # the reference the article builds on (https only)
                  title: Title of the cited paper or documentation
                  url: https://example.org/
                  author: Optional author names
                terms: []                        # glossary ids used in the text, e.g. [eval-set, rag]
                tags: []                         # a few words in this language
                order: 99                        # position in the guide
                # slug: %s                       # optional URL segment (ASCII, lower case, hyphens)
                # updated: %s                    # date of the last substantive change
                # aliases: [/en/articles/old-slug/]  # old addresses that should redirect here
                draft: true                      # remove when ready: drafts show only in ./guide serve
                ---

                Start with the claim in one paragraph. Then the evidence, a worked case with real numbers, and a
                "What to do on Monday" section. Link other articles by file name, e.g. [evals first](evals-first.md).
                """.formatted(date, date, id, date);
    }

    /**
     * A translation to fill in: the original's text, marked {@code needs_translation} (it counts as missing and is
     * not published until the mark is removed by {@code --refresh}), with the original's fingerprint recorded.
     */
    public static String translation(Article source, String originalText) {
        String text = FrontMatterText.withoutKeys(originalText, List.of("slug", "aliases", "translated_from", "needs_translation",
                "source_lang", "draft",
                "reviewed", "review_interval_days")); // the review date is the original's
        List<String> lines = new ArrayList<>();
        lines.add("source_lang: " + source.lang());
        lines.add("needs_translation: true   # remove by running ./guide translate --refresh once the text is translated");
        lines.add("# slug: a-localized-url-segment");
        lines.addAll(FrontMatterText.fingerprint(SectionHashes.of(source)));
        return FrontMatterText.withLines(text, lines);
    }

    /** After updating a translation: the original's current fingerprint, and no {@code needs_translation} mark. */
    public static String refreshed(Article source, String translationText) {
        String text = FrontMatterText.withoutKeys(translationText, List.of("translated_from", "needs_translation"));
        return FrontMatterText.withLines(text, FrontMatterText.fingerprint(SectionHashes.of(source)));
    }
}
