package io.github.dftk.ir.source;

import java.util.OptionalLong;

/** The one-line text of a mount parse used in {@code testdata/mounts/cases.txt}. */
final class MountText {

    private MountText() {
    }

    /**
     * {@code error: <message>}, or {@code error@<offset>: <message>} when {@code withOffset};
     * for a mount {@code <type> target=<t|-> [source=] [from=] ro|rw [id=] [sharing=]
     * [mode=0<octal>] [uid=] [gid=] [size=] [required] [env=] [written=]}, with sharing only
     * for cache mounts and written only when it differs from the target.
     */
    static String of(MountParse parse, boolean withOffset) {
        if (parse instanceof MountError e) {
            return (withOffset ? "error@" + e.offset() : "error") + ": " + e.message();
        }
        Mount m = (Mount) parse;
        StringBuilder out = new StringBuilder(m.type().text());
        out.append(" target=").append(m.target().orElse("-"));
        m.source().ifPresent(s -> out.append(" source=").append(s));
        m.from().ifPresent(s -> out.append(" from=").append(s));
        out.append(m.readOnly() ? " ro" : " rw");
        m.id().ifPresent(s -> out.append(" id=").append(s));
        if (m.type() == MountType.CACHE) {
            out.append(" sharing=").append(m.sharing().text());
        }
        m.mode().ifPresent(n -> out.append(" mode=0").append(Long.toOctalString(n)));
        append(out, "uid", m.uid());
        append(out, "gid", m.gid());
        append(out, "size", m.size());
        if (m.required()) {
            out.append(" required");
        }
        m.env().ifPresent(s -> out.append(" env=").append(s));
        if (!m.target().orElse("").equals(m.writtenTarget()) && !m.writtenTarget().isEmpty()) {
            out.append(" written=").append(m.writtenTarget());
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String name, OptionalLong value) {
        value.ifPresent(n -> out.append(' ').append(name).append('=').append(n));
    }
}
