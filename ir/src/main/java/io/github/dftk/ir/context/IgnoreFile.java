package io.github.dftk.ir.context;

import io.github.dftk.ast.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which .dockerignore a build uses, found as BuildKit's Dockerfile frontend finds it: first
 * {@code <Dockerfile>.dockerignore} next to the Dockerfile (for {@code -f build/app.Dockerfile},
 * {@code build/app.Dockerfile.dockerignore}), else {@code .dockerignore} at the context root.
 *
 * <p>An empty Dockerfile-specific file counts as absent: BuildKit receives its content as an
 * empty byte string, which it cannot tell from "not found", and falls back to the root file.
 * A root .dockerignore that is a symlink must stay inside the context, as the sender resolves
 * it there.
 *
 * @param path where the file is
 * @param dockerfileSpecific whether it is the {@code <Dockerfile>.dockerignore}
 */
public record IgnoreFile(Path path, boolean dockerfileSpecific) {

    /** The name of the file at the context root. */
    public static final String DEFAULT_NAME = ".dockerignore";

    /**
     * @param context the context directory
     * @param dockerfile the Dockerfile on disk, or null when it comes from standard input
     */
    public static Optional<IgnoreFile> find(Path context, Path dockerfile) {
        if (dockerfile != null && dockerfile.getFileName() != null) {
            Path specific = dockerfile.resolveSibling(dockerfile.getFileName() + DEFAULT_NAME);
            if (Files.isRegularFile(specific) && size(specific) > 0) {
                return Optional.of(new IgnoreFile(specific, true));
            }
        }
        Path root = context.resolve(DEFAULT_NAME);
        if (Files.isRegularFile(root) && insideContext(context, root)) {
            return Optional.of(new IgnoreFile(root, false));
        }
        return Optional.empty();
    }

    /** Reads and parses the file; {@code name} is how messages name it. */
    public DockerIgnore read(String name) throws ContextException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ContextException(new ContextProblem(name, 0, 0, Severity.ERROR,
                    ContextProblem.UNREADABLE, "cannot read file", e.getMessage() == null ? e.toString() : e.getMessage(),
                    "fix its permissions, or remove it"));
        }
        return DockerIgnore.parse(bytes, name);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 1; // unreadable: let read() report it
        }
    }

    private static boolean insideContext(Path context, Path file) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        try {
            return file.toRealPath().startsWith(context.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
