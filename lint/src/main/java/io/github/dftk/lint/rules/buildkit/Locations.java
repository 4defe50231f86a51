package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.ParseResult;

/** Where BuildKit checks point, narrowed to the exact text where that keeps BuildKit's line. */
final class Locations {

    private Locations() {
    }

    /**
     * {@code part} of {@code instruction} when it starts on the instruction's first line (the
     * line BuildKit reports), else the whole instruction.
     */
    static SourceRange within(Instruction instruction, SourceRange part) {
        return part.startLine() == instruction.range().startLine() ? part : instruction.range();
    }

    /** The text of 1-based {@code line}, without its line break (an empty range at the end when there is no such line). */
    static SourceRange line(ParseResult parsed, int line) {
        String text = parsed.text();
        int start = 0;
        for (int i = 1; i < line; i++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                return parsed.range(text.length(), text.length());
            }
            start = next + 1;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return parsed.range(start, end);
    }

    /** Whether {@code word} is written in {@code text} exactly as its text (so an edit of its range changes just it). */
    static boolean verbatim(Word word, String text) {
        return word.range().length() == word.text().length()
                && text.regionMatches(word.range().startOffset(), word.text(), 0, word.text().length());
    }
}
