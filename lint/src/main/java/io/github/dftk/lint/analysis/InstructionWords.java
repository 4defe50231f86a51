package io.github.dftk.lint.analysis;

import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import java.util.Optional;

/** Words of instructions as the checks read them. */
public final class InstructionWords {

    private InstructionWords() {
    }

    /** The value of {@code --name=value} as a word, with its own range when it is written verbatim. */
    public static Word flagValue(Flag flag, String text) {
        int valueStart = flag.text().indexOf('=') + 1;
        SourceRange range = valueStart > 0
                ? new Word(flag.text(), flag.range()).subRange(valueStart, flag.text().length(), text)
                : flag.range();
        return new Word(flag.valueOrEmpty(), range);
    }

    /** The here-document a COPY/ADD source names ({@code <<EOF}), if it is one. */
    public static Optional<Heredoc> heredoc(Instruction instruction, Word source) {
        for (Heredoc heredoc : instruction.syntax().heredocs()) {
            if (heredoc.markerRange().startOffset() == source.range().startOffset()) {
                return Optional.of(heredoc);
            }
        }
        return Optional.empty();
    }
}
