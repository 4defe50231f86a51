package io.github.dftk.ast;

import java.util.List;

/**
 * LABEL: image labels.
 *
 * @param syntax the instruction as written
 * @param pairs the labels, in order
 */
public record LabelInstruction(InstructionSyntax syntax, List<KeyValue> pairs) implements Instruction {

    public LabelInstruction {
        pairs = List.copyOf(pairs);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitLabel(this);
    }
}
