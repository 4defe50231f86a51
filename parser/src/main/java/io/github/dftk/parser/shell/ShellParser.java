package io.github.dftk.parser.shell;

import io.github.dftk.ast.CommandLine;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.parser.ParseResult;
import java.util.List;
import java.util.Optional;

/**
 * Parses shell scripts (POSIX sh and the bash extensions common in Dockerfiles) into a
 * {@link ShellScript}. Never throws on any input: what the shell would reject is reported as
 * {@link ParseProblem}s and the rest of the script is still read.
 */
public final class ShellParser {

    private ShellParser() {
    }

    /** A script on its own; its ranges are lines and columns of the script. */
    public static ShellScript parse(String script) {
        return parse(script, ScriptPositions.ofScript(script));
    }

    /** A script whose text came from elsewhere, with where each offset lies. */
    public static ShellScript parse(String script, ScriptPositions positions) {
        return ScriptReader.read(script, positions);
    }

    /** The shell form of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD; ranges in the Dockerfile. */
    public static ShellScript parse(ParseResult parsed, CommandLine.ShellForm command) {
        return parse(command.script().text(), ScriptPositions.of(parsed, command.script()));
    }

    /** A here-document body run as a script; ranges in the Dockerfile. */
    public static ShellScript parse(ParseResult parsed, Heredoc heredoc) {
        // The body as written: tabs that <<- strips are blanks to the shell, and offsets stay exact.
        return parse(heredoc.content(), ScriptPositions.of(parsed, heredoc));
    }

    /**
     * The script a RUN hands to its shell, as BuildKit builds it: the command line alone; the
     * body of its one here-document when the line is only {@code <<EOF}; otherwise the line
     * followed by each body and terminator, so the here-documents feed the line's commands.
     * Empty for the exec form. Whether the script is shell at all (a {@code #!} line naming
     * another interpreter, a {@code SHELL} that is not POSIX) is for the caller to decide.
     */
    public static Optional<ShellScript> parse(ParseResult parsed, RunInstruction run) {
        if (!(run.command() instanceof CommandLine.ShellForm shell)) {
            return Optional.empty();
        }
        List<Heredoc> heredocs = run.syntax().heredocs();
        if (heredocs.isEmpty()) {
            return Optional.of(parse(parsed, shell));
        }
        String line = shell.script().text();
        Heredoc first = heredocs.get(0);
        if (heredocs.size() == 1 && line.strip().equals(markerText(parsed, first))) {
            return Optional.of(parse(parsed, first));
        }
        StringBuilder script = new StringBuilder(line);
        for (Heredoc heredoc : heredocs) {
            script.append('\n').append(heredoc.content()).append(heredoc.name());
        }
        return Optional.of(parse(script.toString(), ScriptPositions.of(parsed, shell.script(), heredocs)));
    }

    private static String markerText(ParseResult parsed, Heredoc heredoc) {
        return parsed.text().substring(heredoc.markerRange().startOffset(), heredoc.markerRange().endOffset());
    }
}
