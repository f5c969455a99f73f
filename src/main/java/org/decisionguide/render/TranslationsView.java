package org.decisionguide.render;

import org.decisionguide.model.Freshness;
import org.decisionguide.model.Translations;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.TranslationsPage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the translation status page of one language from the same computation as {@code ./guide status}. */
final class TranslationsView {

    private TranslationsView() {}

    static TranslationsPage page(RenderContext ctx, String lang) {
        Messages t = ctx.messages(lang);
        Map<String, List<Translations.Entry>> byId = new LinkedHashMap<>();
        ctx.translations.forEach(e -> byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e));
        List<TranslationsPage.Row> rows = new ArrayList<>();
        int overdue = 0, expired = 0;
        for (List<Translations.Entry> entries : byId.values()) {
            Translations.Entry own = entries.stream().filter(e -> e.lang().equals(lang)).findFirst().orElse(entries.get(0));
            var titled = own.translation() != null ? own.translation() : own.source();
            List<TranslationsPage.Cell> cells = new ArrayList<>();
            for (Translations.Entry e : entries) {
                String state = e.state().name().toLowerCase(Locale.ROOT);
                String url = e.translation() != null ? ctx.urls.article(e.translation()) : ctx.urls.article(e.lang(), e.source().slug());
                cells.add(new TranslationsPage.Cell(e.lang(), state, t.format("status_" + state), url,
                        e.state() == Translations.State.STALE ? String.join(", ", ArticleView.sectionNames(ctx, lang, e)) : null));
            }
            Freshness f = Freshness.of(own.source(), own.source(), ctx.site.config().freshness());
            rows.add(new TranslationsPage.Row(ctx.typography(titled.lang()).text(titled.meta().title()),
                    titled.lang().equals(lang) ? null : titled.lang(), cells, facts(ctx, t, lang, f)));
            if (f.overdue()) overdue++;
            expired += f.expired().size();
        }
        int ok = count(ctx, Translations.State.OK), stale = count(ctx, Translations.State.STALE), missing = count(ctx, Translations.State.MISSING);
        String url = ctx.urls.translations(lang);
        Head head = ctx.head(lang, t.format("translations_title") + " · " + ctx.language(lang).siteTitle(),
                t.format("translations_description"), url, ctx.sameUrlIn(ctx.urls::translations, lang),
                ctx.urls.absolute(ctx.urls.translations(ctx.site.config().sourceLanguage())), "translations")
                .withStyle(ctx.urls.asset("css/translations.css"));
        return new TranslationsPage(head, ctx.site.config().languageCodes(), rows, ok, stale, missing, overdue, expired);
    }

    private static TranslationsPage.Facts facts(RenderContext ctx, Messages t, String lang, Freshness f) {
        if (f.reviewed() == null) return new TranslationsPage.Facts(null, null, null, null, "overdue", t.format("facts_state_none"), f.expired().size());
        Dates dates = ctx.dates(lang);
        String state = f.overdue() ? "overdue" : ctx.site.config().freshness().today().plusDays(30).isAfter(f.due()) ? "soon" : "ok";
        return new TranslationsPage.Facts(dates.longDate(f.reviewed()), f.reviewed().toString(), dates.longDate(f.due()),
                f.due().toString(), state, t.format("facts_state_" + state), f.expired().size());
    }

    private static int count(RenderContext ctx, Translations.State s) {
        return (int) ctx.translations.stream().filter(e -> e.state() == s).count();
    }
}
