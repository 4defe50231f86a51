package io.github.dftk.parser;

/**
 * How BuildKit's parser turns the text after an instruction's keyword and flags into its
 * argument list (the line parsers of BuildKit's {@code line_parsers.go}).
 */
public enum ArgumentSyntax {
    /** JSON array of strings (exec form), else the whole text as one argument (RUN, CMD, ...). */
    MAYBE_JSON,
    /** JSON array of strings, else whitespace-separated words (COPY, ADD, VOLUME). */
    MAYBE_JSON_TO_LIST,
    /** Whitespace-separated words (FROM, EXPOSE). */
    WHITESPACE_DELIMITED,
    /** The whole text as one argument (USER, WORKDIR, ...). */
    STRING,
    /** {@code key=value} pairs or the legacy {@code key value} form (ENV, LABEL). */
    KEY_VALUE,
    /** Quote-aware words, each {@code name} or {@code name=value} (ARG). */
    NAME_OR_NAME_VALUE,
    /** A type word followed by a command (HEALTHCHECK). */
    HEALTHCHECK,
    /** Another instruction (ONBUILD). */
    SUB_COMMAND,
    /** Arguments not parsed: unknown keywords. */
    IGNORED
}
