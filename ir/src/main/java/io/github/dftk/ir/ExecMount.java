package io.github.dftk.ir;

import io.github.dftk.ir.source.CacheSharing;
import io.github.dftk.ir.source.MountType;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A mount of an exec vertex other than its root filesystem. A bind or cache mount that reads a
 * filesystem (the context, a stage, an image, or a cache's permission mkdir) has the MOUNT input
 * edge whose detail is this target; cache mounts without one start empty.
 *
 * @param target   absolute path in the container; "" for a secret exposed only as an env variable
 * @param selector the path inside the mounted input ({@code source=}), when not its root
 * @param cacheId  cache: the key BuildKit stores the cache under ({@code /<id>}); secret, ssh: the id
 * @param sharing  cache: how concurrent builds share it
 * @param mode     secret, ssh: file mode of the secret or socket (default 0400, 0600)
 * @param uid      secret, ssh: owner
 * @param gid      secret, ssh: group
 * @param size     tmpfs: size limit in bytes
 * @param required secret, ssh: fail when the client does not provide it
 * @param env      secret: environment variable that holds the secret
 */
public record ExecMount(MountType type, String target, Optional<String> selector, boolean readOnly,
        Optional<String> cacheId, Optional<CacheSharing> sharing, OptionalLong mode, OptionalLong uid,
        OptionalLong gid, OptionalLong size, boolean required, Optional<String> env) {
}
