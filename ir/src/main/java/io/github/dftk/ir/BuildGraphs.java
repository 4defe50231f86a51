package io.github.dftk.ir;

import io.github.dftk.ir.internal.GraphLowering;
import io.github.dftk.parser.ParseResult;

/** Entry point: lowers a parsed Dockerfile to its build graph. Never throws on user input. */
public final class BuildGraphs {

    private BuildGraphs() {
    }

    public static BuildGraph lower(ParseResult parsed, BuildOptions options) {
        return GraphLowering.lower(parsed, options);
    }
}
