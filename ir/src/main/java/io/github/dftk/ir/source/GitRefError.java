package io.github.dftk.ir.source;

import java.util.Objects;

/**
 * Why a string is not a usable git reference, in BuildKit's words.
 *
 * @param message the error text (Go's, e.g. {@code unknown protocol}, {@code invalid argument},
 *                {@code ftp: invalid protocol}, or a query error such as
 *                {@code branch conflicts with tag})
 * @param git     true when the string <em>is</em> a git URL whose options are wrong: BuildKit
 *                then fails the {@code ADD} or the build context with this message. False when
 *                it is just not a git URL: {@code ADD} and contexts try HTTP or local instead
 */
public record GitRefError(String message, boolean git) implements GitRefParse {

    public GitRefError {
        Objects.requireNonNull(message, "message");
    }
}
