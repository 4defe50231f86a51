package io.github.dftk.ir.source;

import java.util.Optional;

/**
 * The checks BuildKit makes on a whole mount once its fields are read (the end of
 * {@code parseMount}), in BuildKit's order, and the type's read-only default.
 */
final class MountChecks {

    private MountChecks() {
    }

    static Optional<MountError> check(MountDraft m) {
        boolean fileInfoAllowed = m.type == MountType.SECRET || m.type == MountType.SSH || m.type == MountType.CACHE;
        if (!fileInfoAllowed) {
            String quotedType = "\"" + m.type.text() + "\"";
            if (m.mode != null) {
                return error("mode not allowed for " + quotedType + " type mounts", m.offsetOf("mode"));
            }
            if (m.uid != null) {
                return error("uid not allowed for " + quotedType + " type mounts", m.offsetOf("uid"));
            }
            if (m.gid != null) {
                return error("gid not allowed for " + quotedType + " type mounts", m.offsetOf("gid"));
            }
        }
        if (m.readOnlyAuto) {
            m.readOnly = m.type != MountType.CACHE && m.type != MountType.TMPFS;
        }
        if (m.type == MountType.SECRET) {
            if (!m.from.isEmpty()) {
                return error("secret mount should not have a from", m.offsetOf("from"));
            }
            if (m.sharing != null) {
                return error("secret mount should not define sharing", m.offsetOf("sharing"));
            }
            if (m.source.isEmpty() && m.target.isEmpty() && m.cacheId.isEmpty()) {
                return error("invalid secret mount. one of source, target required", 0);
            }
            if (!m.source.isEmpty() && !m.cacheId.isEmpty()) {
                return error("both source and id can't be set", m.offsetOf("id"));
            }
        }
        if (m.sharing != null && m.type != MountType.CACHE) {
            return error("invalid cache sharing set for " + m.type.text() + " mount", m.offsetOf("sharing"));
        }
        return Optional.empty();
    }

    private static Optional<MountError> error(String message, int offset) {
        return Optional.of(new MountError(message, offset));
    }
}
