package org.decisionguide.validate;

import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;

import java.util.ArrayList;
import java.util.List;

/** The validate stage: every rule over the loaded model, all problems together. Pure. */
public final class Validator {

    private Validator() {}

    public static List<Problem> validate(Site site) {
        List<Problem> out = new ArrayList<>(acrossArticles(site));
        out.addAll(LocalTermLint.check(site));
        return out;
    }

    /**
     * Every rule except the per-article {@link LocalTermLint}, which is most of this stage's time and which the
     * live preview runs only on the articles an edit changed.
     */
    public static List<Problem> acrossArticles(Site site) {
        List<Problem> out = new ArrayList<>();
        out.addAll(SlugRules.check(site));
        out.addAll(LinkRules.check(site));
        out.addAll(TranslationRules.check(site));
        out.addAll(FreshnessRules.check(site));
        out.addAll(GlossaryRules.check(site));
        out.addAll(TreeRules.check(site));
        out.addAll(ChecklistRules.check(site));
        out.addAll(ContentRules.check(site));
        return out;
    }
}
