package io.github.dftk.ir;

/** Short, human-readable descriptions of ops for text, DOT and Mermaid output. */
final class VertexLabels {

    private VertexLabels() {
    }

    private static final int MAX = 120;

    /** One line: line breaks shown as {@code \n}, long labels cut with an ellipsis. */
    static String label(Op op) {
        String label = raw(op).replace("\n", "\\n");
        return label.length() > MAX ? label.substring(0, MAX - 1) + "…" : label;
    }

    private static String raw(Op op) {
        if (op instanceof Op.ImageSource image) {
            return "image " + image.written() + " (" + image.platform() + ")";
        }
        if (op instanceof Op.ContextSource local) {
            return "local " + local.name();
        }
        if (op instanceof Op.GitSource git) {
            return "git " + git.remote() + git.ref().map(r -> "#" + r).orElse("")
                    + git.subdir().map(s -> ":" + s).orElse("");
        }
        if (op instanceof Op.HttpSource http) {
            return "http " + http.url();
        }
        if (op instanceof Op.Exec exec) {
            return "exec " + String.join(" ", exec.args());
        }
        if (op instanceof Op.FileOp file) {
            FileAction action = file.action();
            if (action instanceof FileAction.Copy copy) {
                return "copy " + String.join(" ", copy.sources()) + " -> " + copy.destination();
            }
            if (action instanceof FileAction.Mkfile mkfile) {
                return "mkfile " + mkfile.path();
            }
            return "mkdir " + ((FileAction.Mkdir) action).path();
        }
        return "merge";
    }
}
