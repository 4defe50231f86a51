package io.github.dftk.parser;

import java.util.Objects;

/**
 * One keyword the parser knows.
 *
 * @param name lower-case keyword
 * @param syntax how its arguments are split
 * @param factory builds the typed instruction
 * @param summary one line for completion and hover
 */
public record InstructionSpec(String name, ArgumentSyntax syntax, InstructionFactory factory, String summary) {

    public InstructionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(summary, "summary");
        if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("keyword names are lower case: " + name);
        }
    }
}
