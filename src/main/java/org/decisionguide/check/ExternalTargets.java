package org.decisionguide.check;

import org.decisionguide.model.Article;
import org.decisionguide.model.LinkUse;
import org.decisionguide.model.Site;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every external address the content uses (body links and images, cited sources), each with where it is used. Pure. */
public final class ExternalTargets {

    /** One address and every file:line that uses it; {@code url} is without its #fragment. */
    public record Target(URI url, List<Use> uses) {
        public Target {
            uses = List.copyOf(uses);
        }

        public String host() {
            return url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Use(Path file, int line) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line : file.toString();
        }
    }

    private ExternalTargets() {}

    public static List<Target> of(Site site) {
        Map<URI, List<Use>> uses = new LinkedHashMap<>();
        for (Article a : site.articles()) {
            if (a.meta().needsTranslation()) continue;
            if (a.meta().source() != null) add(uses, a.meta().source().url(), new Use(a.file(), a.lineOf().of("/source/url")));
            for (LinkUse l : a.outline().links()) add(uses, l.url(), new Use(a.file(), l.line()));
        }
        List<Target> out = new ArrayList<>();
        uses.forEach((url, at) -> out.add(new Target(url, at)));
        return out;
    }

    private static void add(Map<URI, List<Use>> uses, String url, Use use) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) return;
        try {
            URI u = new URI(url);
            if (u.getHost() == null) return; // refused by the link rules already
            URI bare = new URI(u.getScheme(), u.getRawAuthority() == null ? null : u.getAuthority(), u.getPath(), u.getQuery(), null);
            uses.computeIfAbsent(bare, k -> new ArrayList<>()).add(use);
        } catch (java.net.URISyntaxException e) {
            // reported by the link rules
        }
    }
}
