package io.github.dftk.cli;

import io.github.dftk.parser.DockerfileParser;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command talks to: the working directory file arguments are resolved against, the
 * three standard streams as bytes, the environment (config lookup, {@code HADOLINT_*},
 * {@code NO_COLOR}) and whether standard output is a terminal (colour). The process uses
 * {@link #system()}; tests pass their own and run commands in-process.
 *
 * <p>Text is written with {@link DockerfileParser#encode}: UTF-8, except that characters
 * standing for bytes that were not valid UTF-8 in the input are written back as those bytes,
 * so output quotes a Dockerfile exactly as it is on disk.
 */
public record Terminal(Path workingDirectory, InputStream in, PrintStream out, PrintStream err,
        Map<String, String> environment, boolean interactive) {

    public Terminal {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        environment = Map.copyOf(environment);
    }

    public static Terminal system() {
        // System.console() is null when either standard stream is redirected: no colour in pipes and files.
        return new Terminal(Path.of(""), System.in, System.out, System.err, System.getenv(), System.console() != null);
    }

    public void print(String text) {
        write(out, text);
    }

    public void printError(String text) {
        write(err, text);
    }

    private static void write(PrintStream stream, String text) {
        stream.writeBytes(DockerfileParser.encode(text));
        stream.flush();
    }
}
