package io.github.dftk.ir;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A mount of an exec vertex other than its root filesystem. Bind and cache mounts with a
 * {@code from} read the MOUNT input edge whose detail is this target.
 *
 * @param type bind, cache, tmpfs, secret or ssh
 * @param selector the path inside the mounted input ({@code source=})
 * @param cacheId cache mounts: the cache key id; secret and ssh: the id
 * @param sharing cache mounts: shared, private or locked
 */
public record ExecMount(String type, String target, Optional<String> selector, boolean readOnly,
        Optional<String> cacheId, Optional<String> sharing, OptionalInt mode, OptionalInt uid, OptionalInt gid,
        OptionalLong size, boolean required, Optional<String> env) {
}
