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

    private void list(CommandList list) {
        for (CommandList.AndOrList item : list.items()) {
            for (CommandList.Pipeline pipeline : item.pipelines()) {
                if (pipeline.isPipe()) {
                    pipes.add(pipeline);
                }
                pipeline.commands().forEach(this::command);
            }
        }
    }

    private void command(ShellCommand command) {
        if (command instanceof SimpleCommand simple) {
            commands.add(simple);
            simple.assignments().forEach(a -> word(a.value()));
            simple.name().ifPresent(this::word);
            simple.arguments().forEach(this::word);
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
            conditional.words().forEach(this::word);
        }
        for (Redirect redirect : command.redirects()) {
            word(redirect.target());
            redirect.hereDocument().ifPresent(h -> parts(h.parts()));
        }
    }

    private void word(ShellWord word) {
        parts(word.parts());
    }

    private void parts(List<WordPart> parts) {
        for (WordPart part : parts) {
            if (part instanceof WordPart.DoubleQuoted quoted) {
                parts(quoted.parts());
            } else if (part instanceof WordPart.Parameter parameter) {
                parts(parameter.operand());
            } else if (part instanceof WordPart.CommandSubstitution substitution) {
                list(substitution.body());
            } else if (part instanceof WordPart.ProcessSubstitution substitution) {
                list(substitution.body());
            } else if (part instanceof WordPart.ArrayLiteral array) {
                array.elements().forEach(this::word);
            }
        }
    }

}
