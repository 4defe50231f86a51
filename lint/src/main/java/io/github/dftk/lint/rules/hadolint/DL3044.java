package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.WordExpansion;
import io.github.dftk.parser.shell.Env;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ENV value uses a variable that the same ENV defines in another pair: BuildKit expands
 * every value before setting any, so the value is not the one just written. Names defined by
 * an earlier ARG or ENV are exempt, as in hadolint. References are found with BuildKit's word
 * expansion, so an escaped {@code \$NAME} is not one (hadolint issue #1062).
 */
public final class DL3044 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3044", LintSeverity.ERROR, "correctness",
            "ENV value refers to a variable defined in the same ENV", false);

    private static final Env NOTHING = Env.of(Map.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        Set<String> defined = new HashSet<>();
        char escape = context.dockerfile().escapeChar();
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof ArgInstruction arg) {
                arg.declarations().stream().map(ArgDeclaration::name).forEach(n -> defined.add(n.text()));
            } else if (instruction instanceof EnvInstruction env) {
                List<KeyValue> pairs = env.pairs();
                boolean selfReference = false;
                for (int i = 0; i < pairs.size() && !selfReference; i++) {
                    for (WordExpansion.Reference ref : WordExpansion.of(pairs.get(i).value(), NOTHING, escape,
                            context.text()).references()) {
                        if (!defined.contains(ref.name()) && definedByAnotherPair(pairs, i, ref.name())) {
                            selfReference = true;
                        }
                    }
                }
                if (selfReference) {
                    context.report(this, env.keyword().range(), message());
                }
                pairs.forEach(p -> defined.add(p.key().text()));
            }
        }
    }

    private static boolean definedByAnotherPair(List<KeyValue> pairs, int pair, String name) {
        for (int j = 0; j < pairs.size(); j++) {
            if (j != pair && pairs.get(j).key().text().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static String message() {
        return "Do not refer to an environment variable within the same `ENV` statement where it is defined.";
    }
}
