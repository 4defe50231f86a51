package io.github.dftk.ast;

import java.util.List;

/** The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD: exec (JSON) form or shell form. */
public sealed interface CommandLine permits CommandLine.ExecForm, CommandLine.ShellForm {

    SourceRange range();

    /** {@code ["executable", "arg"]}: run directly, no shell. */
    record ExecForm(List<Word> arguments, SourceRange range) implements CommandLine {
        public ExecForm {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code command text}: handed to the stage's SHELL (default {@code /bin/sh -c}). */
    record ShellForm(Word script) implements CommandLine {
        @Override
        public SourceRange range() {
            return script.range();
        }
    }
}
