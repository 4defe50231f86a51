package io.github.dftk.ir;

import io.github.dftk.ast.SourceRange;
import java.util.Optional;

/**
 * A build stage in the graph.
 *
 * @param index 0-based stage number
 * @param name the AS name, lower case
 * @param base what it starts from: an image ref, a stage name, or {@code scratch}
 * @param result the vertex holding the stage's filesystem; empty for a stage that is only
 *     {@code scratch} plus configuration
 * @param config the image configuration the stage produces
 * @param platform the platform it is built for
 * @param needed whether the target stage depends on it (stages not needed are pruned)
 * @param range the stage's FROM instruction
 */
public record StageGraph(int index, Optional<String> name, String base, Optional<Vertex> result, ImageConfig config,
        Platform platform, boolean needed, SourceRange range) {

    /** The name used in messages: the AS name, else {@code stage-<index>} as BuildKit says. */
    public String displayName() {
        return name.orElse("stage-" + index);
    }
}
