package io.github.dftk.parser.shell;

/**
 * Receives expanded text. Unquoted characters and unquoted variable values may be split into
 * words at whitespace; quoted and escaped characters never are.
 */
interface WordSink {

    /** An unquoted, unescaped source character. */
    void literal(int codePoint);

    /** The value of an unquoted substitution. */
    void expansion(String value);

    /** A quoted or escaped character. */
    void verbatim(int codePoint);

    /** Quoted text, e.g. a variable value inside double quotes. */
    void verbatim(String text);
}
