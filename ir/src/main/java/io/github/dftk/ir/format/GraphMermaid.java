package io.github.dftk.ir.format;

import io.github.dftk.ir.BuildGraph;
import io.github.dftk.ir.Edge;
import io.github.dftk.ir.StageGraph;
import io.github.dftk.ir.Vertex;

/** A Mermaid flowchart: one subgraph per stage, edges labelled with their role. */
public final class GraphMermaid {

    private GraphMermaid() {
    }

    public static String render(BuildGraph graph) {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        for (StageGraph stage : graph.stages()) {
            out.append("  subgraph s").append(stage.index()).append("[\"")
                    .append(escape("stage " + stage.index() + stage.name().map(n -> " " + n).orElse("")
                            + (stage.needed() ? "" : " (unused)")))
                    .append("\"]\n");
            for (Vertex v : graph.vertices()) {
                if (v.stage() == stage.index()) {
                    node(out.append("    "), v);
                }
            }
            out.append("  end\n");
        }
        for (Vertex v : graph.vertices()) {
            if (v.stage() < 0) {
                node(out.append("  "), v);
            }
        }
        for (Vertex v : graph.vertices()) {
            for (Edge e : v.inputs()) {
                out.append("  v").append(e.from().id()).append(" -->|").append(escape(e.role().label()))
                        .append("| v").append(v.id()).append('\n');
            }
        }
        return out.toString();
    }

    private static void node(StringBuilder out, Vertex v) {
        out.append('v').append(v.id()).append("[\"").append(escape("#" + v.id() + " " + GraphDot.shorten(v.label())))
                .append("\"]\n");
    }

    /** Mermaid labels: quotes and angle brackets as entities, so labels never break the syntax. */
    private static String escape(String s) {
        return s.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replace("|", "#124;");
    }
}
