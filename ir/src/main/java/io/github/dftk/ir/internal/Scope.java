package io.github.dftk.ir.internal;

import io.github.dftk.ir.ImageConfig;
import io.github.dftk.parser.shell.Env;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables visible at a point of a stage, as BuildKit scopes them: the stage's ENV
 * (the image config) first, then the ARGs declared in the stage so far. An ARG declared
 * without a value and without a build-arg or global default is declared but unset.
 */
final class Scope {

    private final Map<String, String> args = new LinkedHashMap<>();

    /** Declares an ARG ({@code value} null: declared, no value). */
    void declare(String name, String value) {
        args.put(name, value);
    }

    boolean isDeclared(String name) {
        return args.containsKey(name);
    }

    /** The ARGs with a value, in declaration order: what RUN sees besides the ENV. */
    Map<String, String> argValues() {
        Map<String, String> out = new LinkedHashMap<>();
        args.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Expansion environment: ENV wins over ARG of the same name. */
    Env env(ImageConfig config) {
        return name -> {
            Optional<String> fromEnv = config.envValue(name);
            if (fromEnv.isPresent()) {
                return fromEnv;
            }
            return Optional.ofNullable(args.get(name));
        };
    }

    /** The environment of the global scope (before the first FROM): ARGs only. */
    Env env() {
        return name -> Optional.ofNullable(args.get(name));
    }

    /** A value declared in this scope, for inheriting into a stage's {@code ARG NAME}. */
    Optional<String> value(String name) {
        return Optional.ofNullable(args.get(name));
    }
}
