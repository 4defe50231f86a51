package io.github.dftk.parser.shell;

import java.util.List;

/** One piece of a {@link ShellWord}: literal text, a quoted string or an expansion. */
public sealed interface WordPart extends ShellNode permits WordPart.Literal, WordPart.SingleQuoted,
        WordPart.AnsiCQuoted, WordPart.DoubleQuoted, WordPart.Parameter, WordPart.CommandSubstitution,
        WordPart.Arithmetic, WordPart.ProcessSubstitution, WordPart.ArrayLiteral {

    /** Unquoted text, backslash escapes removed: {@code a\ b} is {@code a b}. */
    record Literal(String value, int start, int end) implements WordPart {
    }

    /** {@code 'text'}: taken verbatim. */
    record SingleQuoted(String value, int start, int end) implements WordPart {
    }

    /** {@code $'text'}: bash's string with C escapes ({@code \n}, {@code \x41}, …) decoded. */
    record AnsiCQuoted(String value, int start, int end) implements WordPart {
    }

    /** {@code "text"} (or bash's {@code $"text"}): literal text and expansions. */
    record DoubleQuoted(List<WordPart> parts, int start, int end) implements WordPart {
        public DoubleQuoted {
            parts = List.copyOf(parts);
        }
    }

    /**
     * {@code $name}, {@code $1}, {@code $@} or {@code ${…}}.
     *
     * @param name the parameter, e.g. {@code PATH} ({@code ${#PATH}} and {@code ${!ref}} give {@code PATH} and {@code ref})
     * @param braced written with braces
     * @param operand what follows the name inside the braces ({@code :-default}, {@code /a/b}, …), parsed as a word
     * @param text the expansion as written
     */
    record Parameter(String name, boolean braced, List<WordPart> operand, String text, int start, int end)
            implements WordPart {
        public Parameter {
            operand = List.copyOf(operand);
        }
    }

    /**
     * {@code $(commands)} or {@code `commands`}: the commands are part of the script.
     *
     * @param backquoted written with backquotes
     * @param text the substitution as written
     */
    record CommandSubstitution(CommandList body, boolean backquoted, String text, int start, int end)
            implements WordPart {
    }

    /** {@code $((expression))}: the expression is kept as text. */
    record Arithmetic(String expression, String text, int start, int end) implements WordPart {
    }

    /** bash's {@code <(commands)} or {@code >(commands)}. */
    record ProcessSubstitution(boolean input, CommandList body, String text, int start, int end) implements WordPart {
    }

    /** bash's array value in an assignment: {@code a=(x y z)}. */
    record ArrayLiteral(List<ShellWord> elements, String text, int start, int end) implements WordPart {
        public ArrayLiteral {
            elements = List.copyOf(elements);
        }
    }
}
