package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.Rule;
import java.util.List;

/**
 * hadolint's {@code DLxxxx} rules, by code. Rules that read RUN commands see each RUN's parsed
 * script through {@link io.github.dftk.lint.LintContext#shellRuns()}.
 */
public final class HadolintRules {

    private HadolintRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new DL1001(), new DL3000(), new DL3001(), new DL3002(), new DL3003(), new DL3004(), new DL3006(),
                new DL3007(), new DL3008(), new DL3009(), new DL3010(), new DL3011(), new DL3012(), new DL3013(),
                new DL3014(), new DL3015(), new DL3016(), new DL3018(), new DL3019(), new DL3020(), new DL3021(),
                new DL3022(), new DL3023(), new DL3024(), new DL3025(), new DL3026(), new DL3027(), new DL3028(),
                new DL3029(), new DL3030(), new DL3032(), new DL3033(), new DL3034(), new DL3035(), new DL3036(),
                new DL3037(), new DL3038(), new DL3040(), new DL3041(), new DL3042(), new DL3043(), new DL3044(),
                new DL3045(), new DL3046(), new DL3047(), new DL3048(), new DL3049(), new DL3050(), new DL3051(),
                new DL3052(), new DL3053(), new DL3054(), new DL3055(), new DL3056(), new DL3057(), new DL3058(),
                new DL3059(), new DL3060(), new DL3061(), new DL3062(), new DL3063(), new DL3064(), new DL3065(),
                new DL3066(), new DL3067(), new DL4000(), new DL4001(), new DL4003(), new DL4004(), new DL4005(),
                new DL4006());
    }
}
