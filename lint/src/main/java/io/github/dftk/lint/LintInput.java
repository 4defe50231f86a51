package io.github.dftk.lint;

import io.github.dftk.ir.BuildOptions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One file to lint.
 *
 * @param name      the name reported in findings (as given, or {@code --file-path-in-report})
 * @param bytes     the file's content
 * @param path      where the file is on disk, when it is a file: checks that read
 *                  {@code .dockerignore} look next to it
 * @param build     the build's inputs ({@code --build-arg}, {@code --platform}, …)
 */
public record LintInput(String name, byte[] bytes, Optional<Path> path, BuildOptions build) {

    public LintInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(build, "build");
    }

    /** Text given directly (an editor buffer, a test): no file on disk, default build options. */
    public static LintInput of(String name, String text) {
        return of(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Content without a file on disk, default build options. */
    public static LintInput of(String name, byte[] bytes) {
        return new LintInput(name, bytes, Optional.empty(), BuildOptions.defaults());
    }
}
