package org.decisionguide.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.DataKey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Heading anchors as ASCII slugs of the heading text ("Proč evaluace?" → {@code proc-evaluace}), numbered
 * when a text repeats. The same ids serve the rendered page and the link check, so they cannot drift apart.
 */
final class HeadingIds implements HtmlIdGenerator {
    /** The ids of a parsed document, kept on it: the outline (load) and the page (render) compute them once. */
    private static final DataKey<Map<Node, String>> IDS = new DataKey<>("guide.headingIds", Map.of());
    private Map<Node, String> ids = new IdentityHashMap<>();

    @Override
    public void generateIds(Document document) {
        Map<Node, String> known = IDS.get(document);
        if (!known.isEmpty()) {
            ids = known;
            return;
        }
        Set<String> used = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        new NodeVisitor(new VisitHandler<>(Heading.class, h -> {
            String base = Slugger.slug(h.getText().toString());
            String id = base;
            while (!used.add(id)) id = base + "-" + counts.merge(base, 1, Integer::sum);
            ids.put(h, id);
        })).visit(document);
        document.set(IDS, ids);
    }

    @Override
    public String getId(Node node) {
        return ids.get(node);
    }

    @Override
    public String getId(CharSequence text) {
        return Slugger.slug(text.toString());
    }
}
