package io.github.dftk.parser;

import io.github.dftk.parser.internal.AstBuilder;
import io.github.dftk.parser.internal.SourceText;
import java.util.List;

/**
 * Parses Dockerfiles exactly as BuildKit does. Never throws on user input: the result always
 * has an AST, and every problem is a diagnostic with an exact range. Thread-safe.
 */
public final class DockerfileParser {

    private DockerfileParser() {
    }

    public static ParseResult parse(String text) {
        return parse(text, ParseOptions.defaults());
    }

    public static ParseResult parse(String text, ParseOptions options) {
        AstBuilder.Built built = AstBuilder.build(text, options);
        return new ParseResult(options.sourceName(), text, built.dockerfile(), built.diagnostics(),
                built.syntaxErrors(), built.tokens());
    }

    /**
     * Only the tokens, as {@link ParseResult#tokens()} would give them, without parsing or
     * building the AST (syntax highlighting, benchmarks of the lexer).
     */
    public static List<SourceToken> tokenize(String text) {
        return AstBuilder.tokenize(text, ParseOptions.defaults());
    }

    /** Parses file bytes: UTF-8, with invalid bytes kept (see {@link #decode}). */
    public static ParseResult parse(byte[] bytes, ParseOptions options) {
        return parse(decode(bytes), options);
    }

    /**
     * Decodes Dockerfile bytes as UTF-8 without losing any: bytes that are not valid UTF-8
     * become U+DC80..U+DCFF and {@link #encode} turns them back into the same bytes.
     */
    public static String decode(byte[] bytes) {
        return SourceText.decode(bytes);
    }

    /** The inverse of {@link #decode}. */
    public static byte[] encode(String text) {
        return SourceText.encode(text);
    }
}
