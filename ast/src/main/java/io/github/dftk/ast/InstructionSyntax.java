package io.github.dftk.ast;

import java.util.List;
import java.util.Optional;

/**
 * An instruction as BuildKit's parser reads it, before any meaning is given to its words:
 * the equivalent of BuildKit's {@code parser.Node}. Every typed instruction carries one, so
 * tools that need the exact text (the formatter, fixes, BuildKit's dump) never lose it.
 *
 * @param range the whole instruction: first character to the end of its last line, heredoc
 *     bodies included, final newline excluded
 * @param keyword the first word
 * @param flags the leading {@code --flag} words
 * @param arguments the argument list BuildKit's line parser produces for this keyword (its
 *     {@code Node.Next} chain): e.g. JSON array elements, whitespace-split words, or
 *     key/value/separator triples for ENV and LABEL
 * @param json whether the arguments were written as a JSON array (exec form)
 * @param rest the text after the keyword and flags, as handed to the line parser
 * @param original the logical line: continuation lines joined, comment lines inside removed
 * @param comments the comment lines directly above (BuildKit's {@code PrevComment})
 * @param heredocs here-documents read after the instruction line
 * @param nested the instruction inside {@code ONBUILD}
 * @param emptyContinuationLines empty lines inside the continuation (deprecated by BuildKit)
 */
public record InstructionSyntax(SourceRange range, Keyword keyword, List<Flag> flags, List<Word> arguments,
        boolean json, Word rest, String original, List<Comment> comments, List<Heredoc> heredocs,
        Optional<InstructionSyntax> nested, List<SourceRange> emptyContinuationLines) {

    public InstructionSyntax {
        flags = List.copyOf(flags);
        arguments = List.copyOf(arguments);
        comments = List.copyOf(comments);
        heredocs = List.copyOf(heredocs);
        emptyContinuationLines = List.copyOf(emptyContinuationLines);
    }

    /** The first flag with this name, as BuildKit's flag lookup sees it. */
    public Optional<Flag> flag(String name) {
        for (Flag flag : flags) {
            if (flag.name().equals(name)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }

    /** All flags with this name, in order (repeatable flags such as {@code --mount}). */
    public List<Flag> flags(String name) {
        List<Flag> out = null;
        for (Flag flag : flags) {
            if (flag.name().equals(name)) {
                if (out == null) {
                    out = new java.util.ArrayList<>(2);
                }
                out.add(flag);
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }
}
