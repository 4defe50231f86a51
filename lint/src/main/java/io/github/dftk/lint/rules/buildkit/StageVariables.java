package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.Stage;
import io.github.dftk.ir.BuildOptions;
import io.github.dftk.ir.ImageConfig;
import io.github.dftk.ir.Platform;
import io.github.dftk.lint.LintContext;
import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables BuildKit expands an instruction's words with, stage by stage as it dispatches
 * them: the global ARGs (the automatic platform ARGs, then those before the first FROM, each
 * with its {@code --build-arg} or default), and in a stage what its base stage ended with (or
 * {@code PATH} for an image, whose own config is unknown offline), then its ARGs and ENVs in
 * order, the last write of a name winning.
 */
final class StageVariables {

    /** Called for each stage instruction with the variables before it; {@code env} is valid during the call only. */
    interface Visitor {
        void visit(Stage stage, Instruction instruction, Env env);
    }

    private final Dockerfile file;
    private final BuildOptions options;
    private final ShellLexer lexer;
    private final Map<String, String> global;

    private StageVariables(Dockerfile file, BuildOptions options) {
        this.file = file;
        this.options = options;
        this.lexer = ShellLexer.builder().escape(file.escapeChar()).build();
        this.global = globals();
    }

    static void walk(LintContext context, Visitor visitor) {
        new StageVariables(context.dockerfile(), context.input().build()).walk(visitor);
    }

    /** For each stage, the index of the earlier stage its FROM names, or -1 (an image or scratch). */
    static int[] bases(LintContext context) {
        return new StageVariables(context.dockerfile(), context.input().build()).bases(context.dockerfile().stages());
    }

    private void walk(Visitor visitor) {
        List<Stage> stages = file.stages();
        int[] bases = bases(stages);
        List<Map<String, String>> ends = new ArrayList<>(stages.size());
        for (Stage stage : stages) {
            int base = bases[stage.index()];
            Map<String, String> vars = base >= 0 ? new LinkedHashMap<>(ends.get(base))
                    : new LinkedHashMap<>(Map.of("PATH", ImageConfig.DEFAULT_PATH));
            Env env = name -> Optional.ofNullable(vars.get(name));
            for (Instruction instruction : stage.instructions()) {
                visitor.visit(stage, instruction, env);
                if (instruction instanceof ArgInstruction arg) {
                    for (ArgDeclaration declaration : arg.declarations()) {
                        declare(vars, declaration, env, global);
                    }
                } else if (instruction instanceof EnvInstruction set) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (KeyValue pair : set.pairs()) {
                        values.put(expand(pair.key().text(), env), expand(pair.value().text(), env));
                    }
                    vars.putAll(values);
                }
            }
            ends.add(vars);
        }
    }

    private int[] bases(List<Stage> stages) {
        Env globals = name -> Optional.ofNullable(global.get(name));
        int[] bases = new int[stages.size()];
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (Stage stage : stages) {
            // BuildKit looks the expanded FROM value up among the lower-cased names of earlier stages, as written
            String base = stage.from().image().map(w -> expand(w.text(), globals)).orElse("");
            bases[stage.index()] = byName.getOrDefault(base, -1);
            stage.name().ifPresent(name -> byName.put(name, stage.index()));
        }
        return bases;
    }

    private Map<String, String> globals() {
        Platform target = options.effectiveTargetPlatform();
        Platform build = options.buildPlatform();
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("BUILDPLATFORM", build.toString());
        vars.put("BUILDOS", build.os());
        vars.put("BUILDOSVERSION", "");
        vars.put("BUILDARCH", build.architecture());
        vars.put("BUILDVARIANT", build.variant());
        vars.put("TARGETPLATFORM", target.toString());
        vars.put("TARGETOS", target.os());
        vars.put("TARGETOSVERSION", "");
        vars.put("TARGETARCH", target.architecture());
        vars.put("TARGETVARIANT", target.variant());
        vars.put("TARGETSTAGE", options.target().orElse("default"));
        vars.replaceAll((name, value) -> options.buildArgs().getOrDefault(name, value));
        Env env = name -> Optional.ofNullable(vars.get(name));
        for (Instruction instruction : file.preamble()) {
            if (instruction instanceof ArgInstruction arg) {
                for (ArgDeclaration declaration : arg.declarations()) {
                    declare(vars, declaration, env, Map.of());
                }
            }
        }
        return vars;
    }

    /** An ARG's value: its build arg, else its default, else the global ARG of that name; none leaves the name as it was. */
    private void declare(Map<String, String> vars, ArgDeclaration declaration, Env env, Map<String, String> outer) {
        String name = declaration.name().text();
        String value = options.buildArgs().get(name);
        if (value == null && declaration.defaultValue().isPresent()) {
            value = expand(declaration.defaultValue().get().text(), env);
        }
        if (value == null) {
            value = outer.get(name);
        }
        if (value != null) {
            vars.put(name, value);
        }
    }

    private String expand(String word, Env env) {
        return lexer.processWord(word, env).value();
    }
}
