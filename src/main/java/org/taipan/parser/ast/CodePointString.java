package org.taipan.parser.ast;

import java.util.Arrays;

/**
 * A str constant that a Java String cannot hold faithfully: escapes produced a high surrogate
 * followed by a low one ({@code '\ud83d\ude00'}), two code points in Python that UTF-16 would
 * read as one character. Every other str constant is a plain {@code String}.
 */
public record CodePointString(int[] codePoints) {
    @Override
    public boolean equals(Object o) {
        return o instanceof CodePointString c && Arrays.equals(c.codePoints, codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    /** The nearest Java String (the surrogates merge); for display only. */
    @Override
    public String toString() {
        return new String(codePoints, 0, codePoints.length);
    }
}
