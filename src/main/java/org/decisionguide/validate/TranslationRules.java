package org.decisionguide.validate;

import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.decisionguide.model.Translations;
import org.decisionguide.model.UiStrings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The missing-translation policy, one rule for every kind of text: a warning naming what to translate (the
 * reader meets the page in the languages that have it), an error under {@code strict}.
 */
public final class TranslationRules {

    private TranslationRules() {}

    public static List<Problem> check(Site site) {
        Severity severity = site.config().strict() ? Severity.ERROR : Severity.WARNING;
        List<Problem> out = new ArrayList<>();
        for (Translations.Entry e : Translations.of(site)) {
            Path file = Path.of("content", e.lang(), "articles", e.id() + ".md");
            if (e.state() == Translations.State.MISSING && !site.isUnreadable(e.lang(), e.id())) {
                boolean scaffold = e.translation() == null && site.articles().stream()
                        .anyMatch(a -> a.lang().equals(e.lang()) && a.id().equals(e.id()) && a.meta().needsTranslation());
                out.add(new Problem(file, 0, severity, "missing translation: article \"" + e.id() + "\" has no " + e.lang()
                        + " version" + (scaffold ? " yet (the file is still marked needs_translation)" : "")
                        + " (readers see the " + e.source().lang() + " original with a notice)",
                        scaffold ? "finish translating it and run ./guide translate --refresh " + e.id() + " " + e.lang()
                                : "run ./guide translate " + e.id() + " " + e.lang() + " and translate " + e.source().file()));
            } else if (e.state() == Translations.State.STALE) {
                out.add(Problem.warning(e.translation().file(), 0, "stale translation: the " + e.source().lang() + " original changed in "
                        + String.join(", ", e.changed()) + " since this was translated",
                        "update those sections, then run ./guide translate --refresh " + e.id() + " " + e.lang()));
            }
        }
        UiStrings source = site.ui().get(site.config().sourceLanguage());
        if (source != null) {
            for (UiStrings ui : site.ui().values()) {
                if (ui == source) continue;
                for (String key : source.messages().keySet()) {
                    if (!ui.messages().containsKey(key)) {
                        out.add(new Problem(ui.file(), 0, severity, "missing translation: message \"" + key + "\"",
                                "add `" + key + ":` under `messages:` (the " + source.lang() + " text is in "
                                        + source.file() + ":" + source.lineOf().of("/messages/" + key) + ")"));
                    }
                }
            }
        }
        return out;
    }
}
