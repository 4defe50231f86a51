package io.github.dftk.parser.shell;

import java.util.ArrayList;
import java.util.List;

/** The simple commands and pipes of a script, found by walking every node that can hold commands. */
record ScriptContents(List<SimpleCommand> commands, List<CommandList.Pipeline> pipes) {

    static ScriptContents of(CommandList body) {
        ScriptContents found = new ScriptContents(new ArrayList<>(), new ArrayList<>());
        found.list(body);
        return new ScriptContents(List.copyOf(found.commands), List.copyOf(found.pipes));
    }

    // Indexed loops, no lambdas: this walk runs once per RUN of every linted file.

    private void list(CommandList list) {
        List<CommandList.AndOrList> items = list.items();
        for (int i = 0; i < items.size(); i++) {
            List<CommandList.Pipeline> pipelines = items.get(i).pipelines();
            for (int j = 0; j < pipelines.size(); j++) {
                CommandList.Pipeline pipeline = pipelines.get(j);
                if (pipeline.isPipe()) {
                    pipes.add(pipeline);
                }
                List<ShellCommand> commands = pipeline.commands();
                for (int k = 0; k < commands.size(); k++) {
                    command(commands.get(k));
                }
            }
        }
    }

    private void command(ShellCommand command) {
        if (command instanceof SimpleCommand simple) {
            commands.add(simple);
            List<Assignment> assignments = simple.assignments();
            for (int i = 0; i < assignments.size(); i++) {
                word(assignments.get(i).value());
            }
            if (simple.name().isPresent()) {
                word(simple.name().get());
            }
            words(simple.arguments());
        } else if (command instanceof ShellCommand.Subshell subshell) {
            list(subshell.body());
        } else if (command instanceof ShellCommand.BraceGroup group) {
            list(group.body());
        } else if (command instanceof ShellCommand.IfCommand ifCommand) {
            for (ShellCommand.Branch branch : ifCommand.branches()) {
                list(branch.condition());
                list(branch.body());
            }
            ifCommand.elseBody().ifPresent(this::list);
        } else if (command instanceof ShellCommand.LoopCommand loop) {
            list(loop.condition());
            list(loop.body());
        } else if (command instanceof ShellCommand.ForCommand forCommand) {
            forCommand.items().ifPresent(items -> items.forEach(this::word));
            list(forCommand.body());
        } else if (command instanceof ShellCommand.CaseCommand caseCommand) {
            word(caseCommand.subject());
            for (ShellCommand.CaseItem item : caseCommand.items()) {
                item.patterns().forEach(this::word);
                list(item.body());
            }
        } else if (command instanceof ShellCommand.FunctionDefinition function) {
            command(function.body());
        } else if (command instanceof ShellCommand.ConditionalExpression conditional) {
            words(conditional.words());
        }
        List<Redirect> redirects = command.redirects();
        for (int i = 0; i < redirects.size(); i++) {
            Redirect redirect = redirects.get(i);
            word(redirect.target());
            if (redirect.hereDocument().isPresent()) {
                parts(redirect.hereDocument().get().parts());
            }
        }
    }

    private void words(List<ShellWord> words) {
        for (int i = 0; i < words.size(); i++) {
            word(words.get(i));
        }
    }

    private void word(ShellWord word) {
        parts(word.parts());
    }

    private void parts(List<WordPart> parts) {
        for (int i = 0; i < parts.size(); i++) {
            WordPart part = parts.get(i);
            if (part instanceof WordPart.Literal) {
                continue; // by far the most common part, and it holds no commands
            }
            if (part instanceof WordPart.DoubleQuoted quoted) {
                parts(quoted.parts());
            } else if (part instanceof WordPart.Parameter parameter) {
                parts(parameter.operand());
            } else if (part instanceof WordPart.CommandSubstitution substitution) {
                list(substitution.body());
            } else if (part instanceof WordPart.ProcessSubstitution substitution) {
                list(substitution.body());
            } else if (part instanceof WordPart.ArrayLiteral array) {
                words(array.elements());
            }
        }
    }

}
