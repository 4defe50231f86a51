package io.github.dftk.ast;

import java.util.List;

/**
 * ENV: environment variables.
 *
 * @param syntax the instruction as written
 * @param pairs the variables, in order
 */
public record EnvInstruction(InstructionSyntax syntax, List<KeyValue> pairs) implements Instruction {

    public EnvInstruction {
        pairs = List.copyOf(pairs);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitEnv(this);
    }
}
