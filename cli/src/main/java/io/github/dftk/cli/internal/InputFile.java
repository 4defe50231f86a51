package io.github.dftk.cli.internal;

import io.github.dftk.cli.Terminal;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file argument read into memory as bytes (BuildKit reads bytes, and so do we: decoding is
 * the parser's job).
 *
 * @param name how messages and output name it: the argument as given, or {@value #STDIN_NAME}
 * @param bytes the content
 */
public record InputFile(String name, byte[] bytes) {

    /** The argument that means standard input. */
    public static final String STDIN_ARGUMENT = "-";

    /** The name standard input goes by in messages and output. */
    public static final String STDIN_NAME = "<stdin>";

    /** Thrown when an argument cannot be read; the message is ready for the user. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String argument, String why, String fix) {
            super(argument + ": cannot read file — " + why + " — " + fix);
        }
    }

    /** Reads {@code argument} (a path relative to the terminal's working directory, or {@code -}). */
    public static InputFile read(String argument, Terminal terminal) throws UnreadableException {
        if (argument.equals(STDIN_ARGUMENT)) {
            try {
                return new InputFile(STDIN_NAME, terminal.in().readAllBytes());
            } catch (IOException e) {
                throw new UnreadableException(STDIN_NAME, reason(e), "check what is piped into dftk");
            }
        }
        Path path = terminal.workingDirectory().resolve(argument);
        if (Files.isDirectory(path)) {
            throw new UnreadableException(argument, "it is a directory",
                    "name the Dockerfile inside it, e.g. " + path.getFileSystem().getPath(argument, "Dockerfile"));
        }
        try {
            return new InputFile(argument, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new UnreadableException(argument, "no such file", "check the path");
        } catch (AccessDeniedException e) {
            throw new UnreadableException(argument, "permission denied", "check the file's permissions");
        } catch (IOException e) {
            throw new UnreadableException(argument, reason(e), "check that it is a readable file");
        } catch (OutOfMemoryError e) {
            throw new UnreadableException(argument, "it is too large to hold in memory", "pass a Dockerfile");
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
