package io.github.dftk.ir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a build is asked for, as {@code docker build} options.
 *
 * @param buildArgs      {@code --build-arg K=V}
 * @param targetPlatform {@code --platform} (defaults to the build platform)
 * @param buildPlatform  the platform of the machine running the build
 * @param target         {@code --target}: the stage to build (defaults to the last)
 * @param buildContexts  {@code --build-context NAME=VALUE}: named contexts that replace an
 *                       image, a stage or a {@code --from} source of that name
 */
public record BuildOptions(Map<String, String> buildArgs, Optional<Platform> targetPlatform, Platform buildPlatform,
        Optional<String> target, Map<String, String> buildContexts) {

    public BuildOptions {
        buildArgs = Collections.unmodifiableMap(new LinkedHashMap<>(buildArgs));
        buildContexts = Collections.unmodifiableMap(new LinkedHashMap<>(buildContexts));
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Map.of(), Optional.empty(), Platform.DEFAULT, Optional.empty(), Map.of());
    }

    public Platform effectiveTargetPlatform() {
        return targetPlatform.orElse(buildPlatform);
    }

    /**
     * The ARGs BuildKit defines before the first FROM without any ARG instruction: the target and
     * build platform and their parts, and the target stage; a build arg of the same name
     * overrides one.
     *
     * @param targetStage the name of the stage being built ({@code default} when no target was asked for)
     */
    public Map<String, String> automaticArgs(String targetStage) {
        Platform target = effectiveTargetPlatform();
        Map<String, String> args = new LinkedHashMap<>();
        args.put("TARGETPLATFORM", target.toString());
        args.put("TARGETOS", target.os());
        args.put("TARGETARCH", target.architecture());
        args.put("TARGETVARIANT", target.variant());
        args.put("BUILDPLATFORM", buildPlatform.toString());
        args.put("BUILDOS", buildPlatform.os());
        args.put("BUILDARCH", buildPlatform.architecture());
        args.put("BUILDVARIANT", buildPlatform.variant());
        args.put("TARGETOSVERSION", "");
        args.put("BUILDOSVERSION", "");
        args.put("TARGETSTAGE", targetStage);
        args.replaceAll((name, value) -> buildArgs.getOrDefault(name, value));
        return args;
    }

    public BuildOptions withBuildArg(String key, String value) {
        Map<String, String> args = new LinkedHashMap<>(buildArgs);
        args.put(key, value);
        return new BuildOptions(args, targetPlatform, buildPlatform, target, buildContexts);
    }

    public BuildOptions withTarget(String stage) {
        return new BuildOptions(buildArgs, targetPlatform, buildPlatform, Optional.of(stage), buildContexts);
    }

    public BuildOptions withTargetPlatform(Platform platform) {
        return new BuildOptions(buildArgs, Optional.of(platform), buildPlatform, target, buildContexts);
    }

    public BuildOptions withBuildPlatform(Platform platform) {
        return new BuildOptions(buildArgs, targetPlatform, platform, target, buildContexts);
    }

    public BuildOptions withBuildContext(String name, String value) {
        Map<String, String> contexts = new LinkedHashMap<>(buildContexts);
        contexts.put(name, value);
        return new BuildOptions(buildArgs, targetPlatform, buildPlatform, target, contexts);
    }
}
