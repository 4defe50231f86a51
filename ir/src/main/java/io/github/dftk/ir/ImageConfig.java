package io.github.dftk.ir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The image configuration a stage produces (the OCI config BuildKit writes). Values from the
 * base image are unknown offline: {@code inheritsBaseImage} says whether the stage starts
 * from a registry image whose own settings would apply below these.
 *
 * @param env {@code KEY=value}, in order; an ENV of an existing name replaces it in place
 */
public record ImageConfig(boolean inheritsBaseImage, List<String> env, Optional<String> user,
        Optional<String> workdir, Optional<List<String>> cmd, Optional<List<String>> entrypoint,
        List<String> shell, Map<String, String> labels, List<String> exposedPorts, List<String> volumes,
        Optional<Healthcheck> healthcheck, Optional<String> stopSignal, List<String> onbuild) {

    /** BuildKit's PATH when the base image sets none (Linux). */
    public static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    public ImageConfig {
        env = List.copyOf(env);
        shell = List.copyOf(shell);
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        exposedPorts = List.copyOf(exposedPorts);
        volumes = List.copyOf(volumes);
        onbuild = List.copyOf(onbuild);
    }

    /** The start of a stage: scratch has only the default PATH; an image adds its own unknown settings. */
    public static ImageConfig start(boolean fromImage) {
        return new ImageConfig(fromImage, List.of("PATH=" + DEFAULT_PATH), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of("/bin/sh", "-c"), Map.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), List.of());
    }

    /** The value of an environment variable, if this config sets it. */
    public Optional<String> envValue(String name) {
        for (String entry : env) {
            int eq = entry.indexOf('=');
            if (entry.substring(0, eq).equals(name)) {
                return Optional.of(entry.substring(eq + 1));
            }
        }
        return Optional.empty();
    }

    public ImageConfig withEnv(String name, String value) {
        List<String> next = new ArrayList<>(env);
        String entry = name + "=" + value;
        boolean replaced = false;
        for (int i = 0; i < next.size(); i++) {
            String e = next.get(i);
            if (e.substring(0, e.indexOf('=')).equals(name)) {
                next.set(i, entry);
                replaced = true;
            }
        }
        if (!replaced) {
            next.add(entry);
        }
        return new ImageConfig(inheritsBaseImage, next, user, workdir, cmd, entrypoint, shell, labels, exposedPorts,
                volumes, healthcheck, stopSignal, onbuild);
    }

    public ImageConfig withUser(String value) {
        return new ImageConfig(inheritsBaseImage, env, Optional.of(value), workdir, cmd, entrypoint, shell, labels,
                exposedPorts, volumes, healthcheck, stopSignal, onbuild);
    }

    public ImageConfig withWorkdir(String value) {
        return new ImageConfig(inheritsBaseImage, env, user, Optional.of(value), cmd, entrypoint, shell, labels,
                exposedPorts, volumes, healthcheck, stopSignal, onbuild);
    }

    public ImageConfig withCmd(List<String> value) {
        return new ImageConfig(inheritsBaseImage, env, user, workdir, Optional.of(List.copyOf(value)), entrypoint,
                shell, labels, exposedPorts, volumes, healthcheck, stopSignal, onbuild);
    }

    /** ENTRYPOINT also clears a CMD inherited from the base image (not one set in this stage after it). */
    public ImageConfig withEntrypoint(List<String> value, boolean resetCmd) {
        return new ImageConfig(inheritsBaseImage, env, user, workdir, resetCmd ? Optional.empty() : cmd,
                Optional.of(List.copyOf(value)), shell, labels, exposedPorts, volumes, healthcheck, stopSignal, onbuild);
    }

    public ImageConfig withShell(List<String> value) {
        return new ImageConfig(inheritsBaseImage, env, user, workdir, cmd, entrypoint, value, labels, exposedPorts,
                volumes, healthcheck, stopSignal, onbuild);
    }

    public ImageConfig withLabel(String key, String value) {
        Map<String, String> next = new LinkedHashMap<>(labels);
        next.put(key, value);
        return new ImageConfig(inheritsBaseImage, env, user, workdir, cmd, entrypoint, shell, next, exposedPorts,
                volumes, healthcheck, stopSignal, onbuild);
    }

    public ImageConfig withExposedPort(String port) {
        List<String> next = new ArrayList<>(exposedPorts);
        if (!next.contains(port)) {
            next.add(port);
            next.sort(null);
        }
        return new ImageConfig(inheritsBaseImage, env, user, workdir, cmd, entrypoint, shell, labels, next, volumes,
                healthcheck, stopSignal, onbuild);
    }

    public ImageConfig withVolume(String path) {
        List<String> next = new ArrayList<>(volumes);
        if (!next.contains(path)) {
            next.add(path);
        }
        return new ImageConfig(inheritsBaseImage, env, user, workdir, cmd, entrypoint, shell, labels, exposedPorts,
                next, healthcheck, stopSignal, onbuild);
    }

    public ImageConfig withHealthcheck(Healthcheck value) {
        return new ImageConfig(inheritsBaseImage, env, user, workdir, cmd, entrypoint, shell, labels, exposedPorts,
                volumes, Optional.of(value), stopSignal, onbuild);
    }

    public ImageConfig withStopSignal(String value) {
        return new ImageConfig(inheritsBaseImage, env, user, workdir, cmd, entrypoint, shell, labels, exposedPorts,
                volumes, healthcheck, Optional.of(value), onbuild);
    }

    public ImageConfig withOnbuild(String expression) {
        List<String> next = new ArrayList<>(onbuild);
        next.add(expression);
        return new ImageConfig(inheritsBaseImage, env, user, workdir, cmd, entrypoint, shell, labels, exposedPorts,
                volumes, healthcheck, stopSignal, next);
    }
}
