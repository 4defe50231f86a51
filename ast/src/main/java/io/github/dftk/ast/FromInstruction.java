package io.github.dftk.ast;

import java.util.Optional;

/**
 * FROM: starts a build stage.
 *
 * @param syntax the instruction as written
 * @param image the base image or stage reference
 * @param asKeyword the AS keyword as written
 * @param stageName the name after AS
 * @param platform --platform
 */
public record FromInstruction(InstructionSyntax syntax, Optional<Word> image, Optional<Word> asKeyword, Optional<Word> stageName, Optional<Flag> platform) implements Instruction {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitFrom(this);
    }
}
