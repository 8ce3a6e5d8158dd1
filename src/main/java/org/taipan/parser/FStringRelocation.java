package org.taipan.parser;

import java.util.function.UnaryOperator;

/**
 * Maps the positions of tokens of one f-string replacement field's expression, as tokenized
 * from {@code "(" + expression + ")"} (lines from 1; the "(" at line 1, column 0), to file
 * positions the way CPython 3.11 does.
 *
 * <p>3.11 puts the "(" where the "{" is: lines are offset by the line of the "{", and the
 * columns of a token that ends on the first line are shifted by {@link #firstLineShift()}.
 * Tokens ending on later lines keep their columns, which is right for them, but (3.11 quirk)
 * also for the start column of a multi-line string that starts on the first line. The shift is
 * the "{"'s column in the file, except (quirk) when only blanks separate the "{" from a
 * newline: then it is 0 if the "{" is on a later line of the string token, and the token's own
 * start column if on its first.
 */
public final class FStringRelocation implements UnaryOperator<Token> {
    private final int baseLine;
    private final int shift;

    public FStringRelocation(int baseLine, int firstLineShift) {
        this.baseLine = baseLine;
        this.shift = firstLineShift;
    }

    /** File line of the expression source's line 1. */
    public int baseLine() {
        return baseLine;
    }

    /**
     * Columns on the expression source's first line are shifted by this. CPython 3.11 reports a
     * syntax error inside the expression at its relocated line but with this shift subtracted
     * from both columns (on every line, so it can go negative), and does not convert those byte
     * columns to characters; the error's text is the expression source's line.
     */
    public int firstLineShift() {
        return shift;
    }

    @Override
    public Token apply(Token t) {
        int by = t.endLineno() == 1 ? shift : 0;
        return new Token(t.kind(), t.text(), baseLine + t.lineno() - 1, t.colOffset() + by,
            baseLine + t.endLineno() - 1, t.endColOffset() + by);
    }
}
