package io.github.dftk.parser.internal;

import io.github.dftk.parser.GoStrings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text and back without losing anything. Dockerfiles are UTF-8, but BuildKit
 * reads bytes and keeps invalid sequences as they are; so do we: each byte that is not part
 * of a valid UTF-8 sequence (by Go's rules: no overlongs, no surrogates, nothing above
 * U+10FFFF) becomes the lone surrogate U+DC00 + byte, and {@link #encode} restores it.
 */
public final class SourceText {

    private SourceText() {
    }

    public static String decode(byte[] bytes) {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int b0 = bytes[i] & 0xFF;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                out.append((char) (0xDC00 + b0));
                i++;
                continue;
            }
            int cp = switch (length) {
                case 2 -> ((b0 & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
                case 3 -> ((b0 & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
                default -> ((b0 & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6)
                        | (bytes[i + 3] & 0x3F);
            };
            out.appendCodePoint(cp);
            i += length;
        }
        return out.toString();
    }

    /** Length of the valid UTF-8 sequence starting at {@code i}, or 0 if it is not valid. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b0 = bytes[i] & 0xFF;
        int length;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            if (b0 == 0xE0) {
                min2 = 0xA0;
            } else if (b0 == 0xED) {
                max2 = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            if (b0 == 0xF0) {
                min2 = 0x90;
            } else if (b0 == 0xF4) {
                max2 = 0x8F;
            }
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int b1 = bytes[i + 1] & 0xFF;
        if (b1 < min2 || b1 > max2) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    public static byte[] encode(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length(); i++) {
            if (GoStrings.isRawByte(text.charAt(i))) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GoStrings.isRawByte(c)) {
                out.writeBytes(text.substring(runStart, i).getBytes(StandardCharsets.UTF_8));
                out.write(c - 0xDC00);
                runStart = i + 1;
            }
        }
        out.writeBytes(text.substring(runStart).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
