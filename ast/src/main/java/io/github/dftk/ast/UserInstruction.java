package io.github.dftk.ast;

import java.util.Optional;

/**
 * USER: user (and group) for the following instructions.
 *
 * @param syntax the instruction as written
 * @param user user[:group]
 */
public record UserInstruction(InstructionSyntax syntax, Optional<Word> user) implements Instruction {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitUser(this);
    }
}
