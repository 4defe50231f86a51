package io.github.dftk.ir.format;

import io.github.dftk.ir.BuildGraph;
import io.github.dftk.ir.Edge;
import io.github.dftk.ir.GraphAnalysis;
import io.github.dftk.ir.StageGraph;
import io.github.dftk.ir.Vertex;
import java.util.HashSet;
import java.util.Set;

/**
 * Graphviz DOT: one cluster per stage, edges labelled with their role, the critical path in
 * bold, stages the target does not need greyed out. Render with {@code dot -Tsvg}.
 */
public final class GraphDot {

    private GraphDot() {
    }

    public static String render(BuildGraph graph) {
        GraphAnalysis analysis = GraphAnalysis.of(graph);
        Set<Integer> critical = new HashSet<>();
        analysis.criticalPath().forEach(v -> critical.add(v.id()));
        StringBuilder out = new StringBuilder("digraph build {\n");
        out.append("  rankdir=TB;\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n")
                .append("  edge [fontname=\"monospace\", fontsize=9];\n");
        for (StageGraph stage : graph.stages()) {
            out.append("  subgraph cluster_").append(stage.index()).append(" {\n    label=")
                    .append(quote("stage " + stage.index() + stage.name().map(n -> " " + n).orElse("")))
                    .append(";\n");
            if (!stage.needed()) {
                out.append("    style=dashed; color=gray; fontcolor=gray;\n");
            }
            for (Vertex v : graph.vertices()) {
                if (v.stage() == stage.index()) {
                    node(out.append("    "), v, critical);
                }
            }
            out.append("  }\n");
        }
        for (Vertex v : graph.vertices()) {
            if (v.stage() < 0) {
                node(out.append("  "), v, critical);
            }
        }
        for (Vertex v : graph.vertices()) {
            for (Edge e : v.inputs()) {
                boolean bold = critical.contains(v.id()) && critical.contains(e.from().id());
                out.append("  v").append(e.from().id()).append(" -> v").append(v.id()).append(" [label=")
                        .append(quote(e.role().label() + (e.detail().isEmpty() || e.detail().equals("/") ? ""
                                : " " + e.detail())))
                        .append(bold ? ", penwidth=2, color=red" : "").append("];\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static void node(StringBuilder out, Vertex v, Set<Integer> critical) {
        out.append('v').append(v.id()).append(" [label=").append(quote("#" + v.id() + " " + shorten(v.label())))
                .append(critical.contains(v.id()) ? ", penwidth=2" : "").append("];\n");
    }

    static String shorten(String label) {
        String oneLine = label.replace('\n', ' ');
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
