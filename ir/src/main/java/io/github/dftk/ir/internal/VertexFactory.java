package io.github.dftk.ir.internal;

import io.github.dftk.ast.SourceRange;
import io.github.dftk.ir.Edge;
import io.github.dftk.ir.Op;
import io.github.dftk.ir.Vertex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates vertices in dependency order with their digests, and merges identical ones (the
 * same image used by two stages is one vertex, attributed to the stage that first used it),
 * as LLB does.
 */
final class VertexFactory {

    private final List<Vertex> vertices = new ArrayList<>();
    private final Map<String, Vertex> byDigest = new HashMap<>();

    Vertex add(Op op, List<Edge> inputs, int stage, Optional<SourceRange> origin) {
        String definition = VertexDigests.definition(op);
        String digest = VertexDigests.of(definition, inputs);
        Vertex existing = byDigest.get(digest);
        if (existing != null) {
            return existing;
        }
        Vertex vertex = new Vertex(vertices.size(), op, inputs, digest, definition, stage, origin);
        vertices.add(vertex);
        byDigest.put(digest, vertex);
        return vertex;
    }

    List<Vertex> vertices() {
        return vertices;
    }
}
