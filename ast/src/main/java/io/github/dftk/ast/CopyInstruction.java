package io.github.dftk.ast;

import java.util.List;
import java.util.Optional;

/**
 * COPY: copies files from the context, a stage or an image.
 *
 * @param syntax the instruction as written
 * @param sources source paths (heredoc markers included)
 * @param destination the last argument
 * @param from --from
 * @param chown --chown
 * @param chmod --chmod
 * @param link --link
 * @param parents --parents
 * @param excludes --exclude flags
 */
public record CopyInstruction(InstructionSyntax syntax, List<Word> sources, Optional<Word> destination, Optional<Flag> from, Optional<Flag> chown, Optional<Flag> chmod, Optional<Flag> link, Optional<Flag> parents, List<Flag> excludes) implements Instruction {

    public CopyInstruction {
        sources = List.copyOf(sources);
        excludes = List.copyOf(excludes);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitCopy(this);
    }
}
