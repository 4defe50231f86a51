package io.github.dftk.ast;

import java.util.List;

/**
 * EXPOSE: ports the container listens on.
 *
 * @param syntax the instruction as written
 * @param ports port specs such as 80/tcp
 */
public record ExposeInstruction(InstructionSyntax syntax, List<Word> ports) implements Instruction {

    public ExposeInstruction {
        ports = List.copyOf(ports);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitExpose(this);
    }
}
