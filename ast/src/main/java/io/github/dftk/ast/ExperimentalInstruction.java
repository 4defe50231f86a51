package io.github.dftk.ast;

/**
 * An instruction added by an enabled experimental proposal.
 *
 * @param syntax the instruction as written
 * @param proposal the proposal id, e.g. {@code import-export}
 * @param node the proposal's own typed payload
 */
public record ExperimentalInstruction(InstructionSyntax syntax, String proposal, ExtensionNode node)
        implements Instruction {

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitExperimental(this);
    }
}
