package io.github.dftk.ast;

import java.util.Optional;

/**
 * STOPSIGNAL: the signal that stops the container.
 *
 * @param syntax the instruction as written
 * @param signal signal name or number
 */
public record StopSignalInstruction(InstructionSyntax syntax, Optional<Word> signal) implements Instruction {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitStopSignal(this);
    }
}
