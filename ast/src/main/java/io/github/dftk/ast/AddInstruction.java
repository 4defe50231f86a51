package io.github.dftk.ast;

import java.util.List;
import java.util.Optional;

/**
 * ADD: copies files, URLs or git repositories into the stage.
 *
 * @param syntax the instruction as written
 * @param sources source paths or URLs (heredoc markers included)
 * @param destination the last argument
 * @param chown --chown
 * @param chmod --chmod
 * @param link --link
 * @param keepGitDir --keep-git-dir
 * @param checksum --checksum
 * @param unpack --unpack
 * @param excludes --exclude flags
 */
public record AddInstruction(InstructionSyntax syntax, List<Word> sources, Optional<Word> destination, Optional<Flag> chown, Optional<Flag> chmod, Optional<Flag> link, Optional<Flag> keepGitDir, Optional<Flag> checksum, Optional<Flag> unpack, List<Flag> excludes) implements Instruction {

    public AddInstruction {
        sources = List.copyOf(sources);
        excludes = List.copyOf(excludes);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitAdd(this);
    }
}
