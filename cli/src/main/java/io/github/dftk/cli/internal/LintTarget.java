package io.github.dftk.cli.internal;

import io.github.dftk.cli.Terminal;
import io.github.dftk.lint.discovery.DockerfileFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code dftk lint} reads for one argument: the file named, standard input, or the
 * Dockerfiles {@link DockerfileFinder} finds under a directory; or why the argument gives nothing.
 */
public sealed interface LintTarget {

    /** A file to read, by the path that names it in reports (relative to the working directory, or absolute). */
    record File(String name) implements LintTarget {
    }

    /** Standard input, read when the arguments were expanded, so that it is read once and in order. */
    record Stdin(InputFile file) implements LintTarget {
    }

    /** A problem to report ({@code argument: what — why — fix}); the run exits 2. */
    record Problem(String message) implements LintTarget {
    }

    /** The targets of one argument, in order. */
    static List<LintTarget> of(String argument, Terminal terminal) {
        if (argument.equals(InputFile.STDIN_ARGUMENT)) {
            try {
                return List.of(new Stdin(InputFile.read(argument, terminal)));
            } catch (InputFile.UnreadableException e) {
                return List.of(new Problem(e.getMessage()));
            }
        }
        Path path = terminal.workingDirectory().resolve(argument);
        if (!Files.isDirectory(path)) {
            return List.of(new File(argument));
        }
        List<Path> found;
        try {
            found = DockerfileFinder.find(path);
        } catch (IOException e) {
            return List.of(new Problem(argument + ": cannot read directory — " + e.getMessage()
                    + " — check its permissions"));
        }
        if (found.isEmpty()) {
            return List.of(new Problem(argument + ": no Dockerfile found — looked for " + DockerfileFinder.NAMES
                    + " in it and below, except what .gitignore ignores — name a file or another directory"));
        }
        // Named as the user would type them: "." finds "Dockerfile", "app/" finds "app/Dockerfile".
        Path base = path.getFileSystem().getPath(argument);
        return found.stream().<LintTarget>map(file -> new File(base.resolve(file).normalize().toString())).toList();
    }
}
