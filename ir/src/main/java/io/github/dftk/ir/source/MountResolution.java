package io.github.dftk.ir.source;

import io.github.dftk.ir.internal.GoPath;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What BuildKit works out for a mount while lowering the {@code RUN} ({@code dispatchRunMounts},
 * {@code dispatchSecret}, {@code dispatchSSH}): absolute targets, default ids and paths, and the
 * two errors found there. The stage-order check also happens there but needs the stages: the
 * caller makes it (and BuildKit makes it first, before these).
 */
final class MountResolution {

    private MountResolution() {
    }

    static MountParse resolve(MountDraft m, MountContext ctx) {
        String written = m.target;
        Optional<String> target;
        Optional<String> id;
        switch (m.type) {
            case SECRET -> {
                String secretId = !m.source.isEmpty() ? m.source : !m.cacheId.isEmpty() ? m.cacheId : GoPath.base(written);
                id = Optional.of(secretId);
                if (!written.isEmpty()) {
                    target = Optional.of(rooted(written));
                } else if (m.env == null) {
                    target = Optional.of("/run/secrets/" + GoPath.base(secretId));
                } else {
                    target = Optional.empty(); // only the environment variable
                }
            }
            case SSH -> {
                if (!m.source.isEmpty()) {
                    return new MountError("ssh does not support source", m.offsetOf("source"));
                }
                id = Optional.of(m.cacheId.isEmpty() ? "default" : m.cacheId);
                target = Optional.of(written.isEmpty() ? "/run/buildkit/ssh_agent." + ctx.sshIndex() : rooted(written));
            }
            default -> {
                // As in BuildKit: an absolute target is taken as written (so only a literal "/"
                // is refused here: "//" or "/." pass and clean to "/"); a relative one is
                // joined to WORKDIR, and that may give "/".
                String resolved = GoPath.clean(written).startsWith("/") ? written : GoPath.join("/", ctx.workdir(), written);
                if (resolved.equals("/")) {
                    return new MountError("invalid mount target \"/\"", m.offsetOf("target"));
                }
                target = Optional.of(GoPath.clean(resolved));
                id = m.type != MountType.CACHE ? Optional.empty()
                        : Optional.of(m.cacheId.isEmpty() ? GoPath.clean(written) : m.cacheId);
            }
        }
        return new Mount(m.type, target, nonEmpty(m.source), nonEmpty(m.from), m.readOnly, id,
                m.sharing == null ? CacheSharing.SHARED : m.sharing, optional(m.mode), optional(m.uid),
                optional(m.gid), optional(m.size), m.required, Optional.ofNullable(m.env), written);
    }

    /** Secret and ssh targets go to BuildKit's solver as written; dftk shows them rooted at "/". */
    private static String rooted(String path) {
        return GoPath.join("/", path);
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static OptionalLong optional(Long n) {
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }
}
