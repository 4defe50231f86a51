package io.github.dftk.ast;

import java.util.Optional;

/**
 * A keyword no enabled registry entry knows; BuildKit rejects it.
 *
 * @param syntax the instruction as written
 * @param suggestion the closest known keyword, if any
 */
public record UnknownInstruction(InstructionSyntax syntax, Optional<String> suggestion) implements Instruction {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitUnknown(this);
    }
}
