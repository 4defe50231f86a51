package io.github.dftk.ir.context;

import io.github.dftk.ast.Instruction;
import java.util.List;

/**
 * A COPY or ADD that reads the build context (no {@code --from}), with its sources expanded.
 *
 * @param instruction the instruction
 * @param stage 0-based index of its stage
 * @param stageName how messages name the stage: its name, or {@code stage-<i>}
 * @param built whether building the default target (the last stage) runs it
 * @param parents {@code --parents}
 * @param excludes the {@code --exclude} patterns
 * @param sources the sources, in order
 */
public record ContextCopy(Instruction instruction, int stage, String stageName, boolean built, boolean parents,
        List<String> excludes, List<CopySource> sources) {

    public ContextCopy {
        excludes = List.copyOf(excludes);
        sources = List.copyOf(sources);
    }

    /** COPY or ADD, upper case. */
    public String keyword() {
        return instruction.keyword().text().toUpperCase(java.util.Locale.ROOT);
    }
}
