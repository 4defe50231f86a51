package io.github.dftk.parser;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.InstructionSyntax;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;

/** What an {@link InstructionFactory} may use while building one instruction. */
public interface BuildContext {

    /** Records a diagnostic for the instruction being built. */
    void report(Diagnostic diagnostic);

    /**
     * The source range of {@code word.text()[from, to)}; the whole word's range when the
     * word is not written verbatim (decoded JSON, or split by a line continuation).
     */
    SourceRange subRange(Word word, int from, int to);

    /** A word for {@code word.text()[from, to)} with its {@link #subRange}. */
    default Word subWord(Word word, int from, int to) {
        return new Word(word.text().substring(from, to), subRange(word, from, to));
    }

    /** Builds a nested instruction (the trigger of ONBUILD) with the same registry. */
    Instruction build(InstructionSyntax nested);

    /** The registry in use (for "did you mean" suggestions). */
    KeywordRegistry registry();
}
