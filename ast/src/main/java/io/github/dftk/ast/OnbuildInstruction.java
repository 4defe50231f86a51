package io.github.dftk.ast;

import java.util.Optional;

/**
 * ONBUILD: an instruction to run when the image is used as a base.
 *
 * @param syntax the instruction as written
 * @param trigger the nested instruction
 */
public record OnbuildInstruction(InstructionSyntax syntax, Optional<Instruction> trigger) implements Instruction {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitOnbuild(this);
    }
}
