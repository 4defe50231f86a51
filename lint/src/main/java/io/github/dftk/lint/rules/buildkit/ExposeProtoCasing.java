package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.ExposeInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.lint.analysis.GlobalArgs;
import io.github.dftk.lint.analysis.StageDispatch;
import io.github.dftk.parser.GoStrings;
import io.github.dftk.parser.shell.ShellLexer;
import java.util.List;

/**
 * An EXPOSE port whose protocol is not in lower case ({@code 80/TCP}), once per port, after
 * expansion. The fix lower-cases the protocol where the port is written literally.
 */
public final class ExposeProtoCasing implements Rule {

    private static final RuleMeta META = CheckMetadata.of("ExposeProtoCasing", "style",
            "Protocol in EXPOSE instruction should be lowercase", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String port) {
        return "Defined protocol '" + port + "' in EXPOSE instruction should be lowercase";
    }

    @Override
    public void check(LintContext context) {
        ShellLexer lexer = GlobalArgs.lexer(context);
        StageDispatch.run(context, new StageDispatch.Listener() {
            @Override
            public void before(Instruction instruction, StageDispatch.State state) {
                if (instruction instanceof ExposeInstruction expose) {
                    ExposedPort.forEach(expose, state.env(), lexer, port -> {
                        String lower = GoStrings.toLower(port.proto());
                        if (!lower.equals(port.proto())) {
                            report(context, expose, port, lower);
                        }
                    });
                }
            }
        });
    }

    private void report(LintContext context, ExposeInstruction expose, ExposedPort port, String lower) {
        Word word = port.word();
        String message = message(port.raw());
        if (port.raw().equals(word.text()) && Locations.verbatim(word, context.text())) {
            context.report(this, Locations.within(expose, word.range()), message, new Fix("Write '" + lower + "'",
                    List.of(new TextEdit(word.subRange(port.protoStart(), word.text().length(), context.text()), lower))));
        } else {
            context.report(this, Locations.within(expose, word.range()), message);
        }
    }
}
