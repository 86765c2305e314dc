package com.inquirydesk.base.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import org.jspecify.annotations.Nullable;

/**
 * Passes UTF-8 through and stops at the first ill-formed sequence, because the JSON parser decodes leniently:
 * it read the overlong {@code C0 BC} as {@code <}. Well-formed is as RFC 3629 says: no overlong forms, no
 * surrogates, nothing past U+10FFFF, no stray or missing continuation bytes. The bytes before the fault are
 * handed over first and the failure comes with the next read, so that the parser fails inside the value it was
 * reading and can tell which field that was.
 */
final class WellFormedUtf8InputStream extends FilterInputStream {

    private int continuationsDue;
    private int nextLowest = 0x80;
    private int nextHighest = 0xBF;
    private long passed;
    private @Nullable IllFormedUtf8Exception failure;

    WellFormedUtf8InputStream(InputStream in) {
        super(in);
    }

    /** Thrown at the first ill-formed byte. */
    static final class IllFormedUtf8Exception extends CharacterCodingException {

        private final long offset;

        IllFormedUtf8Exception(long offset) {
            this.offset = offset;
        }

        @Override
        public String getMessage() {
            return "Ill-formed UTF-8 at byte " + offset;
        }
    }

    @Override
    public int read() throws IOException {
        var one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int read = in.read(bytes, offset, length);
        if (read < 0) {
            if (continuationsDue > 0) {
                throw failure = new IllFormedUtf8Exception(passed);
            }
            return -1;
        }
        for (int i = 0; i < read; i++) {
            if (!accept(bytes[offset + i] & 0xFF)) {
                failure = new IllFormedUtf8Exception(passed + i);
                if (i == 0) {
                    throw failure;
                }
                passed += i;
                return i;
            }
        }
        passed += read;
        return read;
    }

    /** Skipped bytes are checked too. */
    @Override
    public long skip(long count) throws IOException {
        return Math.max(read(new byte[(int) Math.clamp(count, 0, 8192)]), 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Takes one byte; false when it cannot stand where it is (Table 3-7 of the Unicode standard). */
    private boolean accept(int b) {
        if (continuationsDue > 0) {
            if (b < nextLowest || b > nextHighest) {
                return false;
            }
            continuationsDue--;
            nextLowest = 0x80;
            nextHighest = 0xBF;
            return true;
        }
        if (b < 0x80) {
            return true;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            expect(1, 0x80, 0xBF);
        } else if (b == 0xE0) {
            expect(2, 0xA0, 0xBF); // below A0 would be overlong
        } else if (b == 0xED) {
            expect(2, 0x80, 0x9F); // above 9F would be a surrogate
        } else if (b >= 0xE1 && b <= 0xEF) {
            expect(2, 0x80, 0xBF);
        } else if (b == 0xF0) {
            expect(3, 0x90, 0xBF); // below 90 would be overlong
        } else if (b >= 0xF1 && b <= 0xF3) {
            expect(3, 0x80, 0xBF);
        } else if (b == 0xF4) {
            expect(3, 0x80, 0x8F); // above 8F would be past U+10FFFF
        } else {
            return false; // a stray continuation byte, C0 and C1 (always overlong), or F5 to FF
        }
        return true;
    }

    private void expect(int continuations, int lowest, int highest) {
        continuationsDue = continuations;
        nextLowest = lowest;
        nextHighest = highest;
    }
}
