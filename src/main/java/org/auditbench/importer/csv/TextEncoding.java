package org.auditbench.importer.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Picks the text encoding of a file from its first bytes: a BOM, else UTF-8 if valid, else Windows-1252. */
final class TextEncoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The charset and how many BOM bytes to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    private TextEncoding() {
    }

    static Detected detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        Detected utf16 = bomlessUtf16(head, length);
        if (utf16 != null) {
            return utf16;
        }
        return new Detected(isUtf8(head, length) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** True when the bytes are UTF-16 (with or without BOM), where zero bytes are normal. */
    static boolean isUtf16(Detected detected) {
        return detected.charset().equals(StandardCharsets.UTF_16LE) || detected.charset().equals(StandardCharsets.UTF_16BE);
    }

    /**
     * UTF-16 without a BOM (some Windows tools write it): ASCII text then has a zero in every second byte.
     * Recognised when at least 90% of the sampled character pairs look like that.
     */
    private static Detected bomlessUtf16(byte[] head, int length) {
        int pairs = Math.min(length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroOdd = 0;
        int zeroEven = 0;
        for (int i = 0; i < pairs; i++) {
            boolean evenZero = head[2 * i] == 0;
            boolean oddZero = head[2 * i + 1] == 0;
            if (oddZero && !evenZero) {
                zeroOdd++;
            } else if (evenZero && !oddZero) {
                zeroEven++;
            }
        }
        if (zeroOdd * 10 >= pairs * 9) {
            return new Detected(StandardCharsets.UTF_16LE, 0);
        }
        if (zeroEven * 10 >= pairs * 9) {
            return new Detected(StandardCharsets.UTF_16BE, 0);
        }
        return null;
    }

    private static boolean isUtf8(byte[] head, int length) {
        // A multi-byte character cut at the end of the sample is not evidence against UTF-8.
        int end = length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xff;
            if (b >= 0xc0) {
                end -= back;
                break;
            }
            if (b < 0x80) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
