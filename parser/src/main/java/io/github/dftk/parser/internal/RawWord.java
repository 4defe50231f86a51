package io.github.dftk.parser.internal;

/** A word of a logical line with its logical offsets ({@code end} exclusive). */
public record RawWord(String text, int start, int end) {
}
