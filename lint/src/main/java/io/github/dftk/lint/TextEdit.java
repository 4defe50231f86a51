package io.github.dftk.lint;

import io.github.dftk.ast.SourceRange;
import java.util.Objects;

/** Replace the text at {@code range} with {@code newText} (an empty range inserts). */
public record TextEdit(SourceRange range, String newText) {

    public TextEdit {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(newText, "newText");
    }
}
