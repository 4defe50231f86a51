package io.github.dftk.ast;

import java.util.List;

/**
 * SHELL: the shell used for shell-form commands (JSON form only).
 *
 * @param syntax the instruction as written
 * @param shell executable and arguments
 */
public record ShellInstruction(InstructionSyntax syntax, List<Word> shell) implements Instruction {

    public ShellInstruction {
        shell = List.copyOf(shell);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitShell(this);
    }
}
