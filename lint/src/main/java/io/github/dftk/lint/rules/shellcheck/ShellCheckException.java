package io.github.dftk.lint.rules.shellcheck;

/** ShellCheck could not check the scripts; the message is one line for the user. */
public final class ShellCheckException extends Exception {

    private static final long serialVersionUID = 1L;

    public ShellCheckException(String message) {
        super(message);
    }
}
