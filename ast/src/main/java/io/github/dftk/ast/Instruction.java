package io.github.dftk.ast;

import java.util.List;

/**
 * A typed Dockerfile instruction. Each keyword has its own record; all of them carry the
 * {@link InstructionSyntax} they were built from. Traverse with {@link AstVisitor}.
 */
public sealed interface Instruction
        permits FromInstruction, RunInstruction, CmdInstruction, EntrypointInstruction, ShellInstruction, EnvInstruction, LabelInstruction, ArgInstruction, CopyInstruction, AddInstruction, ExposeInstruction, VolumeInstruction, UserInstruction, WorkdirInstruction, StopSignalInstruction, HealthcheckInstruction, OnbuildInstruction, MaintainerInstruction, UnknownInstruction, ExperimentalInstruction {

    InstructionSyntax syntax();

    <R> R accept(AstVisitor<R> visitor);

    default SourceRange range() {
        return syntax().range();
    }

    default Keyword keyword() {
        return syntax().keyword();
    }

    default List<Flag> flags() {
        return syntax().flags();
    }
}
