package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.ExposeInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.lint.analysis.GlobalArgs;
import io.github.dftk.lint.analysis.StageDispatch;
import io.github.dftk.parser.shell.ShellLexer;
import java.util.List;

/**
 * An EXPOSE port with a host IP or a host port ({@code 127.0.0.1:80:80}, {@code 5000:5000}),
 * which EXPOSE cannot publish; once per port, after expansion.
 */
public final class ExposeInvalidFormat implements Rule {

    private static final RuleMeta META = CheckMetadata.of("ExposeInvalidFormat", "correctness",
            "IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a"
                    + " future release", true);

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
                            report(context, expose, port);
                        }
                    });
                }
            }
        });
    }

    /**
     * The fix keeps the container port: BuildKit exposes only it and drops the IP and host port,
     * so the image stays the same. Offered when the port is written verbatim (no variables or quotes).
     */
    private void report(LintContext context, ExposeInstruction expose, ExposedPort port) {
        Word word = port.word();
        SourceRange at = Locations.within(expose, word.range());
        String message = message(port.raw());
        if (port.raw().equals(word.text()) && Locations.verbatim(word, context.text())) {
            String raw = port.raw();
            String container = raw.substring(raw.lastIndexOf(':', port.protoStart() < 0 ? raw.length() : port.protoStart()) + 1);
            context.report(this, at, message, new Fix("Expose " + container, List.of(new TextEdit(word.range(), container))));
        } else {
            context.report(this, at, message);
        }
    }
}
