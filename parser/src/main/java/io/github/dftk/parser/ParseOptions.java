package io.github.dftk.parser;

import java.util.Objects;

/**
 * How to parse.
 *
 * @param sourceName the file name used in messages
 * @param registry the instruction keywords to recognise
 */
public record ParseOptions(String sourceName, KeywordRegistry registry) {

    public ParseOptions {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(registry, "registry");
    }

    public static ParseOptions defaults() {
        return new ParseOptions("Dockerfile", KeywordRegistry.standard());
    }

    public ParseOptions withSourceName(String name) {
        return new ParseOptions(name, registry);
    }

    public ParseOptions withRegistry(KeywordRegistry newRegistry) {
        return new ParseOptions(sourceName, newRegistry);
    }
}
