package io.github.dftk.lint.analysis;

import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Word;
import io.github.dftk.ir.BuildOptions;
import io.github.dftk.lint.LintContext;
import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import io.github.dftk.parser.shell.WordResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variables a FROM sees, as BuildKit's frontend computes them before dispatching any stage:
 * its automatic platform ARGs, then the ARGs before the first FROM in order, each taking its
 * build-arg value or else its default expanded with the ARGs above it. An ARG declared without
 * either is known but unset.
 */
public final class GlobalArgs {

    private static final LintContext.Analysis<GlobalArgs> WITH_BUILD_ARGS = context -> compute(context,
            context.input().build().buildArgs());
    private static final LintContext.Analysis<GlobalArgs> DEFAULTS = context -> compute(context, Map.of());

    private final Map<String, String> values;
    private final Set<String> declared;
    private final boolean failed;

    private GlobalArgs(Map<String, String> values, Set<String> declared, boolean failed) {
        this.values = values;
        this.declared = declared;
        this.failed = failed;
    }

    /** With the build's {@code --build-arg} values, as the build uses them; computed once per file. */
    public static GlobalArgs of(LintContext context) {
        return context.analysis(WITH_BUILD_ARGS);
    }

    /** From the ARG defaults alone, as BuildKit checks base images (InvalidDefaultArgInFrom); computed once per file. */
    public static GlobalArgs defaultsOf(LintContext context) {
        return context.input().build().buildArgs().isEmpty() ? of(context) : context.analysis(DEFAULTS);
    }

    private static GlobalArgs compute(LintContext context, Map<String, String> buildArgs) {
        BuildOptions build = context.input().build();
        Map<String, String> values = new LinkedHashMap<>(build.automaticArgs(build.target().orElse("default")));
        Set<String> declared = new LinkedHashSet<>();
        boolean failed = false;
        ShellLexer lexer = lexer(context);
        for (Instruction instruction : context.dockerfile().preamble()) {
            if (!(instruction instanceof ArgInstruction arg)) {
                continue;
            }
            for (ArgDeclaration declaration : arg.declarations()) {
                String name = declaration.name().text();
                declared.add(name);
                if (buildArgs.containsKey(name)) {
                    values.put(name, buildArgs.get(name));
                } else if (declaration.defaultValue().isPresent()) {
                    WordResult result = lexer.processWord(declaration.defaultValue().get().text(), env(values));
                    failed |= result.error().isPresent();
                    values.put(name, result.value());
                }
            }
        }
        return new GlobalArgs(values, declared, failed);
    }

    /** The lexer BuildKit expands instruction words with: plain, with the file's escape character. */
    public static ShellLexer lexer(LintContext context) {
        char escape = context.dockerfile().escapeChar();
        return escape == '\\' ? ShellLexer.DEFAULT : ShellLexer.builder().escape(escape).build();
    }

    /** {@code word} expanded with these variables. */
    public WordResult expand(ShellLexer lexer, Word word) {
        return lexer.processWord(word.text(), env(values));
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Whether a FROM may use the name: an ARG before the first FROM declares it, or BuildKit does. */
    public boolean isKnown(String name) {
        return declared.contains(name) || values.containsKey(name);
    }

    /** The known names, the declared ones first: the candidates of a "did you mean". */
    public List<String> names() {
        Set<String> names = new LinkedHashSet<>(declared);
        names.addAll(values.keySet());
        return new ArrayList<>(names);
    }

    /** Whether expanding a default failed: BuildKit then stops before checking base images. */
    public boolean failed() {
        return failed;
    }

    private static Env env(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
