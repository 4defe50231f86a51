package io.github.dftk.ast;

import java.util.List;

/**
 * ARG: build arguments with optional defaults.
 *
 * @param syntax the instruction as written
 * @param declarations the declared names, in order
 */
public record ArgInstruction(InstructionSyntax syntax, List<ArgDeclaration> declarations) implements Instruction {

    public ArgInstruction {
        declarations = List.copyOf(declarations);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitArg(this);
    }
}
