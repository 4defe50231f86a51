package io.github.dftk.ir.source;

/** The outcome of reading one {@code --mount} value: a {@link Mount} or a {@link MountError}. */
public sealed interface MountParse permits Mount, MountError {
}
