package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;

/**
 * A label key outside Docker's recommendations: lower-case letters, digits, {@code .} and
 * {@code -}; starting with a letter and ending with a letter or digit; no {@code ..} or
 * {@code --}; not in the namespaces Docker reserves.
 */
public final class DL3048 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3048", LintSeverity.STYLE, "style",
            "Invalid label key (reserved namespace, bad characters, bad start or end, repeated separators)", false);

    private static final List<String> RESERVED = List.of("com.docker.", "io.docker.", "org.dockerproject.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof LabelInstruction label) {
                for (KeyValue pair : label.pairs()) {
                    if (!valid(Words.unquoted(pair.key().text()))) {
                        context.report(this, pair.key().range(), message());
                        break; // one finding per LABEL, as hadolint counts
                    }
                }
            }
        }
    }

    static boolean valid(String key) {
        if (key.isEmpty() || !lowerLetter(key.charAt(0))) {
            return false;
        }
        char last = key.charAt(key.length() - 1);
        if (!lowerLetter(last) && !digit(last)) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!lowerLetter(c) && !digit(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return !key.contains("..") && !key.contains("--") && RESERVED.stream().noneMatch(key::startsWith);
    }

    private static boolean lowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static String message() {
        return "Invalid label key.";
    }
}
