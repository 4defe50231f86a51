package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.ExposeInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/** An EXPOSE port (or an end of a port range) above 65535; ports written with variables are not judged. */
public final class DL3011 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3011", LintSeverity.ERROR, "correctness",
            "EXPOSE port outside 0-65535", false);

    private static final long MAX_PORT = 65535;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof ExposeInstruction expose) {
                for (Word port : expose.ports()) {
                    if (outOfRange(Words.unquoted(port.text()))) {
                        context.report(this, port.range(), message());
                        break; // one finding per EXPOSE, as hadolint counts
                    }
                }
            }
        }
    }

    private static boolean outOfRange(String spec) {
        int slash = spec.indexOf('/');
        String ports = slash >= 0 ? spec.substring(0, slash) : spec;
        for (String port : ports.split("-", -1)) {
            if (!port.isEmpty() && port.chars().allMatch(Character::isDigit)
                    && (port.length() > 5 || Long.parseLong(port) > MAX_PORT)) {
                return true;
            }
        }
        return false;
    }

    static String message() {
        return "Valid UNIX ports range from 0 to 65535";
    }
}
