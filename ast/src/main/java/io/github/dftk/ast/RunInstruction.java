package io.github.dftk.ast;

import java.util.List;
import java.util.Optional;

/**
 * RUN: executes a command in the stage.
 *
 * @param syntax the instruction as written
 * @param command the command; heredocs may supply its script
 * @param mounts --mount flags, in order
 * @param network --network
 * @param security --security
 */
public record RunInstruction(InstructionSyntax syntax, CommandLine command, List<Flag> mounts, Optional<Flag> network, Optional<Flag> security) implements Instruction {

    public RunInstruction {
        mounts = List.copyOf(mounts);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitRun(this);
    }
}
