package io.github.dftk.ir.source;

import java.util.HashMap;
import java.util.Map;

/**
 * A mount while its fields are read: BuildKit's {@code instructions.Mount} struct, with "" for
 * unset strings as in Go, plus where in the flag value each option was last written (for
 * error offsets).
 */
final class MountDraft {

    MountType type = MountType.BIND;
    String from = "";
    String source = "";
    String target = "";
    String cacheId = "";
    CacheSharing sharing; // null: not written (Go's "")
    boolean readOnly;
    boolean readOnlyAuto = true;
    boolean required;
    Long mode;
    Long uid;
    Long gid;
    Long size;
    String env; // null: not written (Go's nil pointer)

    private final Map<String, Integer> offsets = new HashMap<>();

    /** Remembers that option {@code key} (its canonical name) was written at {@code offset}. */
    void wrote(String key, int offset) {
        offsets.put(key, offset);
    }

    /** Where option {@code key} was last written; 0 when it was not. */
    int offsetOf(String key) {
        return offsets.getOrDefault(key, 0);
    }
}
