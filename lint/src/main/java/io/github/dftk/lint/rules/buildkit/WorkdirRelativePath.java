package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Word;
import io.github.dftk.ast.WorkdirInstruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.analysis.StageDispatch;
import io.github.dftk.parser.GoStrings;
import java.util.regex.Pattern;

/**
 * The first WORKDIR of a stage (and the stages built on it) when its expanded path is relative:
 * it then depends on the base image's working directory. Later relative WORKDIRs are not
 * reported, as fixing the first fixes them. No fix: only the author knows the intended
 * absolute path.
 */
public final class WorkdirRelativePath implements Rule {

    private static final RuleMeta META = CheckMetadata.of("WorkdirRelativePath", "best-practice",
            "Relative workdir without an absolute workdir declared within the build can have unexpected results "
                    + "if the base image changes", false);

    /** A Windows absolute path: optional drive letter, then a separator. */
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^([A-Za-z]:)?[\\\\/].*", Pattern.DOTALL);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String path) {
        return "Relative workdir " + GoStrings.quote(path) + " can have unexpected results if the base image changes";
    }

    @Override
    public void check(LintContext context) {
        StageDispatch.run(context, new StageDispatch.Listener() {
            @Override
            public void workdir(WorkdirInstruction instruction, Word word, String path, StageDispatch.State state) {
                boolean absolute = state.windows() ? WINDOWS_ABSOLUTE.matcher(path).matches() : path.startsWith("/");
                if (!state.workdirSet() && !absolute) {
                    context.report(WorkdirRelativePath.this, Locations.within(instruction, word.range()), message(path));
                }
            }
        });
    }
}
