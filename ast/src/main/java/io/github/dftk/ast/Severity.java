package io.github.dftk.ast;

/** How serious a diagnostic is. */
public enum Severity {
    /** The file does not parse or build as written. */
    ERROR,
    /** It builds, but probably not as intended, or it relies on deprecated syntax. */
    WARNING,
    /** Worth knowing; nothing is wrong. */
    INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
