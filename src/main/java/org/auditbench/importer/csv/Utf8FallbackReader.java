package org.auditbench.importer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8, but reads any byte sequence that is not valid UTF-8 as Windows-1252 instead of
 * replacing it with U+FFFD. Exports that were UTF-8 in the first 64 KB and have one
 * {@code Müller} typed in a legacy tool further down keep that name instead of losing it.
 */
final class Utf8FallbackReader extends Reader {

    private static final char[] WINDOWS_1252 = new String(allBytes(), TextEncoding.WINDOWS_1252).toCharArray();

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private boolean endOfInput;
    private long fallbackBytes;

    Utf8FallbackReader(InputStream in) {
        this.in = in;
    }

    /** How many bytes were not UTF-8 and were read as Windows-1252. */
    long fallbackBytes() {
        return fallbackBytes;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isMalformed() || result.isUnmappable()) {
                for (int i = 0; i < result.length() && out.hasRemaining(); i++) {
                    out.put(WINDOWS_1252[bytes.get() & 0xff]);
                    fallbackBytes++;
                }
            } else if (result.isOverflow()) {
                break;
            } else if (endOfInput) {
                if (bytes.hasRemaining()) {
                    // a multi-byte sequence cut off by the end of the file: Windows-1252 as well
                    while (bytes.hasRemaining() && out.hasRemaining()) {
                        out.put(WINDOWS_1252[bytes.get() & 0xff]);
                        fallbackBytes++;
                    }
                    continue;
                }
                break;
            } else {
                fill();
            }
        }
        int read = out.position() - offset;
        return read == 0 && endOfInput && !bytes.hasRemaining() ? -1 : read;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static byte[] allBytes() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        return all;
    }
}
