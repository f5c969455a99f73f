package org.decisionguide.render;

import org.decisionguide.model.Checklist;
import org.decisionguide.model.ChecklistTexts;
import org.decisionguide.model.OutputFile;
import org.decisionguide.render.view.ChecklistPage;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.TermEntry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Builds {@code /<lang>/checklist/} and its printable Markdown twin. Missing texts fall back to the source language. */
final class ChecklistView {
    static final String RECORD = "checklist.md";

    private ChecklistView() {}

    private static Optional<ChecklistTexts> texts(RenderContext ctx, String lang) {
        return Optional.ofNullable(ctx.site.checklistTexts().get(lang));
    }

    private static String sectionTitle(RenderContext ctx, String lang, String id) {
        return texts(ctx, lang).map(t -> t.sections().get(id))
                .or(() -> texts(ctx, ctx.site.config().sourceLanguage()).map(t -> t.sections().get(id))).orElse(id);
    }

    private static ChecklistTexts.ItemText itemText(RenderContext ctx, String lang, String id) {
        return texts(ctx, lang).map(t -> t.items().get(id))
                .or(() -> texts(ctx, ctx.site.config().sourceLanguage()).map(t -> t.items().get(id)))
                .orElse(new ChecklistTexts.ItemText(id, ""));
    }

    static ChecklistPage page(RenderContext ctx, String lang) {
        Checklist c = ctx.site.checklist();
        Typography typo = ctx.typography(lang);
        List<ChecklistPage.Section> sections = new ArrayList<>();
        for (Checklist.Section s : c.sections()) {
            List<ChecklistPage.Item> items = new ArrayList<>();
            for (Checklist.Item i : s.items()) {
                List<TermEntry.Link> links = new ArrayList<>();
                i.articles().forEach(id -> ctx.index.get(lang, id).or(() -> ctx.fallback(id)).ifPresent(a -> links.add(
                        new TermEntry.Link(ctx.typography(a.lang()).text(a.meta().title()), ctx.urls.article(a), a.lang().equals(lang) ? null : a.lang()))));
                i.terms().stream().map(ctx.terms::get).filter(Objects::nonNull).forEach(term -> ctx.termText(term, lang).ifPresent(tt ->
                        links.add(new TermEntry.Link(typo.text(tt.term()), ctx.urls.glossary(lang) + "#" + term.id()))));
                ChecklistTexts.ItemText text = itemText(ctx, lang, i.id());
                items.add(new ChecklistPage.Item(i.id(), typo.text(text.label()), typo.text(text.why()), i.must(), links,
                        String.join(" ", i.ticked()), String.join(" ", i.unticked())));
            }
            sections.add(new ChecklistPage.Section(s.id(), typo.text(sectionTitle(ctx, lang, s.id())), items));
        }
        Messages t = ctx.messages(lang);
        String url = ctx.urls.checklist(lang);
        Head head = ctx.head(lang, t.format("checklist_title") + " · " + ctx.language(lang).siteTitle(),
                t.format("checklist_description"), url, ctx.sameUrlIn(ctx.urls::checklist, lang),
                ctx.urls.absolute(ctx.urls.checklist(ctx.site.config().sourceLanguage())), "checklist")
                .withScripts(List.of(ctx.urls.asset("js/checklist.js"))).withStyle(ctx.urls.asset("css/checklist.css"));
        int total = c.items().size();
        int must = (int) c.items().stream().filter(Checklist.Item::must).count();
        boolean tree = ctx.site.tree() != null;
        return new ChecklistPage(head, sections, total, must, tree ? ctx.urls.decide(lang) : null,
                tree ? ctx.urls.root(DecideView.TREE_JSON) : null, url + RECORD, "checklist-" + lang + ".md");
    }

    /** The checklist as Markdown with empty boxes, for teams that print or paste it; must-haves are marked. */
    static OutputFile record(RenderContext ctx, String lang, ChecklistPage page) {
        Messages t = ctx.messages(lang);
        StringBuilder b = new StringBuilder("# ").append(t.format("checklist_title")).append("\n\n- ")
                .append(t.format("record_date")).append(": ").append(t.format("record_date_placeholder")).append("\n- ")
                .append(t.format("record_link")).append(": <").append(ctx.urls.absolute(ctx.urls.checklist(lang))).append(">\n");
        for (ChecklistPage.Section s : page.sections()) {
            b.append("\n## ").append(s.title()).append("\n\n");
            for (ChecklistPage.Item i : s.items()) {
                b.append("- [ ] ").append(i.label()).append(i.must() ? " (" + t.format("checklist_must") + ")" : "").append('\n');
            }
        }
        String md = b.toString().replace('\u00a0', ' ');
        return new OutputFile(ctx.urls.fileFor(ctx.urls.checklist(lang)).replace("index.html", RECORD), md.getBytes(StandardCharsets.UTF_8));
    }
}
