package io.github.dftk.parser.shell;

/**
 * Go's regexp template expansion as {@code ReplaceAllString} applies it to BuildKit's
 * {@code ${VAR//p/r}}. BuildKit's pattern regexps have no capture groups, so {@code $0} (or
 * {@code ${0}}) is the whole match, {@code $$} is a dollar, any other well-formed reference is
 * empty, and a malformed one is literal text.
 */
final class ReplacementTemplate {

    private ReplacementTemplate() {
    }

    static void expand(String template, String text, int matchStart, int matchEnd, StringBuilder out) {
        int i = 0;
        int n = template.length();
        while (i < n) {
            int dollar = template.indexOf('$', i);
            if (dollar < 0) {
                break;
            }
            out.append(template, i, dollar);
            i = dollar + 1;
            if (i < n && template.charAt(i) == '$') {
                out.append('$');
                i++;
                continue;
            }
            boolean braced = i < n && template.charAt(i) == '{';
            int nameStart = braced ? i + 1 : i;
            int nameEnd = nameStart;
            while (nameEnd < n) {
                int c = template.codePointAt(nameEnd);
                if (!Character.isLetter(c) && !Character.isDigit(c) && c != '_') {
                    break;
                }
                nameEnd += Character.charCount(c);
            }
            boolean wellFormed = nameEnd > nameStart && (!braced || (nameEnd < n && template.charAt(nameEnd) == '}'));
            if (!wellFormed) {
                out.append('$');
                continue;
            }
            if (nameEnd - nameStart == 1 && template.charAt(nameStart) == '0') {
                out.append(text, matchStart, matchEnd);
            }
            i = braced ? nameEnd + 1 : nameEnd;
        }
        out.append(template, i, n);
    }
}
