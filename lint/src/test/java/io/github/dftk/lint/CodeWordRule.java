package io.github.dftk.lint;

import io.github.dftk.ast.Instruction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test double: reports its code at each place an instruction's text spells it as a word (not
 * in a list after {@code =} or {@code ,}, so pragmas do not count), so {@code RUN echo DL3008
 * SC2086} yields one DL3008 and one SC2086 finding.
 */
public record CodeWordRule(String code, RuleFamily family, LintSeverity severity) implements Rule {

    public CodeWordRule(String code, RuleFamily family) {
        this(code, family, LintSeverity.WARNING);
    }

    @Override
    public RuleMeta meta() {
        return new RuleMeta(code, family, severity, "test", "names " + code, "https://example.invalid", false, false);
    }

    @Override
    public void check(LintContext context) {
        Pattern word = Pattern.compile("(?<![=,])\\b" + code + "\\b");
        for (Instruction instruction : context.dockerfile().instructions()) {
            Matcher m = word.matcher(context.text()).region(instruction.range().startOffset(),
                    instruction.range().endOffset());
            while (m.find()) {
                context.report(this, context.parsed().range(m.start(), m.end()), "found " + code);
            }
        }
    }
}
