package io.github.dftk.lint.rules.shellcheck;

import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.parser.shell.ScriptPositions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * ShellCheck on every POSIX-shell RUN ({@link LintContext#shellRuns()}), as hadolint runs it:
 * the dialect from SHELL or {@code # hadolint shell=} (a heredoc's own {@code #!} line first;
 * shells ShellCheck does not know are skipped), the ARG and ENV names in scope and the proxy
 * variables declared, SC1090, SC1091 and SC2187 left out. Each comment is a finding
 * {@code SC<n>} with ShellCheck's message and severity at its exact place in the Dockerfile,
 * and ShellCheck's fix when it maps back cleanly. The RUNs of one file are checked by one
 * ShellCheck process per dialect.
 */
public final class ShellCheckRule implements Rule {

    static final RuleMeta META = new RuleMeta("SC", RuleFamily.SHELLCHECK, LintSeverity.WARNING, "shell",
            "ShellCheck's findings on RUN scripts, each under its own code SCnnnn with ShellCheck's severity"
                    + " (needs shellcheck installed)",
            "https://www.shellcheck.net/wiki/", true, false);

    /** Variables a build may set without a declaration (BuildKit's predefined proxy ARGs), as in hadolint. */
    private static final List<String> PROXIES = List.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy");

    private static final Pattern CODE = Pattern.compile("(?i)SC\\d+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ShellCheck shellCheck;

    public ShellCheckRule(ShellCheck shellCheck) {
        this.shellCheck = shellCheck;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public boolean reports(String code) {
        return CODE.matcher(code).matches() || META.code().equalsIgnoreCase(code);
    }

    /** A RUN and the text ShellCheck checks for it. */
    private record Checked(ShellRun run, CheckedScript script) {
    }

    @Override
    public void check(LintContext context) {
        if (!context.config().shellcheck()) {
            return;
        }
        Map<String, List<Checked>> byDialect = new LinkedHashMap<>();
        for (ShellRun run : context.shellRuns()) {
            dialect(run, context).ifPresent(dialect -> byDialect.computeIfAbsent(dialect, d -> new ArrayList<>())
                    .add(new Checked(run, CheckedScript.of(run.script().text(), variables(run, context)))));
        }
        for (Map.Entry<String, List<Checked>> group : byDialect.entrySet()) {
            List<Checked> checked = group.getValue();
            List<List<ShellCheckComment>> comments;
            try {
                comments = shellCheck.check(checked.stream().map(c -> c.script().text()).toList(), group.getKey());
            } catch (ShellCheckException e) {
                context.notice(e.getMessage());
                return; // said once: the other dialects would fail alike
            }
            for (int i = 0; i < checked.size(); i++) {
                for (ShellCheckComment comment : comments.get(i)) {
                    report(context, checked.get(i), comment);
                }
            }
        }
    }

    private void report(LintContext context, Checked checked, ShellCheckComment comment) {
        ScriptPositions positions = checked.run().script().positions();
        int start = checked.script().scriptOffset(comment.start()).orElse(0);
        int end = Math.max(start, checked.script().scriptOffset(comment.end()).orElse(start));
        Optional<Fix> fix = fix(context, checked, comment);
        RuleMeta code = new RuleMeta("SC" + comment.code(), RuleFamily.SHELLCHECK, comment.severity(), META.category(),
                META.description(), META.docUrl() + "SC" + comment.code(), fix.isPresent(), false);
        context.report(this, code, positions.range(start, end), comment.message(), fix);
    }

    /**
     * ShellCheck's replacements as Dockerfile edits, when each lies on text copied verbatim
     * from the Dockerfile (not across a line continuation) and adds no line break.
     */
    private static Optional<Fix> fix(LintContext context, Checked checked, ShellCheckComment comment) {
        if (comment.replacements().isEmpty()) {
            return Optional.empty();
        }
        ScriptPositions positions = checked.run().script().positions();
        String script = checked.script().script();
        List<TextEdit> edits = new ArrayList<>();
        for (ShellCheckComment.Replacement replacement : comment.replacements()) {
            Optional<Integer> start = checked.script().scriptOffset(replacement.start());
            Optional<Integer> end = checked.script().scriptOffset(replacement.end());
            if (start.isEmpty() || end.isEmpty() || end.get() < start.get() || replacement.text().contains("\n")) {
                return Optional.empty();
            }
            int from = positions.sourceOffset(start.get());
            int to = start.get().equals(end.get()) ? from : positions.sourceEnd(end.get());
            if (to < from || !context.text().substring(from, to).equals(script.substring(start.get(), end.get()))) {
                return Optional.empty();
            }
            edits.add(new TextEdit(context.parsed().range(from, to), replacement.text()));
        }
        return Optional.of(new Fix("Apply ShellCheck's fix for SC" + comment.code(), edits));
    }

    /** The heredoc's {@code #!} interpreter if it has one, else the shell in force; empty: not checked. */
    private static Optional<String> dialect(ShellRun run, LintContext context) {
        String script = run.script().text();
        if (script.startsWith("#!")) {
            int newline = script.indexOf('\n');
            return ShellDialect.of(script.substring(2, newline < 0 ? script.length() : newline));
        }
        return ShellDialect.of(context.pragmas().shellAt(run.instruction()).orElse("/bin/sh -c"));
    }

    /**
     * The names the script may use without assigning them: the proxy variables, the ARGs and
     * ENVs of the stage before the RUN and the ENVs of the stages it is built on. An ONBUILD
     * trigger runs in a later build, which sees this image's ENVs but none of its ARGs.
     */
    private static Set<String> variables(ShellRun run, LintContext context) {
        Set<String> names = new TreeSet<>(PROXIES);
        List<Instruction> scope = run.stage().map(Stage::instructions).orElseGet(() -> context.dockerfile().preamble());
        run.stage().ifPresent(stage -> inheritedEnv(stage, context.dockerfile().stages(), names));
        for (Instruction instruction : scope) {
            if (instruction == run.instruction() && !run.onbuild()) {
                break;
            }
            if (instruction instanceof EnvInstruction env) {
                env.pairs().stream().map(KeyValue::key).map(Word::text).forEach(names::add);
            } else if (instruction instanceof ArgInstruction arg && !run.onbuild()) {
                arg.declarations().stream().map(ArgDeclaration::name).map(Word::text).forEach(names::add);
            }
        }
        names.removeIf(name -> !NAME.matcher(name).matches());
        return names;
    }

    /** The ENV names of the stages {@code stage} is built FROM, transitively. */
    private static void inheritedEnv(Stage stage, List<Stage> stages, Set<String> names) {
        String image = stage.from().image().map(Word::text).orElse("");
        for (Stage earlier : stages.subList(0, stage.index())) {
            if (earlier.name().filter(image::equalsIgnoreCase).isPresent()) {
                for (Instruction instruction : earlier.instructions()) {
                    if (instruction instanceof EnvInstruction env) {
                        env.pairs().stream().map(KeyValue::key).map(Word::text).forEach(names::add);
                    }
                }
                inheritedEnv(earlier, stages, names);
                return;
            }
        }
    }
}
