package io.github.dftk.parser.shell;

import java.util.List;
import java.util.Optional;

/**
 * One command of a pipeline: a simple command or a compound one. Compound commands hold the
 * lists they run, so the commands inside them can be found (see {@link ShellScript#commands()}).
 */
public sealed interface ShellCommand extends ShellNode permits SimpleCommand, ShellCommand.Subshell,
        ShellCommand.BraceGroup, ShellCommand.IfCommand, ShellCommand.LoopCommand, ShellCommand.ForCommand,
        ShellCommand.CaseCommand, ShellCommand.FunctionDefinition, ShellCommand.ConditionalExpression,
        ShellCommand.ArithmeticCommand {

    /** The redirections written after the command (for a simple command: anywhere in it). */
    List<Redirect> redirects();

    /** {@code ( list )}: run in a child shell. */
    record Subshell(CommandList body, List<Redirect> redirects, int start, int end) implements ShellCommand {
        public Subshell {
            redirects = List.copyOf(redirects);
        }
    }

    /** {@code { list; }}: run in the current shell. */
    record BraceGroup(CommandList body, List<Redirect> redirects, int start, int end) implements ShellCommand {
        public BraceGroup {
            redirects = List.copyOf(redirects);
        }
    }

    /**
     * {@code if c; then b; elif c; then b; else b; fi}.
     *
     * @param branches the {@code if} branch, then each {@code elif}
     */
    record IfCommand(List<Branch> branches, Optional<CommandList> elseBody, List<Redirect> redirects, int start,
            int end) implements ShellCommand {
        public IfCommand {
            branches = List.copyOf(branches);
            redirects = List.copyOf(redirects);
        }
    }

    /** A condition and the list run when it succeeds. */
    record Branch(CommandList condition, CommandList body) {
    }

    /** {@code while c; do b; done} or {@code until c; do b; done}. */
    record LoopCommand(boolean until, CommandList condition, CommandList body, List<Redirect> redirects, int start,
            int end) implements ShellCommand {
        public LoopCommand {
            redirects = List.copyOf(redirects);
        }
    }

    /**
     * {@code for name [in words]; do b; done}, or bash's {@code for ((init; test; step))}.
     *
     * @param variable the loop variable (absent for the arithmetic form)
     * @param items the words after {@code in}; absent when there is no {@code in} (loop over {@code "$@"})
     * @param arithmetic the text between {@code ((} and {@code ))} of the arithmetic form
     */
    record ForCommand(Optional<ShellWord> variable, Optional<List<ShellWord>> items, Optional<String> arithmetic,
            CommandList body, List<Redirect> redirects, int start, int end) implements ShellCommand {
        public ForCommand {
            items = items.map(List::copyOf);
            redirects = List.copyOf(redirects);
        }
    }

    /** {@code case subject in pattern) list;; … esac}. */
    record CaseCommand(ShellWord subject, List<CaseItem> items, List<Redirect> redirects, int start, int end)
            implements ShellCommand {
        public CaseCommand {
            items = List.copyOf(items);
            redirects = List.copyOf(redirects);
        }
    }

    /**
     * One {@code pattern | pattern) list ;;} of a case command.
     *
     * @param terminator {@code ;;}, {@code ;&} or {@code ;;&}; absent before {@code esac}
     */
    record CaseItem(List<ShellWord> patterns, CommandList body, Optional<Operator> terminator, int start, int end)
            implements ShellNode {
        public CaseItem {
            patterns = List.copyOf(patterns);
        }
    }

    /** {@code name() body} or bash's {@code function name body}. */
    record FunctionDefinition(ShellWord name, ShellCommand body, List<Redirect> redirects, int start, int end)
            implements ShellCommand {
        public FunctionDefinition {
            redirects = List.copyOf(redirects);
        }
    }

    /** bash's {@code [[ expression ]]}: its words, brackets excluded, operators such as {@code &&} included. */
    record ConditionalExpression(List<ShellWord> words, List<Redirect> redirects, int start, int end)
            implements ShellCommand {
        public ConditionalExpression {
            words = List.copyOf(words);
            redirects = List.copyOf(redirects);
        }
    }

    /** bash's {@code (( expression ))}: the expression is kept as text. */
    record ArithmeticCommand(String expression, List<Redirect> redirects, int start, int end) implements ShellCommand {
        public ArithmeticCommand {
            redirects = List.copyOf(redirects);
        }
    }
}
