package io.github.dftk.ast;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The instruction keyword as written ({@code text}) and where. */
public record Keyword(String text, SourceRange range) {

    /** Spellings seen so far; bounded so that garbage keywords cannot grow it without limit. */
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 512;

    /** Lower-case name, as BuildKit dispatches on it. */
    public String name() {
        return normalize(text);
    }

    /**
     * A keyword as written, lower-cased the way Go's {@code strings.ToLower} does it (simple
     * case mapping, no locale; bytes that are not UTF-8 become U+FFFD). Cached: keywords are
     * few and looked up for every instruction.
     */
    public static String normalize(String text) {
        String name = NAMES.get(text);
        if (name == null) {
            name = lower(text);
            if (NAMES.size() < MAX_CACHED) {
                NAMES.put(text, name);
            }
        }
        return name;
    }

    private static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                StringBuilder out = new StringBuilder(s.length());
                s.codePoints().forEach(cp -> out.appendCodePoint(Character.isSurrogate((char) cp) && cp < 0x10000
                        ? 0xFFFD : Character.toLowerCase(cp)));
                return out.toString();
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
