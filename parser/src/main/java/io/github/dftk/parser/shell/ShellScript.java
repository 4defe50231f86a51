package io.github.dftk.parser.shell;

import io.github.dftk.ast.SourceRange;
import java.util.List;

/**
 * A parsed shell script: its commands, the problems found while reading it, and where its
 * text lies in the Dockerfile. Built by {@link ShellParser}.
 */
public final class ShellScript {

    private final String text;
    private final CommandList body;
    private final List<ParseProblem> problems;
    private final ScriptPositions positions;
    private volatile ScriptContents contents;

    ShellScript(String text, CommandList body, List<ParseProblem> problems, ScriptPositions positions) {
        this.text = text;
        this.body = body;
        this.problems = List.copyOf(problems);
        this.positions = positions;
    }

    public String text() {
        return text;
    }

    /** The top-level command list. */
    public CommandList body() {
        return body;
    }

    /** What the shell would reject, in script order; the tree is complete around them. */
    public List<ParseProblem> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public ScriptPositions positions() {
        return positions;
    }

    /** The Dockerfile range of a node of this script. */
    public SourceRange range(ShellNode node) {
        return positions.range(node.start(), node.end());
    }

    /**
     * Every simple command wherever it runs: in pipelines and lists, inside compound commands
     * and function bodies, in command and process substitutions (also those inside words,
     * assignments, redirections and here-document bodies). In the order written, a command
     * before the commands substituted in its words.
     */
    public List<SimpleCommand> commands() {
        return contents().commands();
    }

    /** The commands with one of these names (by name or path, see {@link SimpleCommand#isNamed}). */
    public List<SimpleCommand> commandsNamed(String... names) {
        return commands().stream().filter(c -> c.isNamed(names)).toList();
    }

    /** The pipelines of two or more commands ({@code a | b}), wherever they run. */
    public List<CommandList.Pipeline> pipes() {
        return contents().pipes();
    }

    private ScriptContents contents() {
        ScriptContents found = contents;
        if (found == null) {
            found = ScriptContents.of(body);
            contents = found;
        }
        return found;
    }

    @Override
    public String toString() {
        return text;
    }
}
