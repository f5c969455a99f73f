package org.decisionguide.render;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.util.ULocale;
import org.decisionguide.model.Article;
import org.decisionguide.model.DecisionTree;
import org.decisionguide.model.Term;
import org.decisionguide.model.TermText;
import org.decisionguide.model.TreePath;
import org.decisionguide.model.TreeTexts;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.SearchPage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@code /<lang>/search/}: every article, glossary term, decision-tree outcome and the checklist, A–Z in the
 * language's collation. An outcome reached by several paths is listed once, at its shortest path.
 */
final class SearchView {

    private SearchView() {}

    static SearchPage page(RenderContext ctx, String lang) {
        Messages t = ctx.messages(lang);
        List<SearchPage.Entry> entries = entries(ctx, lang);
        AlphabeticIndex<SearchPage.Entry> index = new AlphabeticIndex<>(new ULocale(lang));
        entries.forEach(e -> index.addRecord(e.title(), e));
        List<SearchPage.Letter> letters = new ArrayList<>();
        int n = 0;
        for (AlphabeticIndex.Bucket<SearchPage.Entry> bucket : index) {
            if (bucket.size() == 0) continue;
            List<SearchPage.Entry> in = new ArrayList<>();
            bucket.forEach(r -> in.add(r.getData()));
            letters.add(new SearchPage.Letter(bucket.getLabel(), "az-" + (++n), in));
        }
        String url = ctx.urls.search(lang);
        Head head = ctx.head(lang, t.format("search_title") + " · " + ctx.language(lang).siteTitle(),
                t.format("search_description"), url, ctx.sameUrlIn(ctx.urls::search, lang),
                ctx.urls.absolute(ctx.urls.search(ctx.site.config().sourceLanguage())), "search")
                .withScripts(List.of(ctx.urls.asset("js/search.js"))).withStyle(ctx.urls.asset("css/search.css"));
        return new SearchPage(head, ctx.urls.root(lang + "/search/index.json"), entries.size(), letters);
    }

    private static List<SearchPage.Entry> entries(RenderContext ctx, String lang) {
        Messages t = ctx.messages(lang);
        Typography typo = ctx.typography(lang);
        List<SearchPage.Entry> out = new ArrayList<>();
        for (Article a : ctx.readableArticles(lang)) {
            boolean own = a.lang().equals(lang);
            out.add(new SearchPage.Entry("article:" + a.id(), "article", t.format("search_kind_article"),
                    ctx.typography(a.lang()).text(a.meta().title()), own ? ctx.urls.article(a) : ctx.urls.article(lang, a.slug()),
                    own ? null : a.lang()));
        }
        for (Term term : ctx.terms.values()) {
            Optional<TermText> text = ctx.termText(term, lang);
            if (text.isEmpty()) continue;
            String label = typo.text(text.get().term()) + (text.get().abbr() == null ? "" : " (" + text.get().abbr() + ")");
            out.add(new SearchPage.Entry("term:" + term.id(), "term", t.format("search_kind_term"), label,
                    ctx.urls.glossary(lang) + "#" + term.id(), text.get().lang().equals(lang) ? null : text.get().lang()));
        }
        DecisionTree tree = ctx.site.tree();
        if (tree != null) {
            Map<String, TreePath> shortest = new LinkedHashMap<>();
            TreePath.all(tree, tree.maxPages()).stream().filter(p -> p.endsAtOutcome(tree))
                    .sorted(Comparator.comparingInt((TreePath p) -> p.steps().size()))
                    .forEach(p -> shortest.putIfAbsent(p.node(), p));
            shortest.forEach((node, path) -> outcomeTitle(ctx, lang, node).ifPresent(title -> out.add(new SearchPage.Entry(
                    "outcome:" + node, "outcome", t.format("search_kind_outcome"), typo.text(title),
                    ctx.urls.decide(lang) + path.segments(), null))));
        }
        if (ctx.site.checklist() != null) {
            out.add(new SearchPage.Entry("checklist", "checklist", t.format("search_kind_checklist"), t.format("checklist_title"),
                    ctx.urls.checklist(lang), null));
        }
        return out;
    }

    private static Optional<String> outcomeTitle(RenderContext ctx, String lang, String node) {
        return Optional.ofNullable(ctx.site.treeTexts().get(lang)).map(x -> x.nodes().get(node))
                .or(() -> Optional.ofNullable(ctx.site.treeTexts().get(ctx.site.config().sourceLanguage())).map(x -> x.nodes().get(node)))
                .map(TreeTexts.NodeText::title);
    }
}
