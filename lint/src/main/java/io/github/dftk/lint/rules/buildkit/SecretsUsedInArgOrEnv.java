package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.lint.analysis.GlobalArgs;
import io.github.dftk.lint.analysis.InstructionWords;
import io.github.dftk.lint.analysis.StageDispatch;
import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.GoStrings;
import io.github.dftk.parser.shell.ShellLexer;
import java.util.regex.Pattern;

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

    private static final Pattern SECRET = words("apikey|auth|credential|credentials|key|password|pword|passwd|secret|token");
    private static final Pattern ALLOWED = words("public|file|version");

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
        if (SECRET.matcher(name).find() && !ALLOWED.matcher(name).find()) {
            context.report(this, Locations.within(instruction, key.range()), message(keyword, name));
        }
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?:_|^)(?:" + alternatives + ")(?:_|\\z)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
