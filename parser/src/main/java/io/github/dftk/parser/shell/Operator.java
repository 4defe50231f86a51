package io.github.dftk.parser.shell;

/**
 * A control or redirection operator as written in the script.
 *
 * @param kind what it is
 * @param start where it starts in the script
 * @param end where it ends
 */
public record Operator(Kind kind, int start, int end) implements ShellNode {

    /** The operators of POSIX sh and bash. */
    public enum Kind {
        AND("&&"), OR("||"), PIPE("|"), PIPE_BOTH("|&"), SEMICOLON(";"), BACKGROUND("&"), NEWLINE("\n"),
        CASE_BREAK(";;"), CASE_FALLTHROUGH(";&"), CASE_CONTINUE(";;&"), OPEN_PAREN("("), CLOSE_PAREN(")"),
        READ("<"), WRITE(">"), APPEND(">>"), CLOBBER(">|"), DUP_READ("<&"), DUP_WRITE(">&"), READ_WRITE("<>"),
        WRITE_BOTH("&>"), APPEND_BOTH("&>>"), HEREDOC("<<"), HEREDOC_STRIP_TABS("<<-"), HERESTRING("<<<");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isRedirection() {
            return ordinal() >= READ.ordinal();
        }

        /** Ends a command in a list ({@code ; & newline}), as opposed to joining two of them. */
        public boolean isListTerminator() {
            return this == SEMICOLON || this == BACKGROUND || this == NEWLINE;
        }
    }

    @Override
    public String toString() {
        return kind == Kind.NEWLINE ? "\\n" : kind.symbol;
    }
}
