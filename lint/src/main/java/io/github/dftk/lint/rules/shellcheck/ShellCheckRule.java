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
import java.util.Comparator;
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
 * and ShellCheck's fix when it maps back cleanly. Each RUN's script is checked by its own
 * ShellCheck process, fed on standard input, the RUNs of one file side by side
 * ({@link ShellCheck}).
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
            if (run.execForm()) {
                continue; // no shell runs it: quoting advice would be noise
            }
            dialect(run, context).ifPresent(dialect -> byDialect.computeIfAbsent(dialect, d -> new ArrayList<>())
                    .add(new Checked(run, CheckedScript.of(run.script().text(), variables(run, context)))));
        }
        for (Map.Entry<String, List<Checked>> group : byDialect.entrySet()) {
            List<Checked> checked = group.getValue();
            List<String> texts = checked.stream().map(c -> c.script().text()).toList();
            // All cached: most likely the fix verifier re-checking a fixed file, whose own fixes nobody verifies.
            boolean verifying = shellCheck.cached(texts, group.getKey());
            List<List<ShellCheckComment>> comments;
            try {
                comments = shellCheck.check(texts, group.getKey());
            } catch (ShellCheckException e) {
                context.notice(e.getMessage());
                return; // said once: the other dialects would fail alike
            }
            List<String> fixedScripts = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                for (ShellCheckComment comment : comments.get(i)) {
                    report(context, checked.get(i), comment).ifPresent(fixedScripts::add);
                }
            }
            if (!verifying) {
                prepareFixVerification(fixedScripts, group.getKey());
            }
        }
    }

    /**
     * Checks every fixed script now, side by side: the fix verifier re-runs this rule on each
     * fixed file, one after the other, and then finds the results cached.
     */
    private void prepareFixVerification(List<String> fixedScripts, String dialect) {
        if (!fixedScripts.isEmpty()) {
            try {
                shellCheck.check(fixedScripts, dialect);
            } catch (ShellCheckException e) {
                // The verifier runs the check again and drops the fixes it cannot verify.
            }
        }
    }

    /** Reports the comment; returns the text ShellCheck checks once its fix is applied, if it has one. */
    private Optional<String> report(LintContext context, Checked checked, ShellCheckComment comment) {
        ScriptPositions positions = checked.run().script().positions();
        int start = checked.script().scriptOffset(comment.start()).orElse(0);
        int end = Math.max(start, checked.script().scriptOffset(comment.end()).orElse(start));
        Optional<List<ScriptEdit>> edits = scriptEdits(checked, comment);
        Optional<Fix> fix = edits.flatMap(e -> fix(context, checked, e)).map(e -> new Fix(
                "Apply ShellCheck's fix for SC" + comment.code(), e));
        RuleMeta code = new RuleMeta("SC" + comment.code(), RuleFamily.SHELLCHECK, comment.severity(), META.category(),
                META.description(), META.docUrl() + "SC" + comment.code(), fix.isPresent(), false);
        context.report(this, code, positions.range(start, end), comment.message(), fix);
        return fix.map(f -> checked.script().withScript(apply(checked.script().script(), edits.get())).text());
    }

    /** Replace {@code script[start, end)} with {@code text}. */
    private record ScriptEdit(int start, int end, String text) {
    }

    /** ShellCheck's replacements as edits of the script, unless one falls on dftk's added line or adds a line. */
    private static Optional<List<ScriptEdit>> scriptEdits(Checked checked, ShellCheckComment comment) {
        if (comment.replacements().isEmpty()) {
            return Optional.empty();
        }
        List<ScriptEdit> edits = new ArrayList<>();
        for (ShellCheckComment.Replacement replacement : comment.replacements()) {
            Optional<Integer> start = checked.script().scriptOffset(replacement.start());
            Optional<Integer> end = checked.script().scriptOffset(replacement.end());
            if (start.isEmpty() || end.isEmpty() || end.get() < start.get() || replacement.text().contains("\n")) {
                return Optional.empty();
            }
            edits.add(new ScriptEdit(start.get(), end.get(), replacement.text()));
        }
        return Optional.of(edits);
    }

    /** The edits in the Dockerfile, when each lies on text copied verbatim from it (not across a line continuation). */
    private static Optional<List<TextEdit>> fix(LintContext context, Checked checked, List<ScriptEdit> edits) {
        ScriptPositions positions = checked.run().script().positions();
        String script = checked.script().script();
        List<TextEdit> out = new ArrayList<>();
        for (ScriptEdit edit : edits) {
            int from = positions.sourceOffset(edit.start());
            int to = edit.start() == edit.end() ? from : positions.sourceEnd(edit.end());
            if (to < from || !context.text().substring(from, to).equals(script.substring(edit.start(), edit.end()))) {
                return Optional.empty();
            }
            out.add(new TextEdit(context.parsed().range(from, to), edit.text()));
        }
        return Optional.of(out);
    }

    /** The script with the edits applied, last first so that earlier offsets stay valid. */
    private static String apply(String script, List<ScriptEdit> edits) {
        StringBuilder out = new StringBuilder(script);
        edits.stream().sorted(Comparator.comparingInt(ScriptEdit::start).reversed())
                .forEach(edit -> out.replace(edit.start(), edit.end(), edit.text()));
        return out.toString();
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
