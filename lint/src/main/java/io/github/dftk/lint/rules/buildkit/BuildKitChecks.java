package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.lint.Rule;
import java.util.List;

/**
 * BuildKit's build checks ({@code docker build --check}), in BuildKit's rule-table order.
 * {@code InvalidBaseImagePlatform} is not here: it compares the platform of the pulled base
 * image with the target, which needs a registry.
 */
public final class BuildKitChecks {

    private BuildKitChecks() {
    }

    public static List<Rule> all() {
        return List.of(
                new StageNameCasing(),
                new FromAsCasing(),
                new NoEmptyContinuation(),
                new ConsistentInstructionCasing(),
                new DuplicateStageName(),
                new ReservedStageName(),
                new JSONArgsRecommended(),
                new MaintainerDeprecated(),
                new UndefinedArgInFrom(),
                new WorkdirRelativePath(),
                new UndefinedVar(),
                new MultipleInstructionsDisallowed(),
                new LegacyKeyValueFormat(),
                new RedundantTargetPlatform(),
                new SecretsUsedInArgOrEnv(),
                new InvalidDefaultArgInFrom(),
                new FromPlatformFlagConstDisallowed(),
                new CopyIgnoredFile(),
                new InvalidDefinitionDescription(),
                new ExposeProtoCasing(),
                new ExposeInvalidFormat());
    }
}
