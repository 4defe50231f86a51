package io.github.dftk.lsp;

import java.util.Map;
import java.util.Optional;

/** dftk's own short description of each Dockerfile instruction, shown on hover over its keyword. */
final class InstructionDocs {

    private static final Map<String, String> DOCS = Map.ofEntries(
            Map.entry("from", "Starts a build stage on a base image, or on an earlier stage by name. "
                    + "`AS name` names the stage for later `FROM` and `COPY --from`."),
            Map.entry("run", "Runs a command in a new layer at build time: shell form runs it through the stage's shell, "
                    + "exec form (a JSON array) runs the program directly."),
            Map.entry("cmd", "The default command (or the default arguments of `ENTRYPOINT`) of a container started "
                    + "from the image. Only the last `CMD` of a stage counts."),
            Map.entry("entrypoint", "The program a container runs; `CMD` and the arguments of `docker run` are passed to it. "
                    + "Prefer the exec form so that it receives signals."),
            Map.entry("shell", "Replaces the shell that shell-form `RUN`, `CMD` and `ENTRYPOINT` use "
                    + "(default `[\"/bin/sh\", \"-c\"]`)."),
            Map.entry("env", "Sets environment variables, for the rest of the stage's build and in containers "
                    + "run from the image."),
            Map.entry("label", "Adds key/value metadata to the image."),
            Map.entry("arg", "Declares a build argument, settable with `--build-arg`, with an optional default. "
                    + "Visible only in its stage (an `ARG` before the first `FROM` serves the `FROM` lines) "
                    + "and not kept in the image."),
            Map.entry("copy", "Copies files from the build context, an earlier stage (`--from`) or a heredoc into the image."),
            Map.entry("add", "Like `COPY`, and also fetches URLs and Git repositories and unpacks local tar archives. "
                    + "Prefer `COPY` when none of that is needed."),
            Map.entry("expose", "Documents the ports the container listens on; it publishes nothing by itself."),
            Map.entry("volume", "Marks paths as volumes: data written there lives outside the container's layer."),
            Map.entry("user", "The user (and group) that later instructions and the container run as."),
            Map.entry("workdir", "Sets the working directory for later instructions and the container, "
                    + "creating it if it is missing."),
            Map.entry("stopsignal", "The signal that asks the container to stop (default `SIGTERM`)."),
            Map.entry("healthcheck", "How the container checks that it is healthy (`CMD ...` with interval, timeout, "
                    + "retries), or `NONE` to turn off an inherited check."),
            Map.entry("onbuild", "An instruction stored in the image and run when another build uses it as its base."),
            Map.entry("maintainer", "Deprecated: the image's author. Use `LABEL org.opencontainers.image.authors=...`."));

    private InstructionDocs() {
    }

    /** The description of the instruction with this lower-case name; empty for an unknown keyword. */
    static Optional<String> of(String name) {
        return Optional.ofNullable(DOCS.get(name));
    }
}
