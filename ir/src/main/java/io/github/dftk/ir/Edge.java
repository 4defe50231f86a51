package io.github.dftk.ir;

/**
 * An input of a vertex.
 *
 * @param from the vertex whose output is used
 * @param role how it is used
 * @param detail the mount target or copy destination, or "" when the role says all
 */
public record Edge(Vertex from, Role role, String detail) {

    /** How an input is used. */
    public enum Role {
        /** The filesystem the step runs on or changes. */
        ROOTFS,
        /** Mounted at {@link Edge#detail()} while a RUN step runs. */
        MOUNT,
        /** Where COPY/ADD reads files from. */
        COPY_SOURCE,
        /** A layer of a merge, in order. */
        MERGE_INPUT;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
