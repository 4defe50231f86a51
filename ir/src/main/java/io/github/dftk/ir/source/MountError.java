package io.github.dftk.ir.source;

/**
 * Why a {@code --mount} value is invalid, in BuildKit's words, and where: {@code offset} is the
 * char offset into the flag value of the field (or CSV character) at fault, 0 when the error is
 * about the mount as a whole.
 */
public record MountError(String message, int offset) implements MountParse {

    public MountError {
        java.util.Objects.requireNonNull(message, "message");
    }
}
