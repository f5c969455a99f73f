package org.decisionguide.pipeline;

import org.decisionguide.model.Article;
import org.decisionguide.model.Site;
import org.decisionguide.render.Reach;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which pages an edit of some articles reaches, from the articles before and after it. Other pages read little
 * of an article: where it stands in its language (address, order, draft, translation state: its identity) and
 * its title and summary (its card), its tags. An edit that changes any identity reaches every page; one that changes
 * a card reaches the pages that mention the article; tags, the pages of the tags it had or has; any other edit only
 * the edited articles' own pages and the pages that show every article's translation state.
 */
final class EditReach {

    /** What decides an article's address, place in the reading order and translation state. */
    private record Identity(String slug, boolean draft, boolean needsTranslation, String sourceLang, Integer order, LocalDate date) {}

    /** What other pages show of an article. */
    private record Card(String title, String summary) {}

    private EditReach() {}

    /** @param edited ids of the articles whose files changed (in any language) */
    static Predicate<Reach> of(Site before, Site after, Set<String> edited) {
        if (!identities(before).equals(identities(after))) return reach -> true;
        Map<String, Card> was = cards(before);
        Map<String, Card> now = cards(after);
        Set<String> retitled = new HashSet<>();
        now.forEach((key, card) -> {
            if (!card.equals(was.get(key))) retitled.add(key);
        });
        // A tag gained or lost an article: symmetric difference of the edited articles' tags before and after.
        Set<String> tagsBefore = tags(before, edited);
        Set<String> tags = tags(after, edited);
        Set<String> kept = new HashSet<>(tags);
        kept.retainAll(tagsBefore);
        tags.addAll(tagsBefore);
        tags.removeAll(kept);
        Set<String> own = new HashSet<>(edited);
        return reach -> reach.list() || own.contains(reach.article()) || tags.contains(reach.tag())
                || reach.mentions().stream().anyMatch(retitled::contains);
    }

    private static Map<String, Identity> identities(Site site) {
        Map<String, Identity> out = new HashMap<>();
        for (Article a : site.articles()) {
            out.put(a.lang() + "/" + a.id(), new Identity(a.slug(), a.meta().draft(), a.meta().needsTranslation(),
                    a.meta().sourceLang(), a.meta().order(), a.meta().date()));
        }
        return out;
    }

    /** "lang/tag" of every tag the given articles carry. */
    private static Set<String> tags(Site site, Set<String> ids) {
        Set<String> out = new HashSet<>();
        site.articles().stream().filter(a -> ids.contains(a.id()))
                .forEach(a -> a.meta().tags().forEach(t -> out.add(a.lang() + "/" + t)));
        return out;
    }

    private static Map<String, Card> cards(Site site) {
        Map<String, Card> out = new HashMap<>();
        for (Article a : site.articles()) out.put(a.lang() + "/" + a.id(), new Card(a.meta().title(), a.meta().summary()));
        return out;
    }
}
