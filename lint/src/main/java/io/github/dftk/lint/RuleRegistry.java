package io.github.dftk.lint;

import io.github.dftk.lint.rules.buildkit.BuildKitChecks;
import io.github.dftk.lint.rules.dftk.DftkRules;
import io.github.dftk.lint.rules.hadolint.HadolintRules;
import io.github.dftk.lint.rules.shellcheck.ShellCheck;
import io.github.dftk.lint.rules.shellcheck.ShellCheckRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule dftk knows, in catalogue order. To add a rule, add it to its family's list
 * ({@link BuildKitChecks}, {@link HadolintRules}, {@link ShellCheckRules}, {@link DftkRules}).
 */
public final class RuleRegistry {

    private static final RuleRegistry STANDARD = standard(ShellCheck.onPath());

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

    /** Every rule, ShellCheck's run from {@code shellcheck} on the {@code PATH}. */
    public static RuleRegistry standard() {
        return STANDARD;
    }

    /** Every rule, ShellCheck's run with {@code shellCheck} ({@code --shellcheck PATH}, a test's fake). */
    public static RuleRegistry standard(ShellCheck shellCheck) {
        List<Rule> all = new ArrayList<>(DftkRules.all());
        all.addAll(HadolintRules.all());
        all.addAll(ShellCheckRules.all(shellCheck));
        all.addAll(BuildKitChecks.all());
        return new RuleRegistry(all);
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * The rule with this code ({@code DL3008}) or BuildKit name ({@code StageNameCasing}), in any
     * case; or the rule that reports it among a family of codes ({@code SC2086}, see
     * {@link Rule#reports}).
     */
    public Optional<Rule> find(String code) {
        Rule rule = byCode.get(key(code));
        return rule != null ? Optional.of(rule) : rules.stream().filter(r -> r.reports(code)).findFirst();
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
