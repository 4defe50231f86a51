package io.github.dftk.parser.shell;

import io.github.dftk.ast.SourceRange;
import java.util.List;
import java.util.stream.Collectors;

/** A readable dump of a parsed script: the tree, the problems, then the commands as rules query them. */
final class ShellOutline {

    private final ShellScript script;
    private final StringBuilder out = new StringBuilder();

    private ShellOutline(ShellScript script) {
        this.script = script;
    }

    static String of(ShellScript script) {
        ShellOutline outline = new ShellOutline(script);
        outline.list(script.body(), 0);
        outline.out.append("problems:\n");
        for (ParseProblem problem : script.problems()) {
            outline.out.append("  ").append(outline.at(problem)).append(' ').append(problem.message()).append('\n');
        }
        outline.out.append("commands:\n");
        for (SimpleCommand command : script.commands()) {
            outline.command(command);
        }
        return outline.out.toString();
    }

    private String at(ShellNode node) {
        SourceRange range = script.range(node);
        return range.toString();
    }

    private void line(int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }

    private void list(CommandList list, int indent) {
        for (CommandList.AndOrList item : list.items()) {
            String joins = item.operators().stream().map(Operator::toString).collect(Collectors.joining(" "));
            line(indent, "and-or " + at(item) + (joins.isEmpty() ? "" : " [" + joins + "]")
                    + item.terminator().map(t -> " ends " + t).orElse(""));
            for (CommandList.Pipeline pipeline : item.pipelines()) {
                String pipes = pipeline.pipes().stream().map(Operator::toString).collect(Collectors.joining(" "));
                line(indent + 1, "pipeline " + at(pipeline) + (pipeline.negated() ? " !" : "")
                        + (pipeline.timed() ? " time" : "") + (pipes.isEmpty() ? "" : " [" + pipes + "]"));
                for (ShellCommand command : pipeline.commands()) {
                    command(command, indent + 2);
                }
            }
        }
    }

    private void command(ShellCommand command, int indent) {
        if (command instanceof SimpleCommand c) {
            line(indent, "simple " + at(c));
            for (Assignment a : c.assignments()) {
                line(indent + 1, "assign " + a.name() + (a.append() ? " +=" : " =") + " " + word(a.value()));
                parts(a.value().parts(), indent + 2);
            }
            c.name().ifPresent(w -> wordLine("name", w, indent + 1));
            c.arguments().forEach(w -> wordLine("arg", w, indent + 1));
        } else if (command instanceof ShellCommand.Subshell c) {
            line(indent, "subshell " + at(c));
            list(c.body(), indent + 1);
        } else if (command instanceof ShellCommand.BraceGroup c) {
            line(indent, "group " + at(c));
            list(c.body(), indent + 1);
        } else if (command instanceof ShellCommand.IfCommand c) {
            line(indent, "if " + at(c));
            for (ShellCommand.Branch branch : c.branches()) {
                line(indent + 1, "condition");
                list(branch.condition(), indent + 2);
                line(indent + 1, "then");
                list(branch.body(), indent + 2);
            }
            c.elseBody().ifPresent(body -> {
                line(indent + 1, "else");
                list(body, indent + 2);
            });
        } else if (command instanceof ShellCommand.LoopCommand c) {
            line(indent, (c.until() ? "until " : "while ") + at(c));
            line(indent + 1, "condition");
            list(c.condition(), indent + 2);
            line(indent + 1, "do");
            list(c.body(), indent + 2);
        } else if (command instanceof ShellCommand.ForCommand c) {
            line(indent, "for " + at(c) + c.variable().map(v -> " " + word(v)).orElse("")
                    + c.arithmetic().map(a -> " ((" + a + "))").orElse(""));
            c.items().ifPresent(items -> items.forEach(w -> wordLine("in", w, indent + 1)));
            line(indent + 1, "do");
            list(c.body(), indent + 2);
        } else if (command instanceof ShellCommand.CaseCommand c) {
            line(indent, "case " + at(c) + " " + word(c.subject()));
            for (ShellCommand.CaseItem item : c.items()) {
                line(indent + 1, "pattern " + item.patterns().stream().map(this::word).collect(Collectors.joining(" | "))
                        + item.terminator().map(t -> " ends " + t).orElse(""));
                list(item.body(), indent + 2);
            }
        } else if (command instanceof ShellCommand.FunctionDefinition c) {
            line(indent, "function " + at(c) + " " + word(c.name()));
            command(c.body(), indent + 1);
        } else if (command instanceof ShellCommand.ConditionalExpression c) {
            line(indent, "[[ " + at(c) + " " + c.words().stream().map(this::word).collect(Collectors.joining(" ")));
        } else if (command instanceof ShellCommand.ArithmeticCommand c) {
            line(indent, "(( " + at(c) + " " + c.expression());
        }
        for (Redirect r : command.redirects()) {
            line(indent + 1, "redirect " + at(r) + " " + r.fileDescriptor().orElse("") + r.operator() + " "
                    + word(r.target()));
            r.hereDocument().ifPresent(h -> {
                line(indent + 2, "heredoc " + h.delimiter() + (h.quoted() ? " quoted" : "")
                        + (h.stripTabs() ? " strip-tabs" : "") + " body " + quote(h.content())
                        + (h.hasBody() ? "" : " (no body)"));
                parts(h.parts(), indent + 3);
            });
        }
    }

    private void wordLine(String label, ShellWord w, int indent) {
        line(indent, label + " " + word(w));
        parts(w.parts(), indent + 1);
    }

    /** {@code 1:1-1:4 'text'}, then {@code => 'value'} when quote removal changes it. */
    private String word(ShellWord w) {
        return at(w) + " " + quote(w.text()) + (w.value().equals(w.text()) ? "" : " => " + quote(w.value()));
    }

    private void parts(List<WordPart> parts, int indent) {
        for (WordPart part : parts) {
            if (part instanceof WordPart.DoubleQuoted p) {
                parts(p.parts(), indent);
            } else if (part instanceof WordPart.Parameter p) {
                line(indent, "parameter " + at(p) + " " + p.name() + (p.braced() ? " braced" : ""));
                parts(p.operand(), indent + 1);
            } else if (part instanceof WordPart.CommandSubstitution p) {
                line(indent, (p.backquoted() ? "backquoted " : "substitution ") + at(p));
                list(p.body(), indent + 1);
            } else if (part instanceof WordPart.ProcessSubstitution p) {
                line(indent, "process-substitution " + at(p) + (p.input() ? " <" : " >"));
                list(p.body(), indent + 1);
            } else if (part instanceof WordPart.Arithmetic p) {
                line(indent, "arithmetic " + at(p) + " " + quote(p.expression()));
            } else if (part instanceof WordPart.ArrayLiteral p) {
                line(indent, "array " + at(p));
                p.elements().forEach(w -> wordLine("element", w, indent + 1));
            }
        }
    }

    private void command(SimpleCommand c) {
        StringBuilder text = new StringBuilder("  ").append(at(c)).append(' ').append(quote(c.commandName()));
        text.append(" args=").append(c.argumentValues().stream().map(ShellOutline::quote).toList());
        text.append(" flags=").append(c.flags().stream().map(f -> f.name() + f.value().map(v -> "=" + v).orElse(""))
                .toList());
        text.append(" operands=").append(c.operands().stream().map(w -> quote(w.value())).toList());
        c.subcommand().ifPresent(sub -> text.append(" subcommand=").append(quote(sub)));
        List<PackageArgument> packages = c.packages();
        if (!packages.isEmpty()) {
            text.append(" packages=").append(packages.stream()
                    .map(p -> p.name() + p.version().map(v -> "(" + p.separator() + ")" + v).orElse("")).toList());
        }
        out.append(text).append('\n');
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r").replace("'", "\\'") + "'";
    }
}
