package io.github.dftk.ast;

import java.util.Optional;

/**
 * HEALTHCHECK: how to test that the container still works.
 *
 * @param syntax the instruction as written
 * @param type NONE, CMD, or an unsupported type word
 * @param command the test command after CMD
 */
public record HealthcheckInstruction(InstructionSyntax syntax, Optional<Word> type, Optional<CommandLine> command) implements Instruction {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitHealthcheck(this);
    }
}
