package io.github.dftk.lint.config;

import java.util.List;
import java.util.Optional;

/** A required label written {@code name:type}, as {@code --require-label} and {@code HADOLINT_REQUIRE_LABELS} take it. */
final class RequiredLabel {

    private RequiredLabel() {
    }

    /**
     * Adds {@code name:type} to the label schema; no colon means {@code text}, as in hadolint
     * (which splits at the first colon).
     */
    static void read(String source, String written, PartialConfig config, List<ConfigProblem> problems) {
        int colon = written.indexOf(':');
        String name = colon < 0 ? written : written.substring(0, colon);
        String type = colon < 0 ? "" : written.substring(colon + 1);
        if (name.isEmpty()) {
            problems.add(ConfigProblem.emptyLabelName(source, written));
        } else if (!config.label(name, type)) {
            problems.add(ConfigProblem.unknownLabelType(source, Optional.empty(), name, type));
        }
    }
}
