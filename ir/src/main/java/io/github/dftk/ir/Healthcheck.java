package io.github.dftk.ir;

import java.util.List;
import java.util.Optional;

/**
 * HEALTHCHECK as the image config stores it.
 *
 * @param test {@code [NONE]}, {@code [CMD, arg…]} (exec form) or {@code [CMD-SHELL, script]}
 * @param interval {@code --interval} as written (e.g. {@code 30s}); the others alike
 */
public record Healthcheck(List<String> test, Optional<String> interval, Optional<String> timeout,
        Optional<String> startPeriod, Optional<String> startInterval, Optional<String> retries) {

    public Healthcheck {
        test = List.copyOf(test);
    }
}
