package io.github.dftk.ir;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a build is asked for, as {@code docker build} options.
 *
 * @param buildArgs {@code --build-arg K=V}
 * @param targetPlatform {@code --platform} (defaults to the build platform)
 * @param buildPlatform the platform of the machine running the build
 * @param target {@code --target}: the stage to build (defaults to the last)
 */
public record BuildOptions(Map<String, String> buildArgs, Optional<Platform> targetPlatform, Platform buildPlatform,
        Optional<String> target) {

    public BuildOptions {
        buildArgs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(buildArgs));
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Map.of(), Optional.empty(), Platform.DEFAULT, Optional.empty());
    }

    public Platform effectiveTargetPlatform() {
        return targetPlatform.orElse(buildPlatform);
    }

    public BuildOptions withBuildArg(String key, String value) {
        Map<String, String> args = new LinkedHashMap<>(buildArgs);
        args.put(key, value);
        return new BuildOptions(args, targetPlatform, buildPlatform, target);
    }

    public BuildOptions withTarget(String stage) {
        return new BuildOptions(buildArgs, targetPlatform, buildPlatform, Optional.of(stage));
    }

    public BuildOptions withTargetPlatform(Platform platform) {
        return new BuildOptions(buildArgs, Optional.of(platform), buildPlatform, target);
    }

    public BuildOptions withBuildPlatform(Platform platform) {
        return new BuildOptions(buildArgs, targetPlatform, platform, target);
    }
}
