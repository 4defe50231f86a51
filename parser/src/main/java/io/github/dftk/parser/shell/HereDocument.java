package io.github.dftk.parser.shell;

import java.util.List;

/**
 * The body of a {@code <<DELIM} redirection inside a script: the lines after the line that
 * opens it, up to a line reading exactly the delimiter.
 *
 * <p>Not a record: the shell reads the body only after the whole line has been read, so the
 * redirection exists before its body does; the parser fills the body in once.
 */
public final class HereDocument {

    private final String delimiter;
    private final boolean quoted;
    private final boolean stripTabs;
    private List<WordPart> parts = List.of();
    private String content = "";
    private int bodyStart = -1;
    private int bodyEnd = -1;
    private int terminatorStart = -1;
    private int terminatorEnd = -1;

    HereDocument(String delimiter, boolean quoted, boolean stripTabs) {
        this.delimiter = delimiter;
        this.quoted = quoted;
        this.stripTabs = stripTabs;
    }

    void complete(String content, List<WordPart> parts, int bodyStart, int bodyEnd, int terminatorStart,
            int terminatorEnd) {
        this.content = content;
        this.parts = List.copyOf(parts);
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
        this.terminatorStart = terminatorStart;
        this.terminatorEnd = terminatorEnd;
    }

    /** The delimiter, quotes removed. */
    public String delimiter() {
        return delimiter;
    }

    /** Whether the delimiter was quoted: then the body is taken literally, without expansions. */
    public boolean quoted() {
        return quoted;
    }

    /** {@code <<-}: leading tabs are removed from the body lines and the terminator. */
    public boolean stripTabs() {
        return stripTabs;
    }

    /** Whether the body was found (false when the script ends on the opening line). */
    public boolean hasBody() {
        return bodyStart >= 0;
    }

    /** The body as written, every line with its newline. */
    public String content() {
        return content;
    }

    /** The expansions in the body (none when {@link #quoted()}); their commands are part of the script. */
    public List<WordPart> parts() {
        return parts;
    }

    public int bodyStart() {
        return bodyStart;
    }

    public int bodyEnd() {
        return bodyEnd;
    }

    /** The terminator line; empty at the end of the script when the terminator is missing. */
    public int terminatorStart() {
        return terminatorStart;
    }

    public int terminatorEnd() {
        return terminatorEnd;
    }
}
