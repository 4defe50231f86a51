package io.github.dftk.ir.source;

import io.github.dftk.ir.internal.GoNumbers;
import io.github.dftk.parser.GoStrings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query options of a git URL ({@code dfgitutil}'s {@code loadQuery}): each key once, with a
 * value except the boolean ones, {@code branch} and {@code tag} qualified and checked against
 * the ref. Keys are checked in the order the URL gives them (Go ranges over a map, in random
 * order, so when two keys are wrong BuildKit may report either).
 */
final class GitQuery {

    private static final Set<String> BARE_ALLOWED = Set.of("submodules", "keep-git-dir", "fetch-by-commit");

    /** The ref and options being collected; starts from the fragment's ref and subdir. */
    static final class Options {
        String ref;
        String subdir;
        String checksum = "";
        Boolean keepGitDir;
        Boolean submodules;
        String mtime = "";
        boolean fetchByCommit;

        Options(String ref, String subdir) {
            this.ref = ref;
            this.subdir = subdir;
        }
    }

    private GitQuery() {
    }

    /** Applies the query to {@code o}; the error text, if any. */
    static Optional<String> apply(Map<String, List<String>> query, Options o) {
        String tag = "";
        String branch = "";
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            String k = entry.getKey();
            List<String> values = entry.getValue();
            if (values.size() > 1) {
                return error("query " + GoStrings.quote(k) + " has multiple values");
            }
            String v = values.get(0);
            boolean bare = v.isEmpty();
            if (bare && !BARE_ALLOWED.contains(k)) {
                return error("query " + GoStrings.quote(k) + " has no value");
            }
            switch (k) {
                case "ref" -> {
                    if (!o.ref.isEmpty() && !o.ref.equals(v)) {
                        return conflict("ref", o.ref, v);
                    }
                    o.ref = v;
                }
                case "tag" -> tag = v;
                case "branch" -> branch = v;
                case "subdir" -> {
                    if (!o.subdir.isEmpty() && !o.subdir.equals(v)) {
                        return conflict("subdir", o.subdir, v);
                    }
                    o.subdir = v;
                }
                case "checksum", "commit" -> o.checksum = v;
                case "keep-git-dir" -> {
                    Optional<Boolean> b = bool(v, bare);
                    if (b.isEmpty()) {
                        return invalid(k, v);
                    }
                    o.keepGitDir = b.get();
                }
                case "submodules" -> {
                    Optional<Boolean> b = bool(v, bare);
                    if (b.isEmpty()) {
                        return invalid(k, v);
                    }
                    o.submodules = b.get();
                }
                case "fetch-by-commit" -> {
                    Optional<Boolean> b = bool(v, bare);
                    if (b.isEmpty()) {
                        return invalid(k, v);
                    }
                    o.fetchByCommit = b.get();
                }
                case "mtime" -> {
                    if (!v.equals("checkout") && !v.equals("commit")) {
                        return error("invalid mtime value: " + GoStrings.quote(v) + " (must be \"checkout\" or \"commit\")");
                    }
                    o.mtime = v;
                }
                default -> {
                    return error("unexpected query " + GoStrings.quote(k));
                }
            }
        }
        if (!tag.isEmpty()) {
            String qualified = tag.startsWith("refs/tags/") ? tag : "refs/tags/" + tag;
            if (!o.ref.isEmpty() && !o.ref.equals(qualified)) {
                return conflict("ref", o.ref, qualified);
            }
            o.ref = qualified;
        }
        if (!branch.isEmpty()) {
            if (!tag.isEmpty()) {
                return error("branch conflicts with tag");
            }
            String qualified = branch.startsWith("refs/heads/") ? branch : "refs/heads/" + branch;
            if (!o.ref.isEmpty() && !o.ref.equals(qualified)) {
                return conflict("ref", o.ref, qualified);
            }
            o.ref = qualified;
        }
        return Optional.empty();
    }

    private static Optional<Boolean> bool(String v, boolean bare) {
        return bare ? Optional.of(true) : GoNumbers.parseBool(v);
    }

    private static Optional<String> conflict(String what, String current, String next) {
        return error(what + " conflicts: " + GoStrings.quote(current) + " vs " + GoStrings.quote(next));
    }

    private static Optional<String> invalid(String key, String value) {
        return error("invalid " + key + " value: " + GoStrings.quote(value));
    }

    private static Optional<String> error(String message) {
        return Optional.of(message);
    }
}
