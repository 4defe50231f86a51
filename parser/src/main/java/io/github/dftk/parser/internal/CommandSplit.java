package io.github.dftk.parser.internal;

import io.github.dftk.parser.GoStrings;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's {@code splitCommand} and {@code extractBuilderFlags}: the keyword, the leading
 * {@code --flag} words, and the rest of the line. Flags are scanned byte by byte as BuildKit
 * does (a UTF-8 continuation byte 0x85 or 0xA0 counts as a space there, and each byte of a
 * non-ASCII character becomes its own rune); the byte path only runs when a line has flags
 * and non-ASCII text in them.
 *
 * @param command the keyword as written
 * @param flags flag words, quotes and escapes processed
 * @param restStart start of the arguments (after {@code strings.TrimSpace})
 * @param restEnd end of the arguments
 */
public record CommandSplit(RawWord command, List<RawWord> flags, int restStart, int restEnd) {

    /** Splits {@code line[from, to)}. */
    public static CommandSplit of(String line, int from, int to) {
        int start = GoStrings.skipSpace(line, from, to);
        int end = GoStrings.trimSpaceEnd(line, start, to);
        int commandEnd = start;
        while (commandEnd < end && !GoStrings.isTokenWhitespace(line.charAt(commandEnd))) {
            commandEnd++;
        }
        RawWord command = new RawWord(line.substring(start, commandEnd), start, commandEnd);
        if (commandEnd == end) {
            return new CommandSplit(command, List.of(), end, end);
        }
        int argsStart = commandEnd;
        while (argsStart < end && GoStrings.isTokenWhitespace(line.charAt(argsStart))) {
            argsStart++;
        }
        List<RawWord> flags = new ArrayList<>(0);
        int restFrom = extractFlags(line, argsStart, end, flags);
        int restStart = GoStrings.skipSpace(line, restFrom, end);
        int restEnd = GoStrings.trimSpaceEnd(line, restStart, end);
        return new CommandSplit(command, flags.isEmpty() ? List.of() : flags, restStart, restEnd);
    }

    /** Adds the flag words to {@code flags}; returns where the rest of the line starts. */
    private static int extractFlags(String line, int from, int to, List<RawWord> flags) {
        int i = from;
        while (i < to && isByteSpace(line.charAt(i))) {
            i++;
        }
        if (i + 1 >= to || line.charAt(i) != '-' || line.charAt(i + 1) != '-') {
            return i;
        }
        boolean ascii = true;
        for (int k = from; k < to; k++) {
            if (line.charAt(k) >= 0x80) {
                ascii = false;
                break;
            }
        }
        return ascii ? scan(new CharUnits(line), from, to, flags) : scanBytes(line, from, to, flags);
    }

    /** The units BuildKit's flag scanner walks: bytes, here as chars 0..255 with source offsets. */
    private interface Units {
        int at(int i);

        int sourceOffset(int i);
    }

    private record CharUnits(String line) implements Units {
        @Override
        public int at(int i) {
            return line.charAt(i);
        }

        @Override
        public int sourceOffset(int i) {
            return i;
        }
    }

    private static int scanBytes(String line, int from, int to, List<RawWord> flags) {
        byte[] bytes = SourceText.encode(line.substring(from, to));
        int[] offsets = new int[bytes.length + 1];
        int b = 0;
        for (int i = from; i < to; ) {
            char c = line.charAt(i);
            int width = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(line.charAt(i + 1)) ? 2 : 1;
            int n = GoStrings.isRawByte(c) ? 1
                    : GoStrings.byteLength(line, i, i + width);
            for (int k = 0; k < n; k++) {
                offsets[b++] = i;
            }
            i += width;
        }
        offsets[bytes.length] = to;
        Units units = new Units() {
            @Override
            public int at(int i) {
                return bytes[i] & 0xFF;
            }

            @Override
            public int sourceOffset(int i) {
                return offsets[i];
            }
        };
        return scan(units, 0, bytes.length, flags);
    }

    private static final int IN_SPACES = 0;
    private static final int IN_WORD = 1;
    private static final int IN_QUOTE = 2;

    /** BuildKit's flag state machine; returns the source offset where the rest starts. */
    private static int scan(Units u, int from, int to, List<RawWord> flags) {
        int phase = IN_SPACES;
        StringBuilder word = new StringBuilder();
        int quote = 0;
        boolean blankOk = false;
        int wordStart = from;
        int ch = 0;
        for (int pos = from; pos <= to; pos++) {
            if (pos != to) {
                ch = u.at(pos);
            }
            if (phase == IN_SPACES) {
                if (pos == to) {
                    break;
                }
                if (isByteSpace(ch)) {
                    continue;
                }
                if (ch != '-' || pos + 1 == to || u.at(pos + 1) != '-') {
                    return u.sourceOffset(pos);
                }
                phase = IN_WORD;
                wordStart = pos;
            }
            if (pos == to) {
                if (!isDoubleDash(word) && (blankOk || word.length() > 0)) {
                    flags.add(new RawWord(word.toString(), u.sourceOffset(wordStart), u.sourceOffset(pos)));
                }
                break;
            }
            if (phase == IN_WORD) {
                if (isByteSpace(ch)) {
                    phase = IN_SPACES;
                    if (isDoubleDash(word)) {
                        return u.sourceOffset(pos);
                    }
                    if (blankOk || word.length() > 0) {
                        flags.add(new RawWord(word.toString(), u.sourceOffset(wordStart), u.sourceOffset(pos)));
                    }
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = IN_QUOTE;
                    continue;
                }
                if (ch == '\\') {
                    if (pos + 1 == to) {
                        continue;
                    }
                    pos++;
                    ch = u.at(pos);
                }
                word.append((char) ch);
                continue;
            }
            // IN_QUOTE
            if (ch == quote) {
                phase = IN_WORD;
                continue;
            }
            if (ch == '\\') {
                if (pos + 1 == to) {
                    phase = IN_WORD;
                    continue;
                }
                pos++;
                ch = u.at(pos);
            }
            word.append((char) ch);
        }
        return u.sourceOffset(to);
    }

    private static boolean isDoubleDash(StringBuilder word) {
        return word.length() == 2 && word.charAt(0) == '-' && word.charAt(1) == '-';
    }

    /** Go's {@code unicode.IsSpace(rune(b))} for a byte (or a raw byte kept as U+DCxx). */
    private static boolean isByteSpace(int c) {
        if (c >= 0xDC80 && c <= 0xDCFF) {
            c -= 0xDC00;
        }
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }
}
