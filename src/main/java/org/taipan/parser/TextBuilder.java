package org.taipan.parser;

import java.util.Arrays;
import org.taipan.parser.ast.CodePointString;

/**
 * Accumulates the value of a str literal (or run of them). Source text goes in as Java text;
 * a code point from an escape goes in on its own, so that escaped surrogates stay separate
 * code points as in Python. The value is a String unless two of them would pair up in UTF-16,
 * in which case it is a {@link CodePointString}.
 */
final class TextBuilder {
    private final StringBuilder sb = new StringBuilder();
    /** Non-null once an escape produced a surrogate: from then on code points are kept. */
    private int[] cps;
    private int n;

    /**
     * Java text: its surrogate pairs are real characters, but an unpaired surrogate in it can
     * only have come from an escape of an earlier literal, and must not pair with what follows.
     */
    void append(String text) {
        if (cps == null && hasLoneSurrogate(text)) {
            switchToCodePoints();
        }
        if (cps == null) {
            sb.append(text);
        } else {
            text.codePoints().forEach(this::push);
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A value as returned by {@link #value()}, e.g. of another literal in the same run. */
    void append(Object value) {
        if (value instanceof CodePointString c) {
            switchToCodePoints();
            for (int cp : c.codePoints()) {
                push(cp);
            }
        } else {
            append((String) value);
        }
    }

    void appendEscape(int cp) {
        if (cps == null && cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            switchToCodePoints();
        }
        if (cps == null) {
            sb.appendCodePoint(cp);
        } else {
            push(cp);
        }
    }

    boolean isEmpty() {
        return cps == null ? sb.isEmpty() : n == 0;
    }

    void clear() {
        sb.setLength(0);
        cps = null;
        n = 0;
    }

    Object value() {
        if (cps == null) {
            return sb.toString();
        }
        for (int i = 0; i + 1 < n; i++) {
            if (Character.isHighSurrogate((char) cps[i]) && cps[i] <= 0xFFFF && Character.isLowSurrogate((char) cps[i + 1])
                    && cps[i + 1] <= 0xFFFF) {
                return new CodePointString(Arrays.copyOf(cps, n));
            }
        }
        return new String(cps, 0, n);
    }

    private void switchToCodePoints() {
        if (cps != null) {
            return;
        }
        cps = new int[Math.max(16, sb.length())];
        n = 0;
        sb.codePoints().forEach(this::push);
        sb.setLength(0);
    }

    private void push(int cp) {
        if (n == cps.length) {
            cps = Arrays.copyOf(cps, n * 2);
        }
        cps[n++] = cp;
    }
}
