package io.github.dftk.ast;

/**
 * The typed payload of an instruction added by an experimental proposal. Core modules know
 * nothing about it beyond this interface; the proposal that built it interprets it.
 */
public interface ExtensionNode {

    /** A one-line description for outlines and hovers. */
    String describe();
}
