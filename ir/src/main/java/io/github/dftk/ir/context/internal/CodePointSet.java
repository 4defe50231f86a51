package io.github.dftk.ir.context.internal;

import java.util.ArrayList;
import java.util.List;

/** A set of Unicode code points as sorted, disjoint, inclusive ranges: one character class of a Go regexp. */
final class CodePointSet {

    /** The largest code point. */
    static final int MAX_RUNE = 0x10FFFF;

    private final int[] ranges;

    private CodePointSet(int[] ranges) {
        this.ranges = ranges;
    }

    static CodePointSet of(List<int[]> ranges, boolean negated) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : sorted) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1] + 1) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        if (negated) {
            List<int[]> complement = new ArrayList<>();
            int from = 0;
            for (int[] r : merged) {
                if (r[0] > from) {
                    complement.add(new int[] {from, r[0] - 1});
                }
                from = r[1] + 1;
            }
            if (from <= MAX_RUNE) {
                complement.add(new int[] {from, MAX_RUNE});
            }
            merged = complement;
        }
        int[] flat = new int[merged.size() * 2];
        for (int i = 0; i < merged.size(); i++) {
            flat[2 * i] = merged.get(i)[0];
            flat[2 * i + 1] = merged.get(i)[1];
        }
        return new CodePointSet(flat);
    }

    static CodePointSet single(int c) {
        return new CodePointSet(new int[] {c, c});
    }

    boolean contains(int c) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (c > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Appends the ranges, as {lo, hi} pairs, to {@code out}. */
    void addTo(List<int[]> out) {
        for (int i = 0; i < ranges.length; i += 2) {
            out.add(new int[] {ranges[i], ranges[i + 1]});
        }
    }
}
