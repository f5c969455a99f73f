package org.decisionguide.render;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.util.ULocale;
import org.decisionguide.model.Term;
import org.decisionguide.model.TermText;
import org.decisionguide.render.view.GlossaryPage;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.LanguageLink;
import org.decisionguide.render.view.TermEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds {@code /<lang>/glossary/}: entries in the language's collation, bucketed by ICU's alphabetic index. */
final class GlossaryView {

    private GlossaryView() {}

    static GlossaryPage page(RenderContext ctx, String lang) {
        AlphabeticIndex<TermEntry> index = new AlphabeticIndex<>(new ULocale(lang));
        int count = 0;
        for (Term t : ctx.terms.values()) {
            Optional<TermText> text = ctx.termText(t, lang);
            if (text.isEmpty()) continue;
            index.addRecord(text.get().term(), entry(ctx, t, lang));
            count++;
        }
        List<GlossaryPage.Letter> letters = new ArrayList<>();
        int n = 0;
        for (AlphabeticIndex.Bucket<TermEntry> bucket : index) {
            if (bucket.size() == 0) continue;
            List<TermEntry> entries = new ArrayList<>();
            bucket.forEach(r -> entries.add(r.getData()));
            letters.add(new GlossaryPage.Letter(bucket.getLabel(), "letter-" + (++n), entries));
        }
        String url = ctx.urls.glossary(lang);
        Messages t = ctx.messages(lang);
        Head head = ctx.head(lang, t.format("glossary_title") + " · " + ctx.language(lang).siteTitle(),
                t.format("glossary_description"), url, ctx.sameUrlIn(ctx.urls::glossary, lang),
                ctx.urls.absolute(ctx.urls.glossary(ctx.site.config().sourceLanguage())), "glossary")
                .withStyle(ctx.urls.asset("css/glossary.css"));
        return new GlossaryPage(head, count, letters);
    }

    /** One term in one language, with its links; also used for an article's "terms used". */
    static TermEntry entry(RenderContext ctx, Term t, String lang) {
        TermText text = ctx.termText(t, lang).orElseThrow();
        Typography typo = ctx.typography(text.lang());
        List<TermEntry.Link> see = t.see().stream()
                .map(ctx.terms::get).filter(java.util.Objects::nonNull)
                .flatMap(s -> ctx.termText(s, lang).stream().map(st -> new TermEntry.Link(typo.text(st.term()), ctx.urls.glossary(lang) + "#" + s.id())))
                .toList();
        List<TermEntry.Link> articles = t.articles().stream()
                .flatMap(id -> ctx.index.get(lang, id).filter(a -> !a.meta().draft()).stream())
                .map(a -> new TermEntry.Link(ctx.typography(lang).text(a.meta().title()), ctx.urls.article(a)))
                .toList();
        List<LanguageLink> languages = ctx.site.config().languages().stream()
                .filter(l -> !l.code().equals(lang) && t.in(l.code()).isPresent())
                .map(l -> new LanguageLink(l.code(), l.name() + ": " + t.in(l.code()).get().term(),
                        ctx.urls.glossary(l.code()) + "#" + t.id(), ctx.urls.absolute(ctx.urls.glossary(l.code()) + "#" + t.id()), false))
                .toList();
        return new TermEntry(t.id(), text.lang(), typo.text(text.term()), text.abbr(), ctx.inlineHtml(text.definition(), text.lang()),
                ctx.urls.glossary(lang) + "#" + t.id(), see, articles, languages);
    }

}
