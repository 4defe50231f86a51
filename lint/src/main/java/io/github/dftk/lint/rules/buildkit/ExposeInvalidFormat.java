package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.ExposeInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.shell.ShellLexer;

/**
 * An EXPOSE port with a host IP or a host port ({@code 127.0.0.1:80:80}, {@code 5000:5000}),
 * which EXPOSE cannot publish; once per port, after expansion.
 */
public final class ExposeInvalidFormat implements Rule {

    private static final RuleMeta META = CheckMetadata.of("ExposeInvalidFormat", "correctness",
            "IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a"
                    + " future release", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String port) {
        return "EXPOSE instruction should not define an IP address or host-port mapping, found '" + port + "'";
    }

    @Override
    public void check(LintContext context) {
        ShellLexer lexer = GlobalArgs.lexer(context);
        StageDispatch.run(context, new StageDispatch.Listener() {
            @Override
            public void before(Instruction instruction, StageDispatch.State state) {
                if (instruction instanceof ExposeInstruction expose) {
                    ExposedPort.forEach(expose, state.env(), lexer, port -> {
                        if (!port.ip().isEmpty() || !port.hostPort().isEmpty()) {
                            context.report(ExposeInvalidFormat.this, Locations.within(expose, port.word().range()),
                                    message(port.raw()));
                        }
                    });
                }
            }
        });
    }
}
