package io.github.dftk.bench;

/**
 * The outcome of a corpus run: what was measured and how fast.
 *
 * @param op the operation id
 * @param files files per pass
 * @param bytes input bytes per pass
 * @param passes measured passes (warm-up passes excluded)
 * @param nanos wall time of the measured passes
 * @param errors files with errors in one pass
 */
public record ThroughputReport(String op, int files, long bytes, int passes, long nanos, int errors) {

    public double millis() {
        return nanos / 1e6;
    }

    public double filesPerSecond() {
        return nanos == 0 ? 0 : (double) files * passes / (nanos / 1e9);
    }

    /** Decimal megabytes (10^6 bytes) per second, as the performance targets state them. */
    public double megabytesPerSecond() {
        return nanos == 0 ? 0 : (double) bytes * passes / 1e6 / (nanos / 1e9);
    }
}
