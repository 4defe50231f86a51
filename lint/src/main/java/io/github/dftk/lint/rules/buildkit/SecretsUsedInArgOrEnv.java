package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.analysis.GlobalArgs;
import io.github.dftk.lint.analysis.StageDispatch;
import io.github.dftk.parser.GoStrings;
import io.github.dftk.parser.shell.ShellLexer;
import java.util.List;

/**
 * An ARG or ENV in a stage whose name says it holds a secret: its first or last
 * {@code _}-separated word (or the whole name) is a secret word such as {@code password} or
 * {@code token}, unless one is {@code public}, {@code file} or {@code version}. ARG names are
 * taken as written, ENV names after expansion, as BuildKit checks them when it dispatches the
 * stage; the ARGs before the first FROM are not checked.
 */
public final class SecretsUsedInArgOrEnv implements Rule {

    private static final RuleMeta META = CheckMetadata.of("SecretsUsedInArgOrEnv", "security",
            "Sensitive data should not be used in the ARG or ENV commands", false);

    /** Words of a name (split at {@code _}) that make it a secret, and words that make it not one. */
    private static final List<String> SECRET = List.of("apikey", "auth", "credential", "credentials", "key", "password",
            "pword", "passwd", "secret", "token");
    private static final List<String> ALLOWED = List.of("public", "file", "version");

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String keyword, String name) {
        return "Do not use ARG or ENV instructions for sensitive data (" + keyword + " " + GoStrings.quote(name) + ")";
    }

    @Override
    public void check(LintContext context) {
        ShellLexer lexer = GlobalArgs.lexer(context);
        StageDispatch.run(context, new StageDispatch.Listener() {
            @Override
            public void before(Instruction instruction, StageDispatch.State state) {
                if (instruction instanceof ArgInstruction arg) {
                    for (ArgDeclaration declaration : arg.declarations()) {
                        check(context, instruction, declaration.name(), "ARG", declaration.name().text());
                    }
                } else if (instruction instanceof EnvInstruction set) {
                    for (KeyValue pair : set.pairs()) {
                        check(context, instruction, pair.key(), "ENV",
                                lexer.processWord(pair.key().text(), state.env()).value());
                    }
                }
            }
        });
    }

    private void check(LintContext context, Instruction instruction, Word key, String keyword, String name) {
        if (hasWord(name, SECRET) && !hasWord(name, ALLOWED)) {
            context.report(this, Locations.within(instruction, key.range()), message(keyword, name));
        }
    }

    /** Whether a word of {@code name} between underscores is one of {@code words}, in any case (Unicode's). */
    private static boolean hasWord(String name, List<String> words) {
        for (String part : name.split("_", -1)) {
            for (String word : words) {
                if (part.equalsIgnoreCase(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
