package io.github.dftk.ir.internal;

import io.github.dftk.ir.Vertex;
import java.util.Optional;

/**
 * What a {@code --from}/{@code from=} value resolved to: a stage's or an image's vertex, the
 * empty filesystem (scratch, or a stage with no steps), or nothing usable because an error
 * was reported (the instruction or mount is then left out).
 */
record FromState(Optional<Vertex> vertex, boolean failed) {

    static final FromState FAILED = new FromState(Optional.empty(), true);

    static FromState of(Optional<Vertex> vertex) {
        return new FromState(vertex, false);
    }
}
