package io.github.dftk.parser;

import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.CommandLine;
import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.GoStrings;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * Test-side rendering of a parse: every typed field of every instruction (found through the
 * record components, so new fields show up in the goldens without test changes), heredocs,
 * and every diagnostic with its position.
 */
final class TypedOutline {

    private TypedOutline() {
    }

    static String of(ParseResult result) {
        StringBuilder out = new StringBuilder();
        out.append("# directives\n");
        result.dockerfile().directives().forEach(d -> out.append(d.range().start()).append(' ').append(d.name())
                .append('=').append(GoStrings.quote(d.value())).append('\n'));
        out.append("# instructions\n");
        for (Instruction instruction : result.dockerfile().instructions()) {
            out.append(range(instruction.range())).append(' ').append(instruction(instruction)).append('\n');
            if (!instruction.syntax().comments().isEmpty()) {
                out.append("    prev-comments ").append(value(instruction.syntax().comments().stream()
                        .map(c -> c.text()).toList())).append('\n');
            }
            for (Heredoc h : instruction.syntax().heredocs()) {
                out.append("    heredoc ").append(h.name()).append(" fd=").append(h.fileDescriptor())
                        .append(h.expand() ? " expand" : "").append(h.chomp() ? " chomp" : "")
                        .append(" marker@").append(h.markerRange()).append(" body@").append(h.bodyRange())
                        .append(" end@").append(h.terminatorRange()).append(' ')
                        .append(GoStrings.quote(h.content())).append('\n');
            }
            for (SourceRange empty : instruction.syntax().emptyContinuationLines()) {
                out.append("    empty-continuation-line@").append(empty).append('\n');
            }
        }
        out.append("# comments\n");
        result.dockerfile().comments().forEach(c -> out.append(c.range().start()).append(' ')
                .append(GoStrings.quote(c.text())).append('\n'));
        out.append("# diagnostics\n");
        for (Diagnostic d : result.diagnostics()) {
            out.append(d.range()).append(' ').append(d.severity().label()).append(' ').append(d.code())
                    .append(result.syntaxErrors().contains(d) ? " (syntax)" : "").append(": ").append(d.text())
                    .append('\n');
        }
        return out.toString();
    }

    private static String instruction(Instruction instruction) {
        StringBuilder out = new StringBuilder(instruction.getClass().getSimpleName().replace("Instruction", ""));
        for (RecordComponent component : instruction.getClass().getRecordComponents()) {
            if (component.getName().equals("syntax")) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(instruction);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Optional<?> optional) {
                if (optional.isEmpty()) {
                    continue;
                }
                value = optional.get();
            }
            if (value instanceof List<?> list && list.isEmpty()) {
                continue;
            }
            out.append(' ').append(component.getName()).append('=').append(value(value));
        }
        if (instruction.syntax().json()) {
            out.append(" (json)");
        }
        return out.toString();
    }

    private static String value(Object value) {
        if (value instanceof Word w) {
            return GoStrings.quote(w.text()) + "@" + w.range();
        }
        if (value instanceof Flag f) {
            return f.text() + "@" + f.range();
        }
        if (value instanceof CommandLine.ExecForm exec) {
            return "exec" + value(exec.arguments());
        }
        if (value instanceof CommandLine.ShellForm shell) {
            return "shell(" + value(shell.script()) + ")";
        }
        if (value instanceof KeyValue kv) {
            return value(kv.key()) + (kv.legacyForm() ? " " : "=") + value(kv.value());
        }
        if (value instanceof ArgDeclaration arg) {
            return value(arg.name()) + arg.defaultValue().map(d -> "=" + value(d)).orElse("");
        }
        if (value instanceof Instruction nested) {
            return "{" + instruction(nested) + "}";
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : list) {
                if (out.length() > 1) {
                    out.append(", ");
                }
                out.append(value(item));
            }
            return out.append(']').toString();
        }
        if (value instanceof String s) {
            return GoStrings.quote(s);
        }
        return String.valueOf(value);
    }

    private static String range(SourceRange range) {
        return range.startLine() == range.endLine() ? "L" + range.startLine()
                : "L" + range.startLine() + "-" + range.endLine();
    }
}
