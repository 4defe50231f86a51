package io.github.dftk.parser.shell;

import java.util.function.Supplier;

/**
 * One conformance case: a display name and a check that returns null on success or a
 * description of the mismatch. A case with a skip reason is reported as aborted, not run.
 */
record ConformanceCase(String name, String skipReason, Supplier<String> check) {

    static ConformanceCase run(String name, Supplier<String> check) {
        return new ConformanceCase(name, null, check);
    }

    static ConformanceCase skip(String name, String reason) {
        return new ConformanceCase(name, reason, () -> null);
    }

    boolean skipped() {
        return skipReason != null;
    }

    /** Runs the check, turning an unexpected exception into a failure description. */
    String failure() {
        try {
            return check.get();
        } catch (RuntimeException | StackOverflowError e) {
            return "threw " + e;
        }
    }
}
