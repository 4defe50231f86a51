package io.github.dftk.ir;

import io.github.dftk.ast.Diagnostic;
import java.util.List;

/**
 * A Dockerfile lowered to a build graph.
 *
 * @param vertices every vertex, inputs before the vertices using them
 * @param stages every stage of the file, in order
 * @param target the index of the stage being built
 * @param diagnostics problems found while lowering (undefined variables, bad mounts, unknown stages)
 * @param options what the build was asked for
 * @param copyReads every COPY and ADD with what it reads, in file order
 */
public record BuildGraph(List<Vertex> vertices, List<StageGraph> stages, int target, List<Diagnostic> diagnostics,
        BuildOptions options, List<CopyRead> copyReads) {

    public BuildGraph {
        vertices = List.copyOf(vertices);
        stages = List.copyOf(stages);
        diagnostics = List.copyOf(diagnostics);
        copyReads = List.copyOf(copyReads);
    }

    /** The vertices the target stage needs (the rest are pruned by BuildKit), in order. */
    public List<Vertex> neededVertices() {
        boolean[] needed = new boolean[vertices.size()];
        if (target >= 0 && target < stages.size()) {
            stages.get(target).result().ifPresent(v -> mark(v, needed));
        }
        return vertices.stream().filter(v -> needed[v.id()]).toList();
    }

    private static void mark(Vertex vertex, boolean[] needed) {
        java.util.ArrayDeque<Vertex> todo = new java.util.ArrayDeque<>();
        todo.push(vertex);
        while (!todo.isEmpty()) {
            Vertex v = todo.pop();
            if (!needed[v.id()]) {
                needed[v.id()] = true;
                for (Edge e : v.inputs()) {
                    todo.push(e.from());
                }
            }
        }
    }
}
