package io.github.dftk.lint;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A fix: text edits that do not overlap, applied together.
 *
 * @param title what it does, for a code action ("Use lower case for the stage name")
 */
public record Fix(String title, List<TextEdit> edits) {

    public Fix {
        Objects.requireNonNull(title, "title");
        edits = List.copyOf(edits);
    }

    /** {@code text} with the edits applied. */
    public String apply(String text) {
        StringBuilder out = new StringBuilder(text);
        List<TextEdit> lastFirst = edits.stream()
                .sorted(Comparator.comparingInt((TextEdit e) -> e.range().startOffset()).reversed()).toList();
        for (TextEdit edit : lastFirst) {
            out.replace(edit.range().startOffset(), edit.range().endOffset(), edit.newText());
        }
        return out.toString();
    }
}
