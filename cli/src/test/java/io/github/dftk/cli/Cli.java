package io.github.dftk.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs {@code dftk} in-process through picocli's {@code CommandLine.execute}, capturing both output streams. */
final class Cli {

    private Cli() {
    }

    /** What one run produced. */
    record Result(int exit, byte[] outBytes, String err) {
        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }
    }

    static Result run(Path workingDirectory, String... args) {
        return run(workingDirectory, new byte[0], args);
    }

    static Result run(Path workingDirectory, byte[] stdin, String... args) {
        return run(workingDirectory, stdin, Map.of("HOME", workingDirectory.toAbsolutePath().toString()), args);
    }

    /**
     * Runs with exactly {@code environment} (never the real one: a developer's own
     * {@code ~/.hadolint.yaml} or {@code HADOLINT_*} must not change test results).
     */
    static Result run(Path workingDirectory, byte[] stdin, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(workingDirectory, new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment, false);
        int exit = Main.commandLine(terminal).execute(args);
        return new Result(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }
}
