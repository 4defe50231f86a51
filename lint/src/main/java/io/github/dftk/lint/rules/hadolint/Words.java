package io.github.dftk.lint.rules.hadolint;

/** How hadolint reads a word's text: without the quotes around it. */
final class Words {

    private Words() {
    }

    /**
     * {@code text} without one pair of surrounding quotes; inside double quotes {@code \"} and
     * {@code \\} lose their backslash. Variables are left as written.
     */
    static String unquoted(String text) {
        if (text.length() >= 2) {
            char first = text.charAt(0);
            if ((first == '"' || first == '\'') && text.charAt(text.length() - 1) == first) {
                String inner = text.substring(1, text.length() - 1);
                return first == '"' ? inner.replace("\\\"", "\"").replace("\\\\", "\\") : inner;
            }
        }
        return text;
    }

    /** Whether the word uses a variable (hadolint leaves such values alone). */
    static boolean hasVariable(String text) {
        return text.indexOf('$') >= 0;
    }
}
