package io.github.dftk.cli;

import io.github.dftk.ir.BuildOptions;
import io.github.dftk.ir.Platform;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code docker build} options that change what a Dockerfile builds, shared by graph commands. */
final class BuildOptionsMixin {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--build-arg", paramLabel = "K=V", description = "A build argument, as docker build --build-arg (repeatable).")
    Map<String, String> buildArgs = new LinkedHashMap<>();

    @Option(names = "--build-context", paramLabel = "NAME=VALUE", description = {
        "A named context, as docker buildx build --build-context (repeatable): VALUE is",
        "docker-image://REF, a git or http(s) URL, or a directory. It replaces the image,",
        "stage or --from source called NAME."})
    Map<String, String> buildContexts = new LinkedHashMap<>();

    @Option(names = "--target", paramLabel = "STAGE", description = "The stage to build (default: the last).")
    String target;

    @Option(names = "--platform", paramLabel = "OS/ARCH", description = "Target platform (default: the build platform).")
    String platform;

    @Option(names = "--build-platform", paramLabel = "OS/ARCH",
            description = "Platform of the machine running the build (default: linux/amd64).")
    String buildPlatform;

    BuildOptions options() {
        BuildOptions options = new BuildOptions(buildArgs, Optional.empty(), parse(buildPlatform, "--build-platform")
                .orElse(Platform.DEFAULT), Optional.ofNullable(target), buildContexts);
        Optional<Platform> targetPlatform = parse(platform, "--platform");
        return targetPlatform.map(options::withTargetPlatform).orElse(options);
    }

    private Optional<Platform> parse(String value, String option) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(Platform.parse(value).orElseThrow(() -> new ParameterException(spec.commandLine(),
                option + " " + value + ": not a platform — write os/arch[/variant], e.g. linux/arm64")));
    }
}
