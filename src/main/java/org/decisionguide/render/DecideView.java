package org.decisionguide.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.decisionguide.model.DecisionTree;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.TreePath;
import org.decisionguide.model.TreeTexts;
import org.decisionguide.render.view.DecidePage;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.TermEntry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the decision tree's pages: one per reachable sequence of answers, so every step works as a plain
 * link without JavaScript and every outcome URL can be shared. Texts missing in a language fall back to the
 * source language (reported by the validator).
 */
final class DecideView {
    static final String RECORD = "decision-record.md";
    static final String TREE_JSON = "decide/tree.json";

    private final RenderContext ctx;
    private final DecisionTree tree;
    private final List<TreePath> paths;
    private final Map<String, TreeDiagram.Layout> layouts = new ConcurrentHashMap<>();

    DecideView(RenderContext ctx) {
        this.ctx = ctx;
        this.tree = ctx.site.tree();
        this.paths = TreePath.all(tree, tree.maxPages());
    }

    List<TreePath> paths() {
        return paths;
    }

    String url(String lang, TreePath p) {
        return ctx.urls.decide(lang) + p.segments();
    }

    private Optional<TreeTexts.NodeText> text(String lang, String id) {
        return Optional.ofNullable(ctx.site.treeTexts().get(lang)).map(t -> t.nodes().get(id))
                .or(() -> Optional.ofNullable(ctx.site.treeTexts().get(ctx.site.config().sourceLanguage())).map(t -> t.nodes().get(id)));
    }

    private String label(String lang, String id) {
        return text(lang, id).map(TreeTexts.NodeText::label).orElse(id);
    }

    private String answerLabel(String lang, String question, String answer) {
        return text(lang, question).map(t -> t.answers().get(answer))
                .or(() -> Optional.ofNullable(ctx.site.treeTexts().get(ctx.site.config().sourceLanguage()))
                        .map(t -> t.nodes().get(question)).map(t -> t.answers().get(answer)))
                .orElse(answer);
    }

    private String questionText(String lang, String id) {
        return text(lang, id).map(t -> t.question() != null ? t.question() : t.title()).orElse(id);
    }

    DecidePage page(String lang, TreePath path) {
        Typography typo = ctx.typography(lang);
        Messages t = ctx.messages(lang);
        DecisionTree.Node node = tree.node(path.node()).orElseThrow();
        TreeTexts.NodeText text = text(lang, node.id()).orElse(null);
        String url = url(lang, path);
        List<DecidePage.SummaryRow> summary = new ArrayList<>();
        for (int i = 0; i < path.steps().size(); i++) {
            TreePath.Step s = path.steps().get(i);
            summary.add(new DecidePage.SummaryRow(s.question(), s.answer(), typo.text(questionText(lang, s.question())),
                    typo.text(answerLabel(lang, s.question(), s.answer())), url(lang, path.upTo(i))));
        }
        String back = path.steps().isEmpty() ? null : url(lang, path.upTo(path.steps().size() - 1));
        List<DecidePage.Choice> choices = node.answers().stream()
                .filter(a -> tree.node(a.next()).isPresent())
                .map(a -> new DecidePage.Choice(a.id(), typo.text(answerLabel(lang, node.id(), a.id())),
                        url(lang, path.then(node.id(), a.id(), a.next()))))
                .toList();
        String heading = typo.text(node.isQuestion() ? questionText(lang, node.id()) : text == null ? node.id() : text.title());
        String sectionTitle = t.format("decide_title");
        Head head = ctx.head(lang, heading + " · " + sectionTitle + " · " + ctx.language(lang).siteTitle(),
                node.isQuestion() ? t.format("decide_description") : typo.text(text == null ? heading : text.explanation()),
                url, ctx.sameUrlIn(l -> url(l, path), lang),
                ctx.urls.absolute(url(ctx.site.config().sourceLanguage(), path)), "decide")
                .withScripts(List.of(ctx.urls.asset("js/decide.js"))).withStyle(ctx.urls.asset("css/decide.css"));
        boolean outcome = !node.isQuestion();
        boolean showDiagram = outcome || path.steps().isEmpty();
        List<TermEntry.Link> articles = outcome ? node.articles().stream()
                .flatMap(id -> ctx.index.get(lang, id).or(() -> ctx.fallback(id)).stream())
                .map(a -> new TermEntry.Link(ctx.typography(a.lang()).text(a.meta().title()), ctx.urls.article(a),
                        a.lang().equals(lang) ? null : a.lang()))
                .toList() : List.of();
        List<TermEntry.Link> terms = outcome ? node.terms().stream()
                .map(ctx.terms::get).filter(Objects::nonNull)
                .flatMap(term -> ctx.termText(term, lang).stream().map(tt -> new TermEntry.Link(typo.text(tt.term()), ctx.urls.glossary(lang) + "#" + term.id())))
                .toList() : List.of();
        return new DecidePage(head, outcome, node.id(), path.segments(), heading,
                text == null || text.hint() == null ? null : typo.text(text.hint()), choices, back, ctx.urls.decide(lang),
                summary, outcome && text != null ? typo.text(text.explanation()) : null,
                outcome && text != null ? text.nextSteps().stream().map(typo::text).toList() : List.of(),
                articles, terms, outcome ? url + RECORD : null, outcome ? "decision-record-" + node.id() + ".md" : null,
                t.format("record_date_placeholder"),
                showDiagram ? diagram(lang, path) : null, showDiagram ? outline(lang, path) : List.of(),
                ctx.urls.root(TREE_JSON), path.steps().isEmpty());
    }

    /** An address the tree once had: a page that sends the reader on to where those answers lead now. */
    org.decisionguide.render.view.RedirectPage redirect(String lang, TreePath target) {
        String to = url(lang, target);
        DecisionTree.Node node = tree.node(target.node()).orElseThrow();
        String title = ctx.typography(lang).text(node.isQuestion() ? questionText(lang, node.id())
                : text(lang, node.id()).map(TreeTexts.NodeText::title).orElse(node.id()));
        Head head = ctx.head(lang, title + " · " + ctx.messages(lang).format("decide_title") + " · " + ctx.language(lang).siteTitle(),
                ctx.messages(lang).format("decide_description"), to, List.of(), ctx.urls.absolute(to), "redirect").noindex();
        return new org.decisionguide.render.view.RedirectPage(head, to, title);
    }

    /** The decision record of an outcome page, as a file beside it. */
    OutputFile record(String lang, TreePath path, DecidePage page) {
        String md = DecisionRecord.markdown(ctx.messages(lang), page.heading(), ctx.urls.absolute(url(lang, path)),
                page.recordDatePlaceholder(), page.summary(), page.explanation(), page.nextSteps(), page.articles(), ctx.urls::absolute);
        return new OutputFile(ctx.urls.fileFor(url(lang, path)).replace("index.html", RECORD), md.getBytes(StandardCharsets.UTF_8));
    }

    /** The structure the script needs to keep later answers after "Change": start, and each question's answers. */
    OutputFile treeJson() {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("start", tree.start());
        ObjectNode nodes = root.putObject("nodes");
        for (DecisionTree.Node n : tree.nodes().values()) {
            ObjectNode answers = nodes.putObject(n.id()).putObject("answers");
            n.answers().forEach(a -> answers.put(a.id(), a.next()));
        }
        return new OutputFile(TREE_JSON, root.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String diagram(String lang, TreePath path) {
        TreeDiagram.Layout layout = layouts.computeIfAbsent(lang, l -> TreeDiagram.layout(tree, id -> label(l, id),
                qa -> answerLabel(l, qa.substring(0, qa.indexOf('/')), qa.substring(qa.indexOf('/') + 1))));
        Set<String> onPath = new HashSet<>();
        Set<String> edges = new HashSet<>();
        for (TreePath.Step s : path.steps()) {
            onPath.add(s.question());
            edges.add(s.question() + "/" + s.answer());
        }
        onPath.add(path.node());
        Messages t = ctx.messages(lang);
        return TreeDiagram.svg(layout, t.format("diagram_title"), t.format("diagram_description"), onPath, edges, path.node());
    }

    private List<DecidePage.OutlineItem> outline(String lang, TreePath path) {
        Set<String> onPath = new HashSet<>();
        path.steps().forEach(s -> onPath.add(s.question()));
        onPath.add(path.node());
        Typography typo = ctx.typography(lang);
        return tree.nodes().values().stream().map(n -> new DecidePage.OutlineItem(n.id(), typo.text(label(lang, n.id())),
                n.isQuestion(), onPath.contains(n.id()),
                n.answers().stream().map(a -> new DecidePage.OutlineAnswer(typo.text(answerLabel(lang, n.id(), a.id())),
                        a.next(), typo.text(label(lang, a.next())))).toList())).toList();
    }

}
