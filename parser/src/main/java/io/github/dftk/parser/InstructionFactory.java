package io.github.dftk.parser;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.InstructionSyntax;

/** Gives an instruction's syntax its typed meaning, reporting what BuildKit would reject. */
@FunctionalInterface
public interface InstructionFactory {

    Instruction build(InstructionSyntax syntax, BuildContext context);
}
