package io.github.dftk.parser;

import io.github.dftk.parser.internal.StandardInstructions;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instruction keywords the parser knows and what their arguments mean. Immutable;
 * {@link #with} returns a registry with one more (or a replaced) keyword, which is how
 * experimental proposals add instructions without touching the grammar.
 */
public final class KeywordRegistry {

    private static final KeywordRegistry STANDARD = new KeywordRegistry(StandardInstructions.specs());

    private final Map<String, InstructionSpec> specs;
    private final List<String> upperCaseNames;

    private KeywordRegistry(Collection<InstructionSpec> specs) {
        Map<String, InstructionSpec> map = new LinkedHashMap<>();
        for (InstructionSpec spec : specs) {
            map.put(spec.name(), spec);
        }
        this.specs = Collections.unmodifiableMap(map);
        this.upperCaseNames = map.keySet().stream().map(n -> n.toUpperCase(java.util.Locale.ROOT)).toList();
    }

    /** The instructions of the Dockerfile reference, as BuildKit implements them. */
    public static KeywordRegistry standard() {
        return STANDARD;
    }

    public KeywordRegistry with(InstructionSpec spec) {
        Map<String, InstructionSpec> map = new LinkedHashMap<>(specs);
        map.put(spec.name(), spec);
        return new KeywordRegistry(map.values());
    }

    /** The spec of a lower-case keyword. */
    public Optional<InstructionSpec> lookup(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    public ArgumentSyntax syntaxOf(String name) {
        InstructionSpec spec = specs.get(name);
        return spec == null ? ArgumentSyntax.IGNORED : spec.syntax();
    }

    public Collection<InstructionSpec> all() {
        return specs.values();
    }

    /** The keywords in upper case, as users write them (for suggestions and completion). */
    public List<String> upperCaseNames() {
        return upperCaseNames;
    }
}
