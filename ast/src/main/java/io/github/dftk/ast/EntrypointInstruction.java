package io.github.dftk.ast;

/**
 * ENTRYPOINT: the executable of the image.
 *
 * @param syntax the instruction as written
 * @param command the command
 */
public record EntrypointInstruction(InstructionSyntax syntax, CommandLine command) implements Instruction {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitEntrypoint(this);
    }
}
