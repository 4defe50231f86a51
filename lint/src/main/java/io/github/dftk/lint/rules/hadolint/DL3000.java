package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.WorkdirInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * A relative WORKDIR depends on the working directory the base image happens to set. Not
 * fixable: which absolute directory was meant is unknown offline.
 */
public final class DL3000 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3000", LintSeverity.ERROR, "correctness",
            "WORKDIR with a relative path (not fixable: the base image's directory is unknown)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof WorkdirInstruction workdir && workdir.path().isPresent()
                    && !absolute(Words.unquoted(workdir.path().get().text()))) {
                Word path = workdir.path().get();
                context.report(this, path.range(), message());
            }
        }
    }

    /** Absolute on Linux or Windows ({@code C:\}, {@code C:/}), or a variable hadolint cannot judge. */
    private static boolean absolute(String path) {
        return path.startsWith("/") || path.startsWith("$")
                || (path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':');
    }

    static String message() {
        return "Use absolute WORKDIR.";
    }
}
