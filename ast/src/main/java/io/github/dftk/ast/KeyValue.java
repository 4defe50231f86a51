package io.github.dftk.ast;

/**
 * One pair of ENV or LABEL.
 *
 * @param legacyForm written as {@code KEY value} rather than {@code KEY=value}
 */
public record KeyValue(Word key, Word value, boolean legacyForm, SourceRange range) {
}
