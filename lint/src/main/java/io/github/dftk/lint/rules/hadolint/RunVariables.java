package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.parser.shell.ShellWord;
import io.github.dftk.parser.shell.WordPart;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ARG and ENV variables a RUN sees, so that pinning rules judge {@code curl=${CURL_VERSION}}
 * or {@code apk add $PACKAGES} by their values (hadolint issues #341, #393). Variables are scoped
 * to the stage as BuildKit scopes them: a stage sees its own ARGs (a global ARG's default
 * through {@code ARG NAME}) and ENVs, and the ENVs of the stage it is built FROM; before the
 * first FROM (a file without one) the declarations so far count.
 * Read on first use: most package arguments have no variable.
 */
final class RunVariables {

    private final LintContext context;
    private final ShellRun run;
    private Map<String, Optional<String>> values;

    private RunVariables(LintContext context, ShellRun run) {
        this.context = context;
        this.run = run;
    }

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** Each RUN's variables, kept for the file: several rules ask about the same RUN. */
    private static final LintContext.Analysis<Map<ShellRun, RunVariables>> BY_RUN = context -> new IdentityHashMap<>();

    static RunVariables of(LintContext context, ShellRun run) {
        return context.analysis(BY_RUN).computeIfAbsent(run, r -> new RunVariables(context, r));
    }

    /** Each variable's value; empty for an ARG without default (given at build time). */
    Map<String, Optional<String>> values() {
        if (values == null) {
            values = read(context, run);
        }
        return values;
    }

    private static Map<String, Optional<String>> read(LintContext context, ShellRun run) {
        Map<String, Optional<String>> values = new HashMap<>();
        Map<String, Optional<String>> globalArgs = new HashMap<>();
        Map<String, Map<String, Optional<String>>> stageEnv = new HashMap<>();
        Map<String, Optional<String>> env = new HashMap<>();
        boolean inStage = false;
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction == run.instruction()) {
                break;
            }
            if (instruction instanceof FromInstruction from) {
                // a stage inherits its parent stage's ENV; ARGs end with the stage
                String base = from.image().map(w -> w.text().toLowerCase(Locale.ROOT)).orElse("");
                Map<String, Optional<String>> inherited = new HashMap<>(stageEnv.getOrDefault(base, Map.of()));
                from.stageName().ifPresent(n -> stageEnv.put(n.text().toLowerCase(Locale.ROOT), inherited));
                env = inherited;
                values = new HashMap<>(env);
                inStage = true;
            } else if (instruction instanceof ArgInstruction arg) {
                for (ArgDeclaration declaration : arg.declarations()) {
                    String name = declaration.name().text();
                    Optional<String> value = declaration.defaultValue().map(w -> Words.unquoted(w.text()));
                    // ARG NAME without a default in a stage takes the global ARG's default
                    values.put(name, value.or(() -> globalArgs.getOrDefault(name, Optional.empty())));
                    if (!inStage) {
                        globalArgs.put(name, value);
                    }
                }
            } else if (instruction instanceof EnvInstruction envInstruction) {
                for (KeyValue pair : envInstruction.pairs()) {
                    Optional<String> value = Optional.of(Words.unquoted(pair.value().text()));
                    values.put(pair.key().text(), value);
                    env.put(pair.key().text(), value);
                }
            }
        }
        return values;
    }

    /**
     * The words an argument stands for: itself without quotes when it has no variable; with the
     * variables this RUN knows replaced and split on blanks otherwise (unknown ones stay as
     * written). Empty when it uses an ARG whose value is given at build time: then the person
     * building chooses, and it counts as pinned.
     */
    Optional<List<String>> words(ShellWord word) {
        if (!word.hasExpansion()) {
            return Optional.of(List.of(word.value()));
        }
        StringBuilder out = new StringBuilder();
        if (!append(word.parts(), out)) {
            return Optional.empty();
        }
        String text = out.toString().strip();
        return Optional.of(text.isEmpty() ? List.of() : List.of(BLANKS.split(text)));
    }

    private boolean append(List<WordPart> parts, StringBuilder out) {
        for (WordPart part : parts) {
            if (part instanceof WordPart.Literal literal) {
                out.append(literal.value());
            } else if (part instanceof WordPart.SingleQuoted quoted) {
                out.append(quoted.value());
            } else if (part instanceof WordPart.AnsiCQuoted quoted) {
                out.append(quoted.value());
            } else if (part instanceof WordPart.DoubleQuoted quoted) {
                if (!append(quoted.parts(), out)) {
                    return false;
                }
            } else if (part instanceof WordPart.Parameter parameter && parameter.operand().isEmpty()
                    && values().containsKey(parameter.name())) {
                Optional<String> value = values().get(parameter.name());
                if (value.isEmpty()) {
                    return false;
                }
                out.append(value.get());
            } else if (part instanceof WordPart.Parameter parameter) {
                out.append(parameter.text());
            } else {
                out.append(written(part));
            }
        }
        return true;
    }

    /** Whether every word the argument stands for passes {@code pinned} (an ARG given at build time does). */
    boolean allMatch(ShellWord word, java.util.function.Predicate<String> pinned) {
        return words(word).map(w -> w.stream().allMatch(pinned)).orElse(true);
    }

    private static String written(WordPart part) {
        if (part instanceof WordPart.CommandSubstitution s) {
            return s.text();
        } else if (part instanceof WordPart.Arithmetic a) {
            return a.text();
        } else if (part instanceof WordPart.ProcessSubstitution s) {
            return s.text();
        } else if (part instanceof WordPart.ArrayLiteral a) {
            return a.text();
        }
        return "";
    }
}
