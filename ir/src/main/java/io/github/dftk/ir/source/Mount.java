package io.github.dftk.ir.source;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One valid {@code RUN --mount}, with BuildKit's defaults and derived values filled in.
 *
 * @param type          the mount type
 * @param target        where it appears: absolute and cleaned. Bind, cache and tmpfs targets are
 *                      relative to {@code WORKDIR}; secret and ssh targets are not (BuildKit does
 *                      not join them) and are rooted at "/"; a secret without a target is at
 *                      {@code /run/secrets/<base of id>}, an ssh socket at
 *                      {@code /run/buildkit/ssh_agent.<N>}. Empty only for a secret exposed
 *                      solely as an environment variable ({@code env=} and no target)
 * @param source        {@code source=}/{@code src=}: the path inside {@code from} (bind, cache);
 *                      for a secret, the secret id
 * @param from          {@code from=}: stage, named context or image (expanded)
 * @param readOnly      after {@code ro}/{@code rw}, or the type's default (bind, secret, ssh: true)
 * @param id            cache: {@code id=} or the cleaned target as written; secret: source, else
 *                      {@code id=}, else the base name of the target; ssh: {@code id=} or
 *                      {@code default}; empty for bind and tmpfs
 * @param sharing       {@code sharing=}; {@link CacheSharing#SHARED} unless a cache mount sets it
 * @param mode          {@code mode=} (octal in the text), when given; the lowering applies the
 *                      type's default (cache 0755, secret 0400, ssh 0600)
 * @param uid           {@code uid=}, when given
 * @param gid           {@code gid=}, when given
 * @param size          tmpfs {@code size=} in bytes, when given
 * @param required      secret and ssh: the build fails when the client does not provide it
 * @param env           secret: the environment variable to expose it in ({@code env=}, which
 *                      may be empty: BuildKit then uses its default name)
 * @param writtenTarget the target as written (after expansion), "" when not given: BuildKit's
 *                      messages (such as the stage-order error) quote this form
 */
public record Mount(
        MountType type,
        Optional<String> target,
        Optional<String> source,
        Optional<String> from,
        boolean readOnly,
        Optional<String> id,
        CacheSharing sharing,
        OptionalLong mode,
        OptionalLong uid,
        OptionalLong gid,
        OptionalLong size,
        boolean required,
        Optional<String> env,
        String writtenTarget) implements MountParse {

    public Mount {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(gid, "gid");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(writtenTarget, "writtenTarget");
    }
}
