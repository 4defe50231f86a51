package io.github.dftk.lint.internal;

import io.github.dftk.ast.Comment;
import io.github.dftk.lint.Pragma;
import io.github.dftk.lint.Pragma.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one comment as a pragma, with hadolint's grammar ({@code Hadolint.Pragma}):
 * {@code hadolint}, blanks, then {@code ignore=codes}, {@code global ignore=codes},
 * {@code stage ignore=codes} or {@code shell=name}; blanks (spaces, tabs) are allowed around {@code =} and the commas, and a
 * {@code # remark} may follow. Anything else is an ordinary comment: like hadolint, a pragma
 * with one malformed code ({@code ignore=crazy,DL3002}) does nothing at all.
 */
public final class PragmaParser {

    private static final String HADOLINT_CODE_CHARS = "DLSC0123456789";

    private final String text;
    private int pos;

    private PragmaParser(String text) {
        this.text = text;
    }

    /** The pragma written in {@code comment}, if it is one. */
    public static Optional<Pragma> parse(Comment comment) {
        return new PragmaParser(comment.text()).pragma(comment);
    }

    private Optional<Pragma> pragma(Comment comment) {
        blanks();
        Origin origin;
        if (word("hadolint")) {
            origin = Origin.HADOLINT;
        } else if (word("dftk")) {
            origin = Origin.DFTK;
        } else {
            return Optional.empty();
        }
        if (blanks() == 0) {
            return Optional.empty();
        }
        if (word("shell")) {
            return shell().map(name -> new Pragma.Shell(comment, origin, name));
        }
        Pragma.Scope scope = word("global") ? Pragma.Scope.FILE
                : word("stage") ? Pragma.Scope.STAGE : Pragma.Scope.NEXT_INSTRUCTION;
        if (scope != Pragma.Scope.NEXT_INSTRUCTION && blanks() == 0) {
            return Optional.empty();
        }
        if (!word("ignore")) {
            return Optional.empty();
        }
        return codes(origin).map(codes -> new Pragma.Ignore(comment, origin, scope, codes));
    }

    private Optional<List<String>> codes(Origin origin) {
        if (!equalsSign()) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        do {
            blanks();
            int start = pos;
            while (pos < text.length() && isCodeChar(text.charAt(pos), origin)) {
                pos++;
            }
            if (pos == start) {
                return Optional.empty();
            }
            codes.add(text.substring(start, pos));
            blanks();
        } while (word(","));
        return atRemarkOrEnd() ? Optional.of(codes) : Optional.empty();
    }

    private Optional<String> shell() {
        if (!equalsSign()) {
            return Optional.empty();
        }
        String name = text.substring(pos);
        for (int i = 1; i < name.length(); i++) { // a remark needs a blank before its '#'
            if (name.charAt(i) == '#' && isBlank(name.charAt(i - 1))) {
                name = name.substring(0, i);
                break;
            }
        }
        name = name.strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private boolean equalsSign() {
        blanks();
        return word("=");
    }

    private boolean atRemarkOrEnd() {
        return pos == text.length() || text.charAt(pos) == '#';
    }

    private static boolean isCodeChar(char c, Origin origin) {
        return origin == Origin.HADOLINT ? HADOLINT_CODE_CHARS.indexOf(c) >= 0
                : (c < 0x80 && Character.isLetterOrDigit(c));
    }

    private boolean word(String expected) {
        if (text.startsWith(expected, pos)) {
            pos += expected.length();
            return true;
        }
        return false;
    }

    private int blanks() {
        int start = pos;
        while (pos < text.length() && isBlank(text.charAt(pos))) {
            pos++;
        }
        return pos - start;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
