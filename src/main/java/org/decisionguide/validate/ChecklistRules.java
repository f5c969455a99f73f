package org.decisionguide.validate;

import org.decisionguide.model.Suggestions;
import org.decisionguide.model.Article;
import org.decisionguide.model.ArticleIndex;
import org.decisionguide.model.Checklist;
import org.decisionguide.model.ChecklistTexts;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.decisionguide.model.Term;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checklist's references exist (articles, glossary terms, the decision-tree answers its items imply), and every
 * language has a text for every section and item and none for ids that do not exist.
 */
public final class ChecklistRules {

    private ChecklistRules() {}

    public static List<Problem> check(Site site) {
        Checklist c = site.checklist();
        if (c == null) return List.of();
        List<Problem> out = new ArrayList<>();
        ArticleIndex index = ArticleIndex.of(site);
        List<String> articleIds = site.articles().stream().map(Article::id).distinct().sorted().toList();
        Set<String> termIds = site.glossary().stream().map(Term::id).collect(Collectors.toSet());
        for (Checklist.Item item : c.items()) {
            for (String a : item.articles()) {
                if (index.translations(a).isEmpty()) {
                    List<String> near = Suggestions.closest(a, articleIds);
                    out.add(Problem.error(c.file(), item.line(), "item \"" + item.id() + "\" links to unknown article \"" + a + "\"",
                            near.isEmpty() ? "use an article id (file name without .md)" : "did you mean " + String.join(" or ", near) + "?"));
                }
            }
            for (String t : item.terms()) {
                if (!termIds.contains(t)) {
                    List<String> near = Suggestions.closest(t, termIds.stream().sorted().toList());
                    out.add(Problem.error(c.file(), item.line(), "item \"" + item.id() + "\" names unknown glossary term \"" + t + "\"",
                            near.isEmpty() ? "use the id of a file in glossary/" : "did you mean " + String.join(" or ", near) + "?"));
                }
            }
            if (item.articles().isEmpty() && item.terms().isEmpty()) {
                out.add(Problem.warning(c.file(), item.line(), "item \"" + item.id() + "\" links to nothing that explains it",
                        "add `articles:` or `terms:`"));
            }
        }
        if (site.tree() != null) {
            for (Checklist.Item item : c.items()) {
                List<String> all = new ArrayList<>(item.ticked());
                all.addAll(item.unticked());
                for (String segment : all) {
                    if (!org.decisionguide.model.ChecklistRoute.isAnswer(site.tree(), segment)) {
                        out.add(Problem.error(c.file(), item.line(), "item \"" + item.id() + "\" names \"" + segment
                                + "\", which is no answer of the decision tree", "write <question>-<answer> with ids from " + site.tree().file()));
                    }
                }
            }
        }
        Severity missing = site.config().strict() ? Severity.ERROR : Severity.WARNING;
        for (String lang : site.config().languageCodes()) {
            ChecklistTexts texts = site.checklistTexts().get(lang);
            Path file = texts != null ? texts.file() : org.decisionguide.load.ChecklistParser.textFile(lang);
            List<String> absent = new ArrayList<>();
            for (Checklist.Section s : c.sections()) {
                if (texts == null || !texts.sections().containsKey(s.id())) absent.add("sections/" + s.id());
                for (Checklist.Item i : s.items()) if (texts == null || !texts.items().containsKey(i.id())) absent.add("items/" + i.id());
            }
            if (texts != null) {
                Set<String> sectionIds = c.sections().stream().map(Checklist.Section::id).collect(Collectors.toSet());
                Set<String> itemIds = c.items().stream().map(Checklist.Item::id).collect(Collectors.toSet());
                texts.sections().keySet().stream().filter(id -> !sectionIds.contains(id)).forEach(id -> out.add(Problem.error(file,
                        texts.lineOf().of("/sections/" + id), "text for section \"" + id + "\", which the checklist does not have",
                        "remove it, or add the section to " + c.file())));
                texts.items().keySet().stream().filter(id -> !itemIds.contains(id)).forEach(id -> out.add(Problem.error(file,
                        texts.lineOf().of("/items/" + id), "text for item \"" + id + "\", which the checklist does not have",
                        closest(id, itemIds) + " (or add the item to " + c.file() + ")")));
            }
            if (!absent.isEmpty()) {
                int line = texts == null ? 0 : texts.lineOf().of("/items");
                out.add(new Problem(file, line, missing, "missing translation: no " + lang + " text for " + String.join(", ", absent),
                        "translate them from " + org.decisionguide.load.ChecklistParser.textFile(site.config().sourceLanguage())));
            }
        }
        return out;
    }

    private static String closest(String id, Set<String> ids) {
        List<String> near = Suggestions.closest(id, ids.stream().sorted().toList());
        return near.isEmpty() ? "remove it" : "did you mean " + String.join(" or ", near) + "?";
    }
}
