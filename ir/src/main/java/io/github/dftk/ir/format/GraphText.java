package io.github.dftk.ir.format;

import io.github.dftk.ir.BuildGraph;
import io.github.dftk.ir.Edge;
import io.github.dftk.ir.ExecMount;
import io.github.dftk.ir.GraphAnalysis;
import io.github.dftk.ir.ImageConfig;
import io.github.dftk.ir.Op;
import io.github.dftk.ir.StageGraph;
import io.github.dftk.ir.Vertex;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A readable outline of a build graph: stages and their steps (with the mounts of RUN steps),
 * parallel levels, critical path. Diagnostics are not part of it: callers print them.
 */
public final class GraphText {

    private GraphText() {
    }

    public static String render(BuildGraph graph, String file) {
        GraphAnalysis analysis = GraphAnalysis.of(graph);
        StringBuilder out = new StringBuilder();
        out.append(file).append(": ").append(graph.stages().size()).append(graph.stages().size() == 1 ? " stage" : " stages");
        if (graph.target() >= 0 && graph.target() < graph.stages().size()) {
            StageGraph target = graph.stages().get(graph.target());
            out.append(", target ").append(target.displayName()).append(" (").append(target.platform()).append(')');
        }
        out.append('\n');
        for (StageGraph stage : graph.stages()) {
            out.append("stage ").append(stage.index()).append(stage.name().map(n -> " " + n).orElse(""))
                    .append(" FROM ").append(stage.base().isEmpty() ? "?" : stage.base())
                    .append(stage.needed() ? "" : "  (not needed for the target)").append('\n');
            for (Vertex v : graph.vertices()) {
                if (v.stage() == stage.index()) {
                    vertex(out, v);
                }
            }
            out.append("  result: ").append(stage.result().map(v -> "#" + v.id()).orElse("scratch (empty)")).append('\n');
            config(out, stage.config());
        }
        List<Vertex> shared = graph.vertices().stream().filter(v -> v.stage() < 0).toList();
        if (!shared.isEmpty()) {
            out.append("shared sources\n");
            shared.forEach(v -> vertex(out, v));
        }
        out.append("parallel levels (").append(analysis.levels().size()).append(")\n");
        for (int i = 0; i < analysis.levels().size(); i++) {
            out.append("  ").append(i).append(": ").append(ids(analysis.levels().get(i))).append('\n');
        }
        out.append("critical path (").append(analysis.criticalPath().size()).append(" steps): ")
                .append(analysis.criticalPath().stream().map(v -> "#" + v.id()).collect(Collectors.joining(" -> ")))
                .append('\n');
        return out.toString();
    }

    private static void config(StringBuilder out, ImageConfig c) {
        out.append("  config:").append(c.inheritsBaseImage() ? " (on top of the base image's)" : "").append('\n');
        out.append("    env ").append(c.env()).append('\n');
        c.user().ifPresent(u -> out.append("    user ").append(u).append('\n'));
        c.workdir().ifPresent(w -> out.append("    workdir ").append(w).append('\n'));
        c.entrypoint().ifPresent(e -> out.append("    entrypoint ").append(e).append('\n'));
        c.cmd().ifPresent(cmd -> out.append("    cmd ").append(cmd).append('\n'));
        if (!c.shell().equals(List.of("/bin/sh", "-c"))) {
            out.append("    shell ").append(c.shell()).append('\n');
        }
        if (!c.labels().isEmpty()) {
            out.append("    labels ").append(c.labels()).append('\n');
        }
        if (!c.exposedPorts().isEmpty()) {
            out.append("    exposed ").append(c.exposedPorts()).append('\n');
        }
        if (!c.volumes().isEmpty()) {
            out.append("    volumes ").append(c.volumes()).append('\n');
        }
        c.healthcheck().ifPresent(h -> out.append("    healthcheck ").append(h.test())
                .append(h.interval().map(i -> " interval=" + i).orElse(""))
                .append(h.timeout().map(i -> " timeout=" + i).orElse(""))
                .append(h.startPeriod().map(i -> " start-period=" + i).orElse(""))
                .append(h.startInterval().map(i -> " start-interval=" + i).orElse(""))
                .append(h.retries().map(i -> " retries=" + i).orElse("")).append('\n'));
        c.stopSignal().ifPresent(sig -> out.append("    stopsignal ").append(sig).append('\n'));
        if (!c.onbuild().isEmpty()) {
            out.append("    onbuild ").append(c.onbuild()).append('\n');
        }
    }

    private static void vertex(StringBuilder out, Vertex v) {
        out.append("  #").append(v.id()).append(' ').append(v.label());
        v.origin().ifPresent(r -> out.append("  [line ").append(r.startLine()).append(']'));
        if (!v.inputs().isEmpty()) {
            out.append("  <- ").append(v.inputs().stream().map(GraphText::input).collect(Collectors.joining(", ")));
        }
        out.append("  ").append(v.digest(), 0, Math.min(19, v.digest().length())).append('\n');
        if (v.op() instanceof Op.Exec exec) {
            exec.mounts().forEach(m -> out.append("      mount ").append(mount(m)).append('\n'));
        }
    }

    /** {@code cache /go/pkg/mod id=/gomod sharing=locked}: the options that differ from a plain mount. */
    private static String mount(ExecMount m) {
        StringBuilder s = new StringBuilder(m.type().text()).append(' ').append(m.target().isEmpty() ? "-" : m.target());
        m.selector().ifPresent(path -> s.append(" source=").append(path));
        s.append(m.readOnly() ? " ro" : " rw");
        m.cacheId().ifPresent(id -> s.append(" id=").append(id));
        m.sharing().ifPresent(sharing -> s.append(" sharing=").append(sharing.text()));
        m.mode().ifPresent(mode -> s.append(" mode=0").append(Long.toOctalString(mode)));
        m.uid().ifPresent(uid -> s.append(" uid=").append(uid));
        m.gid().ifPresent(gid -> s.append(" gid=").append(gid));
        m.size().ifPresent(size -> s.append(" size=").append(size));
        m.env().ifPresent(env -> s.append(" env=").append(env));
        return s.append(m.required() ? " required" : "").toString();
    }

    private static String input(Edge e) {
        return "#" + e.from().id() + " " + e.role().label() + (e.detail().isEmpty() || e.detail().equals("/") ? ""
                : " " + e.detail());
    }

    private static String ids(List<Vertex> vertices) {
        return vertices.stream().map(v -> "#" + v.id()).collect(Collectors.joining(" "));
    }
}
