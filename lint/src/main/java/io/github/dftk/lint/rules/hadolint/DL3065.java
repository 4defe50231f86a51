package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Flag;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import java.util.List;

/** {@code FROM --platform=$TARGETPLATFORM} says what BuildKit does anyway; the fix removes the flag. */
public final class DL3065 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3065", LintSeverity.WARNING, "style",
            "FROM --platform=$TARGETPLATFORM, which is the default", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        String text = context.text();
        for (Stage stage : context.dockerfile().stages()) {
            if (stage.from().platform().isPresent()) {
                Flag platform = stage.from().platform().get();
                String value = platform.valueOrEmpty();
                if (value.equals("$TARGETPLATFORM") || value.equals("${TARGETPLATFORM}")) {
                    int end = platform.range().endOffset();
                    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                        end++;
                    }
                    SourceRange removal = new SourceRange(platform.range().startOffset(), end,
                            platform.range().startLine(), platform.range().startColumn(), platform.range().endLine(),
                            platform.range().endColumn() + (end - platform.range().endOffset()));
                    context.report(this, platform.range(), message(),
                            new Fix("Remove --platform", List.of(new TextEdit(removal, ""))));
                }
            }
        }
    }

    static String message() {
        return "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior";
    }
}
