package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Stage;
import io.github.dftk.ir.Platform;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.analysis.GlobalArgs;
import io.github.dftk.parser.GoStrings;
import io.github.dftk.parser.shell.WordResult;
import java.util.Optional;

/**
 * {@code FROM --platform=linux/amd64}: a constant platform (no variable) pins the stage for
 * every target. Allowed when the stage's name contains the platform's OS or architecture
 * ({@code AS build_amd64}): then the pinning is on purpose. A value that is not a platform is
 * left to the build, which fails on it.
 */
public final class FromPlatformFlagConstDisallowed implements Rule {

    private static final RuleMeta META = CheckMetadata.of("FromPlatformFlagConstDisallowed", "best-practice",
            "FROM --platform flag should not use a constant value", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String platform) {
        return "FROM --platform flag should not use constant value " + GoStrings.quote(platform);
    }

    @Override
    public void check(LintContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            if (stage.from().platform().isEmpty() || stage.from().platform().get().valueOrEmpty().isEmpty()) {
                continue;
            }
            Flag flag = stage.from().platform().get();
            WordResult result = GlobalArgs.lexer(context).processWord(flag.valueOrEmpty(), name -> Optional.empty());
            if (!result.references().isEmpty()) {
                continue;
            }
            Optional<Platform> platform = Platform.parse(result.value());
            String name = StageName.of(stage).map(StageName::lowerCase).orElse("");
            if (platform.isPresent() && !name.contains(platform.get().os())
                    && !name.contains(platform.get().architecture())) {
                context.report(this, Locations.within(stage.from(), flag.range()), message(result.value()));
            }
        }
    }
}
