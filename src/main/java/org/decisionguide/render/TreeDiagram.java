package org.decisionguide.render;

import org.decisionguide.model.DecisionTree;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.jsoup.nodes.Entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The whole decision tree as a static SVG: ELK (layered, top to bottom, orthogonal edges) computes where the
 * boxes go, this class draws them. Colours come from CSS classes, so a page can highlight its own path
 * ({@code on-path}, {@code current}) without inline styles. The layout depends only on the labels, so it is
 * computed once per language and drawn per page.
 */
final class TreeDiagram {
    private static final double CHAR = 7.2, PAD = 12, HEIGHT = 34;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** Where everything goes, for one language's labels. */
    record Layout(double width, double height, Map<String, Box> boxes, List<Edge> edges) {}

    record Box(String id, boolean question, String label, double x, double y, double w, double h) {}

    record Edge(String from, String answer, String to, String title, List<double[]> points) {}

    private TreeDiagram() {}

    static Layout layout(DecisionTree tree, Function<String, String> label, Function<String, String> answerLabel) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 26.0);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (DecisionTree.Node n : tree.nodes().values()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.id());
            e.setDimensions(Math.max(70, label.apply(n.id()).length() * CHAR + 2 * PAD), HEIGHT);
            nodes.put(n.id(), e);
        }
        Map<ElkEdge, String[]> edges = new LinkedHashMap<>();
        for (DecisionTree.Node n : tree.nodes().values()) {
            for (DecisionTree.Answer a : n.answers()) {
                ElkNode to = nodes.get(a.next());
                if (to == null) continue;
                edges.put(ElkGraphUtil.createSimpleEdge(nodes.get(n.id()), to), new String[]{n.id(), a.id(), a.next()});
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Box> boxes = new LinkedHashMap<>();
        nodes.forEach((id, e) -> boxes.put(id, new Box(id, tree.node(id).orElseThrow().isQuestion(), label.apply(id),
                e.getX(), e.getY(), e.getWidth(), e.getHeight())));
        List<Edge> drawn = edges.entrySet().stream().map(en -> {
            java.util.ArrayList<double[]> pts = new java.util.ArrayList<>();
            for (ElkEdgeSection s : en.getKey().getSections()) {
                pts.add(new double[]{s.getStartX(), s.getStartY()});
                s.getBendPoints().forEach(b -> pts.add(new double[]{b.getX(), b.getY()}));
                pts.add(new double[]{s.getEndX(), s.getEndY()});
            }
            String[] k = en.getValue();
            return new Edge(k[0], k[1], k[2], label.apply(k[0]) + ": " + answerLabel.apply(k[0] + "/" + k[1]), pts);
        }).toList();
        KVector size = new KVector(root.getWidth(), root.getHeight());
        return new Layout(size.x, size.y, boxes, drawn);
    }

    /**
     * @param onPath nodes of the reader's path; {@code edgesOnPath} as "question/answer"; {@code current} the page's node
     */
    static String svg(Layout l, String title, String description, Set<String> onPath, Set<String> edgesOnPath, String current) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tree-diagram\" viewBox=\"0 0 ")
                .append(n(l.width())).append(' ').append(n(l.height())).append("\" width=\"").append(n(l.width()))
                .append("\" height=\"").append(n(l.height()))
                .append("\" role=\"img\" aria-labelledby=\"tree-diagram-title tree-diagram-desc\">")
                .append("<title id=\"tree-diagram-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"tree-diagram-desc\">").append(esc(description)).append("</desc>")
                .append("<defs><marker id=\"tree-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrow-head\"/></marker></defs>");
        for (Edge e : l.edges()) {
            boolean on = edgesOnPath.contains(e.from() + "/" + e.answer());
            b.append("<g class=\"edge").append(on ? " on-path" : "").append("\"><title>").append(esc(e.title())).append("</title><path d=\"");
            for (int i = 0; i < e.points().size(); i++) {
                double[] p = e.points().get(i);
                b.append(i == 0 ? "M" : " L").append(n(p[0])).append(' ').append(n(p[1]));
            }
            b.append("\" marker-end=\"url(#tree-arrow)\"/></g>");
        }
        for (Box x : l.boxes().values()) {
            b.append("<g class=\"node ").append(x.question() ? "question" : "outcome")
                    .append(onPath.contains(x.id()) ? " on-path" : "").append(x.id().equals(current) ? " current" : "").append("\">")
                    .append("<rect x=\"").append(n(x.x())).append("\" y=\"").append(n(x.y())).append("\" width=\"").append(n(x.w()))
                    .append("\" height=\"").append(n(x.h())).append("\" rx=\"").append(x.question() ? "4" : "14").append("\"/>")
                    .append("<text x=\"").append(n(x.x() + x.w() / 2)).append("\" y=\"").append(n(x.y() + x.h() / 2 + 4.5))
                    .append("\" text-anchor=\"middle\">").append(esc(x.label())).append("</text></g>");
        }
        return b.append("</svg>").toString();
    }

    private static String n(double d) {
        return String.valueOf(Math.round(d * 10) / 10.0).replaceAll("\\.0$", "");
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
