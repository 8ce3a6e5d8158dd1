package org.taipan.parser;

import static org.taipan.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.taipan.parser.ast.Loc;

/**
 * Token buffer, backtracking, positions, memoisation and error helpers shared by the parser
 * layers. Tokens are pulled lazily, so a tokenizer error surfaces only when the parser reaches
 * that token, and {@link #fill} (the number of tokens fetched so far) is the "furthest token
 * seen" that CPython reports generic syntax errors at. Rules return null on failure and leave
 * {@link #pos} where it was; syntax errors are thrown and end the parse.
 */
abstract class ParserBase implements FStringHost {
    /** Nesting depth of rule calls beyond which the source counts as too complex. */
    static final int MAX_DEPTH = 4000;

    final Tokenizer tokenizer;
    /**
     * Whether error columns are converted from UTF-8 bytes to characters. CPython does so
     * for text input and for bytes with a coding cookie or BOM, not for plain UTF-8 bytes.
     */
    boolean convertOffsets = true;
    /** Text input (compile() of a str) rather than a file: see {@link #lineText}. */
    boolean stringInput;
    /** What becomes of the NEWLINE our tokenizer adds to input without a final newline. */
    int implicitNewline;
    static final int DROP_NEWLINE = 1, UNPLACED_NEWLINE = 2;
    /** The source text (top-level parses), for the single-input checks. */
    String source;

    final String filename;
    /** Non-null when parsing an f-string replacement field: maps tokens into the file. */
    final UnaryOperator<Token> relocate;
    /** For f-string expressions: line/column that relocation adds, undone in error columns. */
    int startingLineno;
    int startingColOffset;
    int fstringDepth;

    Token[] toks = new Token[256];
    /** The bracket nesting level after each fetched token (CPython's token->level). */
    int[] levels = new int[256];
    int fill;
    int pos;
    /** Second pass: CPython's {@code invalid_*} alternatives are enabled. */
    boolean callInvalid;
    /** Set once the second pass starts: rules that CPython memoises use the memo. */
    boolean secondPass;
    int depth;

    ParserBase(Tokenizer tokenizer, String filename, UnaryOperator<Token> relocate) {
        this.tokenizer = tokenizer;
        this.filename = filename;
        this.relocate = relocate;
    }

    // ---- token access ------------------------------------------------------------------

    final Token tok() {
        if (pos == fill) {
            fetch();
        }
        return toks[pos];
    }

    final TokenKind kind() {
        if (pos == fill) {
            fetch();
        }
        return toks[pos].kind();
    }

    /** The kind of the token {@code k} places after the current one. */
    final TokenKind kindAt(int k) {
        int i = pos + k;
        while (i >= fill) {
            fetch();
        }
        return toks[i].kind();
    }

    final Token tokAt(int k) {
        int i = pos + k;
        while (i >= fill) {
            fetch();
        }
        return toks[i];
    }

    private void fetch() {
        if (fill > 0 && toks[fill - 1].kind() == ENDMARKER) {
            // The tokenizer repeats ENDMARKER; so do we, without asking it.
            add(toks[fill - 1]);
            return;
        }
        Token t;
        try {
            t = rawNext();
        } catch (PySyntaxError e) {
            tokenizerError();
            throw e;
        }
        if (implicitNewline != 0 && t.kind() == NEWLINE && t.lineno() >= tokenizer.lineCount()) {
            if (implicitNewline == DROP_NEWLINE) {
                fetch();
                return;
            }
            // no column, the tokenizer's position being the end of the line
            t = new Token(NEWLINE, t.text(), t.lineno(), -1, t.endLineno(), t.endColOffset());
        }
        if (implicitNewline == UNPLACED_NEWLINE && t.colOffset() < 0 && t.kind() != NEWLINE
                && t.lineno() >= tokenizer.lineCount() && t.endColOffset() == lastLineBytes() + 1) {
            // at the end, the tokenizer's position is after the last line, which has no newline
            t = new Token(t.kind(), t.text(), t.lineno(), -1, t.endLineno(), t.endColOffset() - 1);
        }
        if (t.kind() == ENDMARKER) {
            // CPython's tokenizer fails at the end of input inside brackets.
            Token b = tokenizer.openBracketAtEof();
            if (b != null) {
                tokenizerError();
                throw neverClosed(b);
            }
        }
        if (relocate != null) {
            Token r = relocate.apply(t);
            if (t.lineno() == 1 && t.endLineno() != 1) {
                // CPython shifts columns only while its tokenizer is on the first line, so a
                // token that starts there but ends further down keeps its own column.
                r = new Token(r.kind(), r.text(), r.lineno(), t.colOffset(), r.endLineno(), r.endColOffset());
            }
            t = r;
        }
        add(t);
    }

    private void add(Token t) {
        if (fill == toks.length) {
            toks = java.util.Arrays.copyOf(toks, fill * 2);
            levels = java.util.Arrays.copyOf(levels, fill * 2);
        }
        int level = fill == 0 ? 0 : levels[fill - 1];
        switch (t.kind()) {
            case LPAR, LSQB, LBRACE -> level++;
            case RPAR, RSQB, RBRACE -> level = Math.max(0, level - 1);
            default -> {
            }
        }
        levels[fill] = level;
        toks[fill++] = t;
    }

    /**
     * The next token from the tokenizer. CPython's tokenizer makes an ordinary (operator)
     * token of a stray '$', '?', '`' or '!', which no rule accepts; ours raises "invalid
     * syntax" there and goes on after it. That becomes a token of kind RARROW with the
     * character as its text (nothing accepts a RARROW whose text is not "->").
     */
    final Token rawNext() {
        try {
            return tokenizer.next();
        } catch (PySyntaxError e) {
            if (!e.msg.equals("invalid syntax") || e.offset < 1
                    || e.lineno == strayLine && e.offset == strayOffset) {
                throw e;
            }
            // Remember it: a tokenizer that did not move on would otherwise repeat forever.
            strayLine = e.lineno;
            strayOffset = e.offset;
            int byteCol = e.offset - 1;
            return new Token(RARROW, strayChar(e.lineno, byteCol), e.lineno, byteCol, e.lineno, byteCol + 1);
        }
    }

    private int strayLine;
    private int strayOffset;

    /** The character at UTF-8 column {@code byteCol} of line {@code lineno}. */
    private String strayChar(int lineno, int byteCol) {
        String line = tokenizer.lineText(lineno);
        int bytes = 0;
        int i = 0;
        while (line != null && i < line.length() && bytes < byteCol) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return line != null && i < line.length() ? line.substring(i, i + 1) : "?";
    }

    /** Whether the current token is a real '->'. */
    final boolean atArrow() {
        Token t = tok();
        return t.kind() == RARROW && t.text().equals("->");
    }

    /** The UTF-8 length of the source's last line. */
    private int lastLineBytes() {
        int nl = Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r'));
        return source.substring(nl + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Called when the tokenizer raises, before the error propagates. */
    void tokenizerError() {
    }

    final boolean accept(TokenKind k) {
        if (kind() == k) {
            pos++;
            return true;
        }
        return false;
    }

    /** The current token if it has kind {@code k} (and consumes it), else null. */
    final Token expect(TokenKind k) {
        Token t = tok();
        if (t.kind() == k) {
            pos++;
            return t;
        }
        return null;
    }

    final boolean atName(String text) {
        Token t = tok();
        return t.kind() == NAME && t.text().equals(text);
    }

    /** CPython's forced token ({@code &&'x'}): a missing one is an immediate SyntaxError. */
    final Token expectForced(TokenKind k) {
        Token t = tok();
        if (t.kind() == k) {
            pos++;
            return t;
        }
        throw raiseAt(t, "expected '" + k.text + "'");
    }

    /**
     * CPython's SOFT_KEYWORD token class: a NAME that is a soft keyword, except that 3.11
     * compares only the NAME's length of characters, so any prefix of "match", "case" or "_"
     * (such as "c" or "ma") counts too.
     */
    final boolean isSoftKeyword(Token t) {
        if (t.kind() != NAME) {
            return false;
        }
        String s = t.text();
        return "match".startsWith(s) || "case".startsWith(s) || "_".startsWith(s);
    }

    // ---- positions ---------------------------------------------------------------------

    /** The last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER. */
    final Token lastToken() {
        int m = pos - 1;
        while (m > 0) {
            TokenKind k = toks[m].kind();
            if (k != NEWLINE && k != INDENT && k != DEDENT && k != ENDMARKER) {
                break;
            }
            m--;
        }
        return toks[Math.max(m, 0)];
    }

    /** The span of a rule that started at token index {@code start} and ends here. */
    final Loc loc(int start) {
        Token s = toks[start];
        Token e = lastToken();
        return new Loc(s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    static Loc loc(Token t) {
        return new Loc(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    // ---- recursion guard ---------------------------------------------------------------

    final void enter() {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            Token t = toks[Math.max(0, Math.min(pos, fill - 1))];
            throw new PySyntaxError("SyntaxError", "too complex", filename, t.lineno(),
                    t.colOffset() + 1, t.lineno(), t.colOffset() + 1, null);
        }
    }

    final void leave() {
        depth--;
    }

    // ---- memoisation ---------------------------------------------------------------------
    // The rules CPython memoises. A few (those whose re-parsing after backtracking could
    // otherwise cost exponential time on nested brackets) are memoised in both passes, the
    // rest only in the second pass, where the invalid_ alternatives re-parse a lot.

    static final int M_EXPRESSION = 0, M_DISJUNCTION = 1, M_STAR_TARGET = 2, M_TARGET_STAR_ATOM = 3,
            M_T_PRIMARY = 4, M_ARGUMENTS = 5, M_STAR_EXPRESSION = 6, M_INVALID_NAMED = 7, M_CLOSED_PATTERN = 8,
            M_DEL_TARGET = 9, M_BLOCK = 10, M_SIMPLE_STMT = 11, M_CONJUNCTION = 12, M_INVERSION = 13,
            M_FACTOR = 14, M_BITWISE_OR = 15, M_PRIMARY = 16, M_STAR_PATTERN = 17, M_COUNT = 18;

    private static final boolean[] ALWAYS = new boolean[M_COUNT];

    static {
        for (int r : new int[] {M_EXPRESSION, M_STAR_TARGET, M_TARGET_STAR_ATOM, M_T_PRIMARY, M_ARGUMENTS,
            M_CLOSED_PATTERN, M_DEL_TARGET, M_STAR_PATTERN}) {
            ALWAYS[r] = true;
        }
    }

    private static final Object FAIL = new Object();
    private final Object[][] memoVal = new Object[M_COUNT][];
    private final int[][] memoEnd = new int[M_COUNT][];

    /** Whether rule {@code rule} is memoised in the current pass. */
    final boolean memo(int rule) {
        return secondPass || ALWAYS[rule];
    }

    /** A memoised result (the node or FAIL), moving pos to its end; null if none. */
    final Object memoGet(int rule) {
        Object[] v = memoVal[rule];
        if (v == null || pos >= v.length) {
            return null;
        }
        Object r = v[pos];
        if (r != null) {
            pos = memoEnd[rule][pos];
        }
        return r;
    }

    /** Records the result of {@code rule} started at {@code start} and ending at pos. */
    final void memoPut(int rule, int start, Object value) {
        Object[] v = memoVal[rule];
        if (v == null || start >= v.length) {
            int n = Math.max(toks.length, start + 1);
            memoVal[rule] = v = v == null ? new Object[n] : java.util.Arrays.copyOf(v, n);
            memoEnd[rule] = memoEnd[rule] == null ? new int[n] : java.util.Arrays.copyOf(memoEnd[rule], n);
        }
        v[start] = value == null ? FAIL : value;
        memoEnd[rule][start] = pos;
    }

    static boolean isFail(Object o) {
        return o == FAIL;
    }

    final void clearMemo() {
        java.util.Arrays.fill(memoVal, null);
        java.util.Arrays.fill(memoEnd, null);
    }

    // ---- errors ------------------------------------------------------------------------

    /**
     * The source line for an error report. CPython takes it from the file when parsing a
     * file (with its newline). For text input it takes it from the tokenizer: the line the
     * tokenizer is on with its newline, an earlier line without.
     */
    String lineText(int lineno) {
        int local = relocate != null ? lineno - startingLineno : lineno;
        String line;
        try {
            line = tokenizer.lineText(local);
        } catch (RuntimeException e) {
            return null;
        }
        if (stringInput && fill > 0 && lineno < toks[fill - 1].endLineno() && line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }

    /**
     * CPython's error with a known location: 1-based UTF-8 byte columns {@code col1} and
     * {@code endCol1} (0 or negative kept as they are), converted to character offsets.
     */
    final PySyntaxError errorKnown(String type, String msg, int lineno, int col1, int endLineno, int endCol1) {
        return errorAt(type, msg, lineno, col1, endLineno, endCol1, true);
    }

    final PySyntaxError errorAt(String type, String msg, int lineno, int col1, int endLineno, int endCol1,
                                boolean convert) {
        String text = lineText(lineno);
        if (relocate != null) {
            // Columns stay UTF-8 byte based here, as in CPython 3.11.
            return new PySyntaxError(type, "f-string: " + msg, filename, lineno, col1 - startingColOffset,
                    endLineno, endCol1 - startingColOffset, text);
        }
        convert &= convertOffsets;
        int offset = convert ? toChars(text, col1) : col1;
        int endOffset = convert && endCol1 > 0 ? toChars(text, endCol1) : endCol1;
        return new PySyntaxError(type, msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    /**
     * CPython's conversion of a 1-based UTF-8 column to a character offset: the number of
     * characters in the first {@code col1} bytes of the line (a cut character counts as one),
     * the column being first clamped to one past the line's end.
     */
    static int toChars(String line, int col1) {
        if (line == null || col1 <= 0) {
            return col1;
        }
        byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = Math.min(col1, b.length + 1);
        int chars = 0;
        int i = 0;
        while (i < n) {
            if (i >= b.length) {
                chars++;
                break;
            }
            int c = b[i] & 0xff;
            i += c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            chars++;
        }
        return chars;
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token). INDENT, DEDENT and ENDMARKER have no column. */
    final PySyntaxError raiseAt(Token t, String msg) {
        if (t.colOffset() < 0) {
            return errorKnown("SyntaxError", msg, t.lineno(), 0, t.endLineno(), 0);
        }
        return errorKnown("SyntaxError", msg, t.lineno(), t.colOffset() + 1, t.endLineno(), t.endColOffset() + 1);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node). */
    final PySyntaxError raiseAt(Loc l, String msg) {
        return errorKnown("SyntaxError", msg, l.lineno(), l.colOffset() + 1, l.endLineno(), l.endColOffset() + 1);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b). */
    final PySyntaxError raiseRange(Loc a, Loc b, String msg) {
        return errorKnown("SyntaxError", msg, a.lineno(), a.colOffset() + 1, b.endLineno(), b.endColOffset() + 1);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM(a): the end is where the tokenizer has got to. */
    final PySyntaxError raiseFrom(Loc a, String msg) {
        Token t = toks[fill - 1];
        return errorKnown("SyntaxError", msg, a.lineno(), a.colOffset() + 1, t.endLineno(), t.endColOffset());
    }

    /**
     * RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched. For a token
     * without a column (INDENT, DEDENT, ENDMARKER) CPython uses the tokenizer's position.
     */
    final PySyntaxError raiseLast(String type, String msg) {
        if (fill == 0) {
            return errorKnown(type, msg, 0, 0, 0, -1);
        }
        Token t = toks[fill - 1];
        if (t.colOffset() < 0) {
            return errorAt(type, msg, t.lineno(), t.endColOffset(), t.endLineno(), -1, true);
        }
        return errorKnown(type, msg, t.lineno(), t.colOffset() + 1, t.endLineno(), t.endColOffset() + 1);
    }

    final PySyntaxError raiseLast(String msg) {
        return raiseLast("SyntaxError", msg);
    }

    /** "'(' was never closed" for the bracket token {@code b}. */
    final PySyntaxError neverClosed(Token b) {
        return errorKnown("SyntaxError", "'" + b.text() + "' was never closed", b.lineno(), b.colOffset() + 1,
                b.lineno(), 0);
    }

    @Override
    public PySyntaxError error(String msg, int lineno, int colOffset, int endLineno, int endColOffset) {
        return errorKnown("SyntaxError", msg, lineno, colOffset + 1, endLineno, endColOffset + 1);
    }

    @Override
    public int fstringDepth() {
        return fstringDepth;
    }

    static <T> List<T> list() {
        return new ArrayList<>();
    }
}
