package io.github.dftk.ast;

import java.util.List;
import java.util.Optional;

/**
 * A build stage: a FROM and the instructions up to the next FROM.
 *
 * @param index 0-based position among the stages (usable as {@code --from=<index>})
 */
public record Stage(int index, FromInstruction from, List<Instruction> instructions) {

    public Stage {
        instructions = List.copyOf(instructions);
    }

    /** The stage name after AS, lower-cased as BuildKit compares it. */
    public Optional<String> name() {
        return from.stageName().map(w -> w.text().toLowerCase(java.util.Locale.ROOT));
    }
}
