package io.github.dftk.cli.internal;

import io.github.dftk.ast.AddInstruction;
import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.AstVisitor;
import io.github.dftk.ast.CmdInstruction;
import io.github.dftk.ast.CommandLine;
import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Directive;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.EntrypointInstruction;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.ExperimentalInstruction;
import io.github.dftk.ast.ExposeInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.HealthcheckInstruction;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.ast.MaintainerInstruction;
import io.github.dftk.ast.OnbuildInstruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.ShellInstruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.StopSignalInstruction;
import io.github.dftk.ast.UnknownInstruction;
import io.github.dftk.ast.UserInstruction;
import io.github.dftk.ast.VolumeInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.ast.WorkdirInstruction;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A readable outline of a parsed Dockerfile: directives, the instructions before the first
 * FROM, then each stage with its instructions, one line each with its line number and key
 * fields. For people, not programs: the layout may change; use the JSON format to consume it.
 *
 * <pre>
 * Dockerfile: 2 stages, 5 instructions, escape \
 * stage 0 build
 *   1  FROM golang:1.22 AS build
 *   2  RUN shell: go build -o /app .
 * stage 1
 *   4  FROM scratch
 *   5  COPY --from=build /app -&gt; /app
 *   6  ENTRYPOINT exec: ["/app"]
 * </pre>
 */
public final class TreePrinter implements AstVisitor<String> {

    /** Longer values are cut (with "...") so that one instruction stays on one line. */
    static final int MAX_VALUE_CHARS = 72;

    private final String text;

    private TreePrinter(String text) {
        this.text = text;
    }

    /**
     * @param file the file name as the user gave it
     * @param text the parsed text (heredoc markers are shown as written)
     */
    public static String print(Dockerfile dockerfile, String file, String text) {
        TreePrinter printer = new TreePrinter(text);
        List<Stage> stages = dockerfile.stages();
        int width = Integer.toString(Math.max(1, dockerfile.range().endLine())).length();
        StringBuilder out = new StringBuilder(256);
        out.append(file).append(": ").append(count(stages.size(), "stage")).append(", ")
                .append(count(dockerfile.instructions().size(), "instruction"))
                .append(", escape ").append(dockerfile.escapeChar()).append('\n');
        if (!dockerfile.directives().isEmpty()) {
            out.append("directives\n");
            for (Directive d : dockerfile.directives()) {
                lineNumber(out, d.range().startLine(), width).append(d.name()).append('=').append(d.value()).append('\n');
            }
        }
        List<Instruction> preamble = dockerfile.preamble();
        if (!preamble.isEmpty()) {
            out.append("before the first stage\n");
            preamble.forEach(i -> printer.instruction(out, i, width));
        }
        for (Stage stage : stages) {
            out.append("stage ").append(stage.index());
            stage.from().stageName().ifPresent(name -> out.append(' ').append(printer.value(name.text())));
            out.append('\n');
            printer.instruction(out, stage.from(), width);
            stage.instructions().forEach(i -> printer.instruction(out, i, width));
        }
        return out.toString();
    }

    private void instruction(StringBuilder out, Instruction instruction, int width) {
        lineNumber(out, instruction.range().startLine(), width).append(instruction.accept(this)).append('\n');
        for (Heredoc h : instruction.syntax().heredocs()) {
            lineNumber(out, 0, width).append("  heredoc ")
                    .append(value(text.substring(h.markerRange().startOffset(), h.markerRange().endOffset())))
                    .append(": lines ").append(h.bodyRange().startLine()).append('-');
            if (h.terminatorRange().isEmpty()) {
                out.append("end (unterminated)");
            } else {
                out.append(h.terminatorRange().startLine());
            }
            out.append('\n');
        }
    }

    /** {@code "  12  "}, or blanks of the same width for line 0. */
    private static StringBuilder lineNumber(StringBuilder out, int line, int width) {
        String digits = line == 0 ? "" : Integer.toString(line);
        out.append("  ").append(" ".repeat(width - digits.length())).append(digits).append("  ");
        return out;
    }

    // ---- one line per instruction: KEYWORD [flags] key fields ----

    @Override
    public String visitFrom(FromInstruction i) {
        StringBuilder s = head(i);
        i.image().ifPresent(w -> s.append(' ').append(value(w.text())));
        i.stageName().ifPresent(w -> s.append(" AS ").append(value(w.text())));
        return s.toString();
    }

    @Override
    public String visitRun(RunInstruction i) {
        return head(i).append(' ').append(command(i.command())).toString();
    }

    @Override
    public String visitCmd(CmdInstruction i) {
        return head(i).append(' ').append(command(i.command())).toString();
    }

    @Override
    public String visitEntrypoint(EntrypointInstruction i) {
        return head(i).append(' ').append(command(i.command())).toString();
    }

    @Override
    public String visitShell(ShellInstruction i) {
        return head(i).append(' ').append(jsonList(i.shell())).toString();
    }

    @Override
    public String visitEnv(EnvInstruction i) {
        return pairs(head(i), i.pairs());
    }

    @Override
    public String visitLabel(LabelInstruction i) {
        return pairs(head(i), i.pairs());
    }

    @Override
    public String visitArg(ArgInstruction i) {
        StringBuilder s = head(i);
        for (ArgDeclaration d : i.declarations()) {
            s.append(' ').append(value(d.name().text()));
            d.defaultValue().ifPresent(v -> s.append('=').append(value(v.text())));
        }
        return s.toString();
    }

    @Override
    public String visitCopy(CopyInstruction i) {
        return transfer(head(i), i.sources(), i.destination());
    }

    @Override
    public String visitAdd(AddInstruction i) {
        return transfer(head(i), i.sources(), i.destination());
    }

    @Override
    public String visitExpose(ExposeInstruction i) {
        return words(head(i), i.ports());
    }

    @Override
    public String visitVolume(VolumeInstruction i) {
        return words(head(i), i.paths());
    }

    @Override
    public String visitUser(UserInstruction i) {
        return optional(head(i), i.user());
    }

    @Override
    public String visitWorkdir(WorkdirInstruction i) {
        return optional(head(i), i.path());
    }

    @Override
    public String visitStopSignal(StopSignalInstruction i) {
        return optional(head(i), i.signal());
    }

    @Override
    public String visitMaintainer(MaintainerInstruction i) {
        return optional(head(i), i.name());
    }

    @Override
    public String visitHealthcheck(HealthcheckInstruction i) {
        StringBuilder s = head(i);
        i.type().ifPresent(t -> s.append(' ').append(value(t.text().toUpperCase(Locale.ROOT))));
        i.command().ifPresent(c -> s.append(' ').append(command(c)));
        return s.toString();
    }

    @Override
    public String visitOnbuild(OnbuildInstruction i) {
        StringBuilder s = head(i);
        i.trigger().ifPresent(t -> s.append(' ').append(t.accept(this)));
        return s.toString();
    }

    @Override
    public String visitUnknown(UnknownInstruction i) {
        StringBuilder s = new StringBuilder(value(i.keyword().text())).append(" (unknown instruction");
        i.suggestion().ifPresent(suggestion -> s.append(", did you mean ").append(suggestion).append('?'));
        s.append(')');
        if (!i.syntax().rest().text().isEmpty()) {
            s.append(' ').append(value(i.syntax().rest().text()));
        }
        return s.toString();
    }

    @Override
    public String visitExperimental(ExperimentalInstruction i) {
        return head(i).append(" [").append(i.proposal()).append("] ").append(value(i.node().describe())).toString();
    }

    @Override
    public String visitDefault(Instruction i) {
        return head(i).append(' ').append(value(i.syntax().rest().text())).toString();
    }

    // ---- pieces ----

    /** The keyword, upper-cased as the reference writes it, and every flag as written. */
    private StringBuilder head(Instruction i) {
        StringBuilder s = new StringBuilder(value(i.keyword().name().toUpperCase(Locale.ROOT)));
        for (Flag flag : i.flags()) {
            s.append(' ').append(value(flag.text()));
        }
        return s;
    }

    private String command(CommandLine command) {
        if (command instanceof CommandLine.ExecForm exec) {
            return "exec: " + jsonList(exec.arguments());
        }
        return "shell: " + value(((CommandLine.ShellForm) command).script().text());
    }

    /** Words as a JSON-looking list, each quoted, e.g. {@code ["/app", "--port=80"]}. */
    private String jsonList(List<Word> words) {
        StringBuilder s = new StringBuilder("[");
        for (int k = 0; k < words.size(); k++) {
            if (k > 0) {
                s.append(", ");
            }
            s.append('"').append(words.get(k).text().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return value(s.append(']').toString());
    }

    private String pairs(StringBuilder s, List<KeyValue> pairs) {
        for (KeyValue pair : pairs) {
            s.append(' ').append(value(pair.key().text() + "=" + pair.value().text()));
        }
        return s.toString();
    }

    private String transfer(StringBuilder s, List<Word> sources, Optional<Word> destination) {
        words(s, sources);
        destination.ifPresent(d -> s.append(" -> ").append(value(d.text())));
        return s.toString();
    }

    private String words(StringBuilder s, List<Word> words) {
        for (Word w : words) {
            s.append(' ').append(value(w.text()));
        }
        return s.toString();
    }

    private String optional(StringBuilder s, Optional<Word> word) {
        word.ifPresent(w -> s.append(' ').append(value(w.text())));
        return s.toString();
    }

    /**
     * A value on one line: line breaks and tabs written as {@code \n}, {@code \t}, other
     * control characters as {@code \xNN}, cut at {@link #MAX_VALUE_CHARS} without splitting a
     * surrogate pair. Raw (non-UTF-8) bytes are kept and printed as they were read.
     */
    private String value(String raw) {
        StringBuilder s = new StringBuilder(Math.min(raw.length(), MAX_VALUE_CHARS + 8));
        for (int k = 0; k < raw.length(); k++) {
            if (s.length() >= MAX_VALUE_CHARS) {
                return s.append("...").toString();
            }
            char c = raw.charAt(k);
            if (c == '\n') {
                s.append("\\n");
            } else if (c == '\t') {
                s.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                s.append(String.format("\\x%02x", (int) c));
            } else {
                s.append(c);
                if (Character.isHighSurrogate(c) && k + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(k + 1))) {
                    s.append(raw.charAt(++k));
                }
            }
        }
        return s.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
