package io.github.dftk.parser.shell;

import java.util.Map;
import java.util.Optional;

/**
 * Variables visible to {@link ShellLexer} during expansion.
 *
 * <p>Names are case-sensitive as on Linux; {@link #ofCaseInsensitive} gives the Windows
 * semantics of BuildKit (a build for a Windows platform). A variable that is present with an
 * empty value is <em>set</em>, which matters for operators such as {@code ${VAR-x}} versus
 * {@code ${VAR:-x}}.
 */
@FunctionalInterface
public interface Env {

    /** Returns the value of {@code name}, or empty when the variable is unset. */
    Optional<String> get(String name);

    /** An environment backed by an immutable copy of {@code variables} (no null keys or values). */
    static Env of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /**
     * An environment whose names match regardless of case, as BuildKit looks variables up when
     * building for Windows ({@code PWD} is found as {@code $pwd}).
     */
    static Env ofCaseInsensitive(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return name -> {
            String exact = copy.get(name);
            if (exact != null) {
                return Optional.of(exact);
            }
            for (Map.Entry<String, String> entry : copy.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return Optional.of(entry.getValue());
                }
            }
            return Optional.empty();
        };
    }

    /** An environment in which every variable is unset. */
    static Env empty() {
        return name -> Optional.empty();
    }
}
