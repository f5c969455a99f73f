package org.decisionguide.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything loaded from the site source: the input of validate and render.
 *
 * @param glossary   terms in file-name order
 * @param tree       the decision tree, or null when the site has none
 * @param treeTexts  the tree's texts by language
 * @param checklist  the pre-tuning checklist, or null when the site has none
 * @param unreadable article files that exist but could not be loaded (their own problems are reported), so
 *                   that links to them and their translations are not reported a second time as missing
 * @param calculator the break-even calculator, or null when the site has none
 */
public record Site(SiteConfig config, List<Article> articles, List<Term> glossary, DecisionTree tree,
                   Map<String, TreeTexts> treeTexts, Checklist checklist, Map<String, ChecklistTexts> checklistTexts,
                   Map<String, UiStrings> ui, Set<Path> unreadable, Calculator calculator) {

    /** A site without a calculator. */
    public Site(SiteConfig config, List<Article> articles, List<Term> glossary, DecisionTree tree,
                Map<String, TreeTexts> treeTexts, Checklist checklist, Map<String, ChecklistTexts> checklistTexts,
                Map<String, UiStrings> ui, Set<Path> unreadable) {
        this(config, articles, glossary, tree, treeTexts, checklist, checklistTexts, ui, unreadable, null);
    }

    /** Guide order: {@code order} first (articles without one last), then date, then id. */
    public static final Comparator<Article> GUIDE_ORDER = Comparator
            .comparing((Article a) -> a.meta().order() == null ? Integer.MAX_VALUE : a.meta().order())
            .thenComparing(a -> a.meta().date())
            .thenComparing(Article::id);

    public Site {
        articles = List.copyOf(articles);
        glossary = List.copyOf(glossary);
        treeTexts = Map.copyOf(treeTexts);
        checklistTexts = Map.copyOf(checklistTexts);
        ui = Map.copyOf(ui);
        unreadable = Set.copyOf(unreadable);
    }

    public List<Article> articlesIn(String lang) {
        return articles.stream().filter(a -> a.lang().equals(lang)).sorted(GUIDE_ORDER).toList();
    }

    public boolean isUnreadable(String lang, String id) {
        return unreadable.contains(Path.of("content", lang, "articles", id + ".md"));
    }

    public Site withConfig(SiteConfig c) {
        return new Site(c, articles, glossary, tree, treeTexts, checklist, checklistTexts, ui, unreadable, calculator);
    }

}
