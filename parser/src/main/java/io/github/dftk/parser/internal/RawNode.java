package io.github.dftk.parser.internal;

import java.util.List;
import java.util.Optional;

/**
 * One instruction as BuildKit's {@code newNodeFromLine} builds it, with logical-line
 * offsets: keyword (and its lower-case {@code name}), flags, the argument chain, whether it
 * was JSON, and for ONBUILD the nested instruction.
 */
public record RawNode(RawWord command, String name, List<RawWord> flags, List<RawWord> args, boolean json,
        int restStart, int restEnd, Optional<RawNode> child, Optional<NodeError> error) {
}
