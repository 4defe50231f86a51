package io.github.dftk.ast;

import java.util.Locale;

/** The instruction keyword as written ({@code text}) and where. */
public record Keyword(String text, SourceRange range) {

    /** Lower-case name, as BuildKit dispatches on it. */
    public String name() {
        return text.toLowerCase(Locale.ROOT);
    }
}
