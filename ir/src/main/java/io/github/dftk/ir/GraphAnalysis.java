package io.github.dftk.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What can run at the same time and what takes longest: vertices grouped by parallel level
 * (a vertex's level is one more than its deepest input, sources are level 0, so a level's
 * vertices only wait for earlier levels), the critical path (the longest chain of steps to
 * the target), and the stages the target does not need.
 *
 * @param levels the target's vertices by level
 * @param criticalPath the longest chain from a source to the target's result, in order
 * @param unusedStages stages BuildKit would skip for this target
 */
public record GraphAnalysis(List<List<Vertex>> levels, List<Vertex> criticalPath, List<StageGraph> unusedStages) {

    public static GraphAnalysis of(BuildGraph graph) {
        List<Vertex> needed = graph.neededVertices();
        int[] level = new int[graph.vertices().size()];
        int maxLevel = -1;
        for (Vertex v : needed) {
            int l = 0;
            for (Edge e : v.inputs()) {
                l = Math.max(l, level[e.from().id()] + 1);
            }
            level[v.id()] = l;
            maxLevel = Math.max(maxLevel, l);
        }
        List<List<Vertex>> levels = new ArrayList<>();
        for (int i = 0; i <= maxLevel; i++) {
            levels.add(new ArrayList<>());
        }
        for (Vertex v : needed) {
            levels.get(level[v.id()]).add(v);
        }
        List<Vertex> path = new ArrayList<>();
        if (graph.target() >= 0 && graph.target() < graph.stages().size()) {
            Vertex current = graph.stages().get(graph.target()).result().orElse(null);
            while (current != null) {
                path.add(current);
                Vertex deepest = null;
                for (Edge e : current.inputs()) {
                    if (deepest == null || level[e.from().id()] > level[deepest.id()]) {
                        deepest = e.from();
                    }
                }
                current = deepest;
            }
            Collections.reverse(path);
        }
        List<StageGraph> unused = graph.stages().stream().filter(s -> !s.needed()).toList();
        return new GraphAnalysis(levels.stream().map(List::copyOf).toList(), List.copyOf(path), unused);
    }
}
