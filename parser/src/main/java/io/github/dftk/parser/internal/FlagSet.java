package io.github.dftk.parser.internal;

import io.github.dftk.parser.DidYouMean;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Flag;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flags one instruction accepts, checked like BuildKit's {@code BFlags.Parse}: names are
 * case-sensitive, string flags need {@code =value}, booleans take nothing or
 * {@code =true/false}, only repeatable flags may appear twice. Returns the first problem.
 */
public final class FlagSet {

    enum Kind { STRING, BOOL, STRINGS }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    public FlagSet string(String name) {
        kinds.put(name, Kind.STRING);
        return this;
    }

    public FlagSet bool(String name) {
        kinds.put(name, Kind.BOOL);
        return this;
    }

    public FlagSet strings(String name) {
        kinds.put(name, Kind.STRINGS);
        return this;
    }

    public Set<String> names() {
        return kinds.keySet();
    }

    /** The first flag BuildKit would reject, as a diagnostic. */
    public Optional<Diagnostic> check(List<Flag> flags, String instruction) {
        Set<String> used = new HashSet<>();
        for (Flag flag : flags) {
            String name = flag.name();
            Kind kind = kinds.get(name);
            if (kind == null) {
                Diagnostic d = Diagnostic.error("unknown-flag", "unknown flag: " + name, flag.range())
                        .withReason(kinds.isEmpty() ? instruction + " takes no flags"
                                : instruction + " accepts --" + String.join(", --", kinds.keySet()));
                Optional<String> close = DidYouMean.closest(name, List.copyOf(kinds.keySet()), true);
                return Optional.of(close.isPresent() ? d.withFix("did you mean --" + close.get() + "?")
                        : d.withFix("remove the flag"));
            }
            if (!used.add(name) && kind != Kind.STRINGS) {
                return Optional.of(Diagnostic.error("duplicate-flag", "duplicate flag specified: " + name, flag.range())
                        .withFix("give --" + name + " once"));
            }
            boolean hasValue = flag.value().isPresent();
            String value = flag.valueOrEmpty();
            switch (kind) {
                case BOOL -> {
                    if (hasValue && value.isEmpty()) {
                        return Optional.of(missingValue(flag));
                    }
                    String v = value.toLowerCase(Locale.ROOT);
                    if (!v.isEmpty() && !v.equals("true") && !v.equals("false")) {
                        return Optional.of(Diagnostic.error("flag-value", "expecting boolean value for flag " + name
                                + ", not: " + value, flag.range()).withFix("write --" + name + " or --" + name + "=false"));
                    }
                }
                case STRING, STRINGS -> {
                    if (!hasValue) {
                        return Optional.of(missingValue(flag));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Diagnostic missingValue(Flag flag) {
        return Diagnostic.error("flag-value", "missing a value on flag: " + flag.name(), flag.range())
                .withFix("write --" + flag.name() + "=<value>");
    }
}
