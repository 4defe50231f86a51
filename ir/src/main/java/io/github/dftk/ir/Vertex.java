package io.github.dftk.ir;

import io.github.dftk.ast.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * A node of the build graph.
 *
 * @param id position in {@link BuildGraph#vertices()} (inputs always come first)
 * @param op what it does
 * @param inputs what it reads, in a fixed order
 * @param digest {@code sha256:…} of the op and its inputs' digests: equal digests mean the
 *     step would hit the same cache
 * @param definitionDigest the same without the inputs: a vertex whose definition digest is
 *     unchanged but whose digest changed rebuilds only because an input changed
 * @param stage the stage it belongs to, or -1 for a source shared by several stages
 * @param origin the instruction it comes from (not part of any digest)
 */
public record Vertex(int id, Op op, List<Edge> inputs, String digest, String definitionDigest, int stage,
        Optional<SourceRange> origin) {

    public Vertex {
        inputs = List.copyOf(inputs);
    }

    /** A one-line description, e.g. {@code exec /bin/sh -c make}. */
    public String label() {
        return VertexLabels.label(op);
    }
}
