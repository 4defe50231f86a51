package io.github.dftk.ast;

/**
 * CMD: the default command of the image.
 *
 * @param syntax the instruction as written
 * @param command the command
 */
public record CmdInstruction(InstructionSyntax syntax, CommandLine command) implements Instruction {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitCmd(this);
    }
}
