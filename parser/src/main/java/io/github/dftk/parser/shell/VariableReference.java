package io.github.dftk.parser.shell;

import java.util.Objects;

/**
 * One {@code $NAME} or {@code ${NAME...}} occurrence that the lexer looked up.
 *
 * <p>Offsets are UTF-16 indices into the string given to the lexer; {@code end} is exclusive and
 * covers the whole construct, e.g. for {@code ${A:-x}} the span runs from {@code $} through the
 * closing brace. Positional and special parameters ({@code $1}, {@code $@}) are references too,
 * because BuildKit looks them up like any other name.
 *
 * @param name the variable name as written
 * @param start offset of the {@code $}
 * @param end offset just past the construct
 * @param set whether the environment defined the variable (possibly as empty)
 */
public record VariableReference(String name, int start, int end, boolean set) {

    public VariableReference {
        Objects.requireNonNull(name, "name");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
