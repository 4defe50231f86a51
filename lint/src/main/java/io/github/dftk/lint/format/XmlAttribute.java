package io.github.dftk.lint.format;

/**
 * Text inside a double-quoted XML attribute. Escapes what hadolint's XML library escapes there
 * ({@code & < "}, leaving {@code >} and {@code '} as they are), and goes further where
 * hadolint's output would lose or break text: tab, line feed and carriage return become
 * character references (a parser would otherwise read them as spaces), and characters XML 1.0
 * cannot carry at all (other control characters, unpaired surrogates, U+FFFE, U+FFFF) become
 * U+FFFD.
 */
final class XmlAttribute {

    private XmlAttribute() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
