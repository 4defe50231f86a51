package io.github.dftk.grammar;

import java.util.List;

/**
 * Decides which heredoc bodies follow an instruction. BuildKit reads them only for some
 * instructions (RUN, COPY, ADD, also under ONBUILD; never in JSON form) and finds their
 * names with its shell word lexer, which lives in the parser module; the lexer asks
 * through this interface.
 */
@FunctionalInterface
public interface HeredocOpener {

    /** Opens no heredocs (plain line structure). */
    HeredocOpener NONE = instructionText -> List.of();

    /**
     * @param instructionText the instruction's raw text, from its first character to the
     *     end of its last line (continuation lines included, final newline excluded)
     * @return the terminators of the heredoc bodies that follow, in order
     */
    List<HeredocTerminator> open(String instructionText);
}
