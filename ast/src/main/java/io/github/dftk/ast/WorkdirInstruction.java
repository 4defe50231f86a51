package io.github.dftk.ast;

import java.util.Optional;

/**
 * WORKDIR: working directory for the following instructions.
 *
 * @param syntax the instruction as written
 * @param path the directory
 */
public record WorkdirInstruction(InstructionSyntax syntax, Optional<Word> path) implements Instruction {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitWorkdir(this);
    }
}
