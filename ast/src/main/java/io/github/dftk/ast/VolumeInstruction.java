package io.github.dftk.ast;

import java.util.List;

/**
 * VOLUME: mount points.
 *
 * @param syntax the instruction as written
 * @param paths the volume paths
 */
public record VolumeInstruction(InstructionSyntax syntax, List<Word> paths) implements Instruction {

    public VolumeInstruction {
        paths = List.copyOf(paths);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitVolume(this);
    }
}
