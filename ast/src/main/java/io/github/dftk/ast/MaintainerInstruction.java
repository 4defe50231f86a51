package io.github.dftk.ast;

import java.util.Optional;

/**
 * MAINTAINER: deprecated author field.
 *
 * @param syntax the instruction as written
 * @param name the author
 */
public record MaintainerInstruction(InstructionSyntax syntax, Optional<Word> name) implements Instruction {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitMaintainer(this);
    }
}
