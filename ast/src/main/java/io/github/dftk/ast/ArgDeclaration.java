package io.github.dftk.ast;

import java.util.Optional;

/** One name of an ARG instruction, with its default value if one is given. */
public record ArgDeclaration(Word name, Optional<Word> defaultValue, SourceRange range) {
}
