package io.github.dftk.lint;

import io.github.dftk.lint.rules.buildkit.BuildKitChecks;
import io.github.dftk.lint.rules.dftk.DftkRules;
import io.github.dftk.lint.rules.hadolint.HadolintRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule dftk knows, in catalogue order. To add a rule, add it to its family's list
 * ({@link BuildKitChecks}, {@link HadolintRules}, {@link DftkRules}).
 */
public final class RuleRegistry {

    private static final RuleRegistry STANDARD = new RuleRegistry(standardRules());

    private final List<Rule> rules;
    private final Map<String, Rule> byCode = new LinkedHashMap<>();

    public RuleRegistry(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule rule : this.rules) {
            Rule previous = byCode.put(key(rule.meta().code()), rule);
            if (previous != null) {
                throw new IllegalArgumentException("two rules with code " + rule.meta().code());
            }
        }
    }

    public static RuleRegistry standard() {
        return STANDARD;
    }

    private static List<Rule> standardRules() {
        List<Rule> all = new ArrayList<>(DftkRules.all());
        all.addAll(HadolintRules.all());
        all.addAll(BuildKitChecks.all());
        return all;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rule with this code ({@code DL3008}) or BuildKit name ({@code StageNameCasing}), in any case. */
    public Optional<Rule> find(String code) {
        return Optional.ofNullable(byCode.get(key(code)));
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
