package io.github.dftk.ir.source;

import java.util.Locale;

/**
 * How concurrent builds share a cache mount ({@code sharing=}): {@link #SHARED} lets writers
 * share one directory, {@link #PRIVATE} gives a second concurrent writer a fresh one,
 * {@link #LOCKED} makes it wait. Default {@link #SHARED}; only cache mounts may set it.
 */
public enum CacheSharing {
    SHARED, PRIVATE, LOCKED;

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
