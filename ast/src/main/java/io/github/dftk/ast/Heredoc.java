package io.github.dftk.ast;

/**
 * A here-document attached to RUN, COPY or ADD.
 *
 * @param name the terminator word, quotes removed
 * @param fileDescriptor the digits before {@code <<} (0 when none)
 * @param expand false when any part of the name was quoted: the body is not expanded
 * @param chomp {@code <<-}: leading tabs are stripped from body lines
 * @param content the body exactly as written (every line with its newline), before chomping
 * @param markerRange where {@code <<NAME} is written on the instruction line
 * @param bodyRange the body lines
 * @param terminatorRange the terminator line (empty at the end of an unterminated heredoc)
 */
public record Heredoc(String name, int fileDescriptor, boolean expand, boolean chomp, String content,
        SourceRange markerRange, SourceRange bodyRange, SourceRange terminatorRange) {

    /** The body as the build sees it: with {@code <<-}, leading tabs removed from every line. */
    public String effectiveContent() {
        if (!chomp) {
            return content;
        }
        StringBuilder out = new StringBuilder(content.length());
        boolean lineStart = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (lineStart && c == '\t') {
                continue;
            }
            out.append(c);
            lineStart = c == '\n';
        }
        return out.toString();
    }
}
