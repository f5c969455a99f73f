package org.decisionguide.validate;

import org.decisionguide.model.Suggestions;
import org.decisionguide.model.Article;
import org.decisionguide.model.ArticleIndex;
import org.decisionguide.model.DecisionTree;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.decisionguide.model.Term;
import org.decisionguide.model.TreePath;
import org.decisionguide.model.TreeTexts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The decision tree is a well-formed decision: every answer leads somewhere that exists, there is no cycle
 * and no dead end, every node is reachable, every outcome gives something to read next, the site stays within
 * its page bound, and every language has a text for every node and answer (per the missing-translation policy).
 */
public final class TreeRules {

    private TreeRules() {}

    public static List<Problem> check(Site site) {
        DecisionTree tree = site.tree();
        if (tree == null) return List.of();
        List<Problem> out = new ArrayList<>();
        Path file = tree.file();
        List<String> ids = new ArrayList<>(tree.nodes().keySet());
        if (tree.node(tree.start()).isEmpty()) {
            out.add(Problem.error(file, tree.lineOf().of("/start"), "start \"" + tree.start() + "\" is not a node",
                    fixFor(tree.start(), ids)));
            return out;
        }
        for (DecisionTree.Node n : tree.nodes().values()) {
            if (n.isQuestion() && n.answers().isEmpty()) {
                out.add(Problem.error(file, n.line(), "dead end: question \"" + n.id() + "\" has no answers",
                        "add `answers:` mapping each answer id to the next node, or make it an outcome"));
            }
            if (n.isQuestion() && n.answers().size() == 1) {
                out.add(Problem.warning(file, n.line(), "question \"" + n.id() + "\" has a single answer",
                        "a question needs a choice: add another answer, or skip the question"));
            }
            for (DecisionTree.Answer a : n.answers()) {
                if (tree.node(a.next()).isEmpty()) {
                    out.add(Problem.error(file, a.line(), "answer \"" + a.id() + "\" of \"" + n.id() + "\" leads to unknown node \""
                            + a.next() + "\"", fixFor(a.next(), ids)));
                }
            }
            if (!n.isQuestion()) checkOutcome(site, n, file, out);
        }
        findCycle(tree).ifPresent(cycle -> {
            DecisionTree.Node last = tree.node(cycle.get(cycle.size() - 2)).orElseThrow();
            int line = last.answers().stream().filter(a -> a.next().equals(cycle.get(cycle.size() - 1))).findFirst()
                    .map(DecisionTree.Answer::line).orElse(last.line());
            out.add(Problem.error(file, line, "cycle: " + String.join(" → ", cycle),
                    "a decision must move forward: point this answer to a node that does not lead back"));
        });
        Set<String> reachable = reachable(tree);
        for (DecisionTree.Node n : tree.nodes().values()) {
            if (!reachable.contains(n.id())) {
                out.add(Problem.error(file, n.line(), "unreachable node \"" + n.id() + "\": no answer leads to it",
                        "point an answer to it, or remove it"));
            }
        }
        List<TreePath> pages = TreePath.all(tree, tree.maxPages() + 1);
        if (pages.size() > tree.maxPages()) {
            out.add(Problem.error(file, tree.lineOf().of("/max_pages_per_language"), "the tree needs more than "
                    + tree.maxPages() + " pages per language (one per reachable sequence of answers)",
                    "merge branches that lead to the same questions, or raise max_pages_per_language deliberately"));
        }
        for (Map.Entry<String, String> r : tree.renamed().entrySet()) {
            if (!org.decisionguide.model.ChecklistRoute.isAnswer(tree, r.getValue())) {
                out.add(Problem.error(file, tree.lineOf().of("/renamed_answers/" + r.getKey()), "renamed answer \"" + r.getKey()
                        + "\" points to \"" + r.getValue() + "\", which is no answer of the tree", "write <question>-<answer> with ids from this file"));
            }
        }
        checkTexts(site, tree, out);
        return out;
    }

    private static void checkOutcome(Site site, DecisionTree.Node n, Path file, List<Problem> out) {
        if (n.articles().isEmpty() && n.terms().isEmpty()) {
            out.add(Problem.error(file, n.line(), "outcome \"" + n.id() + "\" gives nothing to read next",
                    "add `articles:` or `terms:` so the reader can follow up"));
        }
        ArticleIndex index = ArticleIndex.of(site);
        List<String> articleIds = site.articles().stream().map(Article::id).distinct().sorted().toList();
        for (String a : n.articles()) {
            if (index.translations(a).isEmpty()) {
                List<String> near = Suggestions.closest(a, articleIds);
                out.add(Problem.error(file, n.line(), "outcome \"" + n.id() + "\" names unknown article \"" + a + "\"",
                        near.isEmpty() ? "use an article id (file name without .md)" : "did you mean " + String.join(" or ", near) + "?"));
            }
        }
        Set<String> terms = site.glossary().stream().map(Term::id).collect(Collectors.toSet());
        for (String t : n.terms()) {
            if (!terms.contains(t)) {
                List<String> near = Suggestions.closest(t, terms.stream().sorted().toList());
                out.add(Problem.error(file, n.line(), "outcome \"" + n.id() + "\" names unknown glossary term \"" + t + "\"",
                        near.isEmpty() ? "use the id of a file in glossary/" : "did you mean " + String.join(" or ", near) + "?"));
            }
        }
    }

    private static void checkTexts(Site site, DecisionTree tree, List<Problem> out) {
        Severity missing = site.config().strict() ? Severity.ERROR : Severity.WARNING;
        for (String lang : site.config().languageCodes()) {
            TreeTexts texts = site.treeTexts().get(lang);
            Path file = texts != null ? texts.file() : org.decisionguide.load.TreeParser.textFile(lang);
            List<String> absent = new ArrayList<>();
            for (DecisionTree.Node n : tree.nodes().values()) {
                TreeTexts.NodeText t = texts == null ? null : texts.nodes().get(n.id());
                if (t == null) {
                    absent.add(n.id());
                    continue;
                }
                if (n.isQuestion() && t.question() == null) {
                    out.add(Problem.error(file, texts.lineOf().of("/" + n.id()), "\"" + n.id() + "\" is a question but its text has no `question:`",
                            "write `question:`, `hint:` and `answers:` for it"));
                }
                if (!n.isQuestion() && t.title() == null) {
                    out.add(Problem.error(file, texts.lineOf().of("/" + n.id()), "\"" + n.id() + "\" is an outcome but its text has no `title:`",
                            "write `title:`, `explanation:` and `next_steps:` for it"));
                }
                for (DecisionTree.Answer a : n.answers()) {
                    if (!t.answers().containsKey(a.id())) absent.add(n.id() + "/" + a.id());
                }
                for (String a : t.answers().keySet()) {
                    if (n.answers().stream().noneMatch(x -> x.id().equals(a))) {
                        out.add(Problem.error(file, texts.lineOf().of("/" + n.id() + "/answers/" + a), "text for answer \"" + a
                                + "\", which question \"" + n.id() + "\" does not have", "remove it, or add the answer to " + tree.file()));
                    }
                }
            }
            if (texts != null) {
                for (String id : texts.nodes().keySet()) {
                    if (tree.node(id).isEmpty()) {
                        out.add(Problem.error(file, texts.lineOf().of("/" + id), "text for \"" + id + "\", which is not a node of the tree",
                                fixFor(id, new ArrayList<>(tree.nodes().keySet())) + " (or remove it)"));
                    }
                }
            }
            if (!absent.isEmpty()) {
                out.add(new Problem(file, 0, missing, "missing translation: no " + lang + " text for " + absent.size() + " "
                        + (absent.size() == 1 ? "item" : "items") + ": " + String.join(", ", absent),
                        "translate them from " + org.decisionguide.load.TreeParser.textFile(site.config().sourceLanguage())));
            }
        }
    }

    /** The first cycle found by depth-first search from every node, as node ids ending where it started. */
    static java.util.Optional<List<String>> findCycle(DecisionTree tree) {
        Set<String> done = new HashSet<>();
        for (String id : tree.nodes().keySet()) {
            List<String> stack = new ArrayList<>();
            java.util.Optional<List<String>> c = dfs(tree, id, stack, new LinkedHashSet<>(), done);
            if (c.isPresent()) return c;
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<List<String>> dfs(DecisionTree tree, String id, List<String> stack, Set<String> onStack, Set<String> done) {
        if (onStack.contains(id)) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(id), stack.size()));
            cycle.add(id);
            return java.util.Optional.of(cycle);
        }
        if (done.contains(id) || tree.node(id).isEmpty()) return java.util.Optional.empty();
        stack.add(id);
        onStack.add(id);
        for (DecisionTree.Answer a : tree.node(id).get().answers()) {
            java.util.Optional<List<String>> c = dfs(tree, a.next(), stack, onStack, done);
            if (c.isPresent()) return c;
        }
        stack.remove(stack.size() - 1);
        onStack.remove(id);
        done.add(id);
        return java.util.Optional.empty();
    }

    private static Set<String> reachable(DecisionTree tree) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(tree.start()));
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (!seen.add(id)) continue;
            tree.node(id).ifPresent(n -> n.answers().forEach(a -> todo.add(a.next())));
        }
        return seen;
    }

    private static String fixFor(String wrong, List<String> ids) {
        List<String> near = Suggestions.closest(wrong, ids);
        return near.isEmpty() ? "use one of the node ids in tree.yaml" : "did you mean " + String.join(" or ", near) + "?";
    }
}
