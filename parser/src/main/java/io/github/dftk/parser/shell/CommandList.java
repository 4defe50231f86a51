package io.github.dftk.parser.shell;

import java.util.List;
import java.util.Optional;

/**
 * Commands run one after the other: the whole script, the body of a group, a loop or a
 * substitution. Each item is an and-or list with the operator that ends it ({@code ;}, {@code &}
 * or a newline; none for the last one).
 */
public record CommandList(List<AndOrList> items, int start, int end) implements ShellNode {

    public CommandList {
        items = List.copyOf(items);
    }

    /**
     * Pipelines joined by {@code &&} and {@code ||}: {@code operators.get(i)} joins pipeline
     * {@code i} and {@code i + 1}.
     *
     * @param terminator the {@code ;}, {@code &} or newline after it, if any
     */
    public record AndOrList(List<Pipeline> pipelines, List<Operator> operators, Optional<Operator> terminator,
            int start, int end) implements ShellNode {
        public AndOrList {
            pipelines = List.copyOf(pipelines);
            operators = List.copyOf(operators);
        }
    }

    /**
     * Commands joined by {@code |} or {@code |&}: {@code pipes.get(i)} joins command {@code i}
     * and {@code i + 1}.
     *
     * @param negated written with a leading {@code !}
     * @param timed written with bash's leading {@code time}
     */
    public record Pipeline(boolean negated, boolean timed, List<ShellCommand> commands, List<Operator> pipes,
            int start, int end) implements ShellNode {
        public Pipeline {
            commands = List.copyOf(commands);
            pipes = List.copyOf(pipes);
        }

        /** Whether this pipeline runs more than one command. */
        public boolean isPipe() {
            return commands.size() > 1;
        }
    }
}
