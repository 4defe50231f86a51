package io.github.dftk.ir.source;

import java.util.Locale;

/** The {@code type=} of a {@code RUN --mount}; {@link #BIND} when not given. */
public enum MountType {
    BIND, CACHE, TMPFS, SECRET, SSH;

    /** The name as written in a Dockerfile and in BuildKit's messages ({@code bind}, {@code cache}, …). */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
