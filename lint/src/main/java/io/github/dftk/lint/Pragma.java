package io.github.dftk.lint;

import io.github.dftk.ast.Comment;
import java.util.List;

/**
 * A lint pragma: a comment line such as {@code # hadolint ignore=DL3008,SC2086},
 * {@code # hadolint global ignore=DL3006} or {@code # hadolint shell=powershell}, or the same
 * with {@code dftk} in place of {@code hadolint}. Read by {@link Pragmas}.
 */
public sealed interface Pragma permits Pragma.Ignore, Pragma.Shell {

    /** The comment the pragma is written in. */
    Comment comment();

    /** Which word opened the pragma. */
    Origin origin();

    /** {@code hadolint} pragmas work as in hadolint; {@code dftk} ones also name BuildKit checks. */
    enum Origin {
        /**
         * {@code # hadolint …}: codes are made of {@code D L S C} and digits and match exactly,
         * as hadolint reads them.
         */
        HADOLINT,
        /**
         * {@code # dftk …}: codes are letters and digits ({@code DL3008}, {@code StageNameCasing})
         * and match in any case, as BuildKit matches check names.
         */
        DFTK
    }

    /** What an ignore pragma covers. */
    enum Scope {
        /** {@code ignore=}: the instruction that starts on the line right after the comment. */
        NEXT_INSTRUCTION,
        /** {@code stage ignore=}: the stage whose FROM comes next, up to the following FROM. */
        STAGE,
        /** {@code global ignore=}: the whole file, wherever the comment is. */
        FILE
    }

    /** Findings with these codes are not reported where the pragma's {@link Scope} reaches. */
    record Ignore(Comment comment, Origin origin, Scope scope, List<String> codes) implements Pragma {

        public Ignore {
            codes = List.copyOf(codes);
        }

        /** Whether this pragma names {@code code}. */
        public boolean covers(String code) {
            for (String named : codes) {
                if (origin == Origin.DFTK ? named.equalsIgnoreCase(code) : named.equals(code)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The shell the following {@code RUN} commands are written for ({@code powershell} on
     * Windows images), so that shell-specific rules can stand aside.
     */
    record Shell(Comment comment, Origin origin, String shell) implements Pragma {
    }
}
