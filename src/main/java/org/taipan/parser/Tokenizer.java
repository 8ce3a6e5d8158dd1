package org.taipan.parser;

import java.text.Normalizer;

/**
 * The lexical analyser for Python 3.11 source, behaving like CPython 3.11's C tokenizer as the
 * parser sees it: no NL or COMMENT tokens, one NEWLINE per logical line, INDENT/DEDENT from the
 * indentation stack, brackets tracked for implicit line joining. Tokens are produced lazily by
 * {@link #next()}, and an error is thrown only when the bad token is reached, as CPython's
 * parser only sees a tokenizer error once it asks for that token.
 *
 * <p>Positions: lines are 1-based, columns 0-based UTF-8 byte offsets. Line endings
 * {@code \r\n} and {@code \r} are read as {@code \n}, and a source that does not end in a
 * newline gets one (as CPython does for exec input), so the last line always yields NEWLINE.
 *
 * <ul>
 * <li>NEWLINE: CPython starts it at the comment if one ends the line, else at the newline
 *     character, and ends it at the newline character (so it is usually empty).</li>
 * <li>INDENT, DEDENT, ENDMARKER: CPython gives them no column (-1). Here {@code colOffset} is -1
 *     too, and {@code endColOffset} holds the tokenizer's "current position" just after the
 *     token was produced: a UTF-8 byte offset in line {@code lineno}. CPython uses it for errors
 *     raised at such a token without an explicit location (e.g. "unexpected indent",
 *     "expected an indented block ..." at ENDMARKER): SyntaxError offset = that value
 *     (unconverted), end_offset = -1. Errors with an explicit location at such a token (the
 *     generic "invalid syntax" at ENDMARKER) report offset 0, end_offset 0. INDENT and DEDENT
 *     in the middle of the file are on the line of the next token, with the current position at
 *     its first character; DEDENTs and ENDMARKER at the end are on the last line of the file
 *     (0 for an empty file), the current position being that line's length in bytes with its
 *     newline.</li>
 * <li>{@code $ ? `} and {@code !} alone raise "invalid syntax" at themselves: CPython makes a
 *     token of them that no rule matches, and there is no such kind here. See
 *     {@link #isErrorToken}: the tokenizer can go on after them. ASCII control characters
 *     other than whitespace are "invalid non-printable character" errors.</li>
 * <li>{@code <>} is a NOTEQUAL token with text "<>", which the parser must reject as CPython
 *     does ("invalid syntax" at it).</li>
 * </ul>
 *
 * <p>At the end of input with brackets open, no NEWLINE is produced: ENDMARKER follows the
 * last token and {@link #openBracketAtEof()} tells the parser which bracket to report as
 * "'(' was never closed".
 *
 * <p>Errors carry CPython's type, message, positions and text for compile() of UTF-8 bytes;
 * see {@link #setCharacterOffsets} for other input, and {@link #errorText} for the text
 * CPython's parser puts in its own errors.
 */
public final class Tokenizer {
    static final int MAX_INDENT = 100;
    static final int MAX_LEVEL = 200;
    private static final int TAB_SIZE = 8;

    private final String filename;
    private final char[] buf;
    private final int len;
    /** The final newline was added here and is not in the source (non-exec input). */
    private boolean virtualNewline;
    /** Number of lines in the source (with the implicit final newline). */
    private final int lineCount;
    private int[] lineStarts;

    private int pos;
    private int lineno = 1;
    private int lineStart;
    /**
     * Where CPython's tokenizer buffer starts: the first line of the current logical line, or
     * of its last bracketed line, continued over backslashes and strings. Errors reported
     * through error codes show text (and some offsets) from here.
     */
    private int chunkStart;
    // Byte-column cache for the current line: byte offset of buf[bcPos] from lineStart.
    private int bcLine = -1;
    private int bcPos;
    private int bcVal;

    private boolean atBol = true;
    private boolean done;
    private int pendingDedents;
    private final int[] indStack = new int[MAX_INDENT + 1];
    private final int[] altStack = new int[MAX_INDENT + 1];
    private int indTop;

    private final char[] parenChar = new char[MAX_LEVEL];
    private final int[] parenLine = new int[MAX_LEVEL];
    private final int[] parenCol = new int[MAX_LEVEL];
    private int level;

    /** A tokenizer for a module ("exec" input). */
    public Tokenizer(String source, String filename) {
        this(source, filename, true);
    }

    /**
     * With {@code execInput} false ("eval", "single" and "func_type" input), CPython does not
     * add a newline to an unterminated last line: that line's NEWLINE then has no column
     * (colOffset -1, endColOffset the current position, like INDENT), and a last line holding
     * only spaces is not blank.
     */
    public Tokenizer(String source, String filename, boolean execInput) {
        this.filename = filename;
        String s = source;
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
            if (execInput && source.endsWith("\r\n")) {
                s = s + "\n"; // CPython sees one more, empty, line after a final CRLF
            }
        }
        if (!s.isEmpty() && s.charAt(s.length() - 1) != '\n') {
            s = s + "\n";
            virtualNewline = !execInput;
        }
        if (s.indexOf('\0') >= 0) {
            throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes",
                    filename, 0, 0, 0, 0, null);
        }
        this.buf = s.toCharArray();
        this.len = buf.length;
        int n = 0;
        for (char c : buf) {
            if (c == '\n') {
                n++;
            }
        }
        this.lineCount = n;
    }

    public String filename() {
        return filename;
    }

    /** The source line {@code lineno} with its newline, or "" if there is no such line. */
    public String lineText(int lineno) {
        if (lineStarts == null) {
            int[] starts = new int[lineCount + 2];
            int k = 1;
            starts[k++] = 0;
            for (int i = 0; i < len; i++) {
                if (buf[i] == '\n' && k <= lineCount) {
                    starts[k++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        if (lineno < 1 || lineno > lineCount) {
            return "";
        }
        int start = lineStarts[lineno];
        int end = start;
        while (end < len && buf[end] != '\n') {
            end++;
        }
        return displayText(start, end) + (end == len - 1 && virtualNewline ? "" : "\n");
    }

    /** The number of lines of the source, as CPython counts them (the ENDMARKER line). */
    public int lineCount() {
        return lineCount;
    }

    /**
     * The innermost bracket still open, as a token of its kind (LPAR, LSQB or LBRACE) at its
     * position, or null if all are closed. Meant for "'(' was never closed" once the parser has
     * reached ENDMARKER.
     */
    public Token openBracketAtEof() {
        if (level == 0) {
            return null;
        }
        int i = level - 1;
        char c = parenChar[i];
        TokenKind k = c == '(' ? TokenKind.LPAR : c == '[' ? TokenKind.LSQB : TokenKind.LBRACE;
        return new Token(k, String.valueOf(c), parenLine[i], parenCol[i], parenLine[i], parenCol[i] + 1);
    }

    /**
     * Whether NAME token {@code t} is spelled {@code word} (ASCII) in the source itself, not
     * just after NFKC normalisation. CPython matches soft keywords against the source, so
     * "\uff4d\uff41\uff54\uff43\uff48" (fullwidth) names the variable {@code match} but
     * does not start a match statement. (Compares the token's byte length, which tells them
     * apart for any word without a compatibility ligature in it, "match", "case" and "_"
     * included.)
     */
    public static boolean isSpelled(Token t, String word) {
        return t.kind() == TokenKind.NAME && t.text().equals(word) && t.lineno() == t.endLineno()
                && t.endColOffset() - t.colOffset() == word.length();
    }

    /** The current bracket nesting depth. */
    public int level() {
        return level;
    }

    public Token next() {
        if (pendingDedents > 0) {
            pendingDedents--;
            return pos >= len ? endToken(TokenKind.DEDENT) : synthetic(TokenKind.DEDENT);
        }
        if (done) {
            return endToken(TokenKind.ENDMARKER);
        }
        while (true) {
            if (atBol) {
                atBol = false;
                Token t = indentation();
                if (t != null) {
                    return t;
                }
                if (atBol) {
                    continue; // a blank line was skipped
                }
            }
            // Skip whitespace between tokens.
            char c;
            while (pos < len && ((c = buf[pos]) == ' ' || c == '\t' || c == '\f')) {
                pos++;
            }
            if (pos >= len) {
                return atEof();
            }
            c = buf[pos];
            int start = pos;
            switch (c) {
                case '#': {
                    while (buf[pos] != '\n') {
                        pos++;
                    }
                    if (level > 0) {
                        continue;
                    }
                    return newlineToken(start);
                }
                case '\n':
                    if (level > 0) {
                        newLine(pos + 1);
                        continue;
                    }
                    return newlineToken(start);
                case '\\':
                    continuation();
                    continue;
                case '"':
                case '\'':
                    return string(start, pos);
                case '0': case '1': case '2': case '3': case '4':
                case '5': case '6': case '7': case '8': case '9':
                    return TokenizerNumbers.scan(this, start);
                case '.':
                    if (pos + 1 < len && isDigit(buf[pos + 1])) {
                        return TokenizerNumbers.scan(this, start);
                    }
                    if (pos + 2 < len && buf[pos + 1] == '.' && buf[pos + 2] == '.') {
                        pos += 3;
                        return token(TokenKind.ELLIPSIS, start);
                    }
                    pos++;
                    return token(TokenKind.DOT, start);
                default:
                    break;
            }
            if (c < 128) {
                if (isAsciiIdentStart(c)) {
                    return name(start);
                }
                return operator(start, c);
            }
            return name(start);
        }
    }

    // ---------------------------------------------------------------- lines and indentation

    private void newLine(int nextStart) {
        pos = nextStart;
        lineStart = nextStart;
        if (nextStart < len) {
            chunkStart = nextStart; // at the end, CPython's buffer still holds the last line
        }
        lineno++;
    }

    /**
     * At the start of a logical line (outside brackets): measure the indentation and return
     * INDENT or the first DEDENT, or null. Blank and comment-only lines are skipped and leave
     * atBol set.
     */
    private Token indentation() {
        int col = 0;
        int altcol = 0;
        int contCol = -1;
        while (true) {
            if (pos >= len) {
                return null;
            }
            char c = buf[pos];
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol++;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\') {
                // Indentation is not continued over a backslash: the first backslash found at a
                // nonzero column fixes the level.
                if (contCol <= 0) {
                    contCol = col;
                }
                chunkStart = lineStart;
                continuation();
                chunkStart = lineStart; // CPython's buffer restarts after a backslash here
                continue;
            } else {
                break;
            }
            pos++;
        }
        char c = buf[pos];
        if (c == '#' || (c == '\n' && !isVirtualNewline(pos))) {
            // Blank line: no indentation processing, no tokens.
            while (buf[pos] != '\n') {
                pos++;
            }
            newLine(pos + 1);
            atBol = true;
            return null;
        }
        if (level > 0) {
            return null;
        }
        if (contCol > 0) {
            col = altcol = contCol;
        }
        int top = indStack[indTop];
        if (col == top) {
            if (altcol != altStack[indTop]) {
                throw tabError();
            }
            return null;
        }
        if (col > top) {
            if (indTop + 1 >= MAX_INDENT) {
                throw new PySyntaxError("IndentationError", "too many levels of indentation", filename,
                        lineno, 1, lineno, 0, lineText(lineno));
            }
            if (altcol <= altStack[indTop]) {
                throw tabError();
            }
            indTop++;
            indStack[indTop] = col;
            altStack[indTop] = altcol;
            return synthetic(TokenKind.INDENT);
        }
        int n = 0;
        while (indTop > 0 && col < indStack[indTop]) {
            indTop--;
            n++;
        }
        if (col != indStack[indTop]) {
            throw dedentError();
        }
        if (altcol != altStack[indTop]) {
            throw tabError();
        }
        pendingDedents = n - 1;
        return synthetic(TokenKind.DEDENT);
    }

    /** At a backslash: it must be followed by a newline, and the logical line continues. */
    private void continuation() {
        int p = pos + 1;
        if (p >= len || buf[p] != '\n' || isVirtualNewline(p)) {
            pos = p;
            throw lineContinuationError();
        }
        int chunk = chunkStart;
        newLine(p + 1);
        chunkStart = chunk;
        if (pos >= len && level == 0) {
            throw eofError(); // inside brackets the parser reports the open bracket instead
        }
    }

    private Token atEof() {
        if (pendingDedents == 0 && indTop > 0 && level == 0) {
            pendingDedents = indTop;
            indTop = 0;
        }
        if (level == 0 && pendingDedents > 0) {
            pendingDedents--;
            return endToken(TokenKind.DEDENT);
        }
        done = true;
        return endToken(TokenKind.ENDMARKER);
    }

    private boolean isVirtualNewline(int p) {
        return virtualNewline && p == len - 1;
    }

    private Token newlineToken(int start) {
        int nl = pos;
        if (isVirtualNewline(nl)) {
            Token t = new Token(TokenKind.NEWLINE, "", lineno, -1, lineno, byteCol(nl));
            newLine(nl + 1);
            atBol = true;
            return t;
        }
        Token t = new Token(TokenKind.NEWLINE, "\n", lineno, byteCol(start), lineno, byteCol(nl));
        newLine(nl + 1);
        atBol = true;
        return t;
    }

    private Token synthetic(TokenKind kind) {
        return new Token(kind, "", lineno, -1, lineno, byteCol(pos));
    }

    /** DEDENT or ENDMARKER at the end of input: on the last line, positioned after it. */
    private Token endToken(TokenKind kind) {
        if (lineCount == 0) {
            return new Token(kind, "", 0, -1, 0, 0);
        }
        int start = len - 1;
        while (start > 0 && buf[start - 1] != '\n') {
            start--;
        }
        return new Token(kind, "", lineCount, -1, lineCount, utf8Length(start, virtualNewline ? len - 1 : len));
    }

    // ---------------------------------------------------------------- names and strings

    private Token name(int start) {
        int p = start;
        boolean ascii = true;
        while (p < len) {
            char c = buf[p];
            if (c < 128) {
                if (!isAsciiIdentChar(c)) {
                    break;
                }
            } else {
                ascii = false;
            }
            p++;
        }
        int n = p - start;
        // String prefixes: any case of b, r, u, f, br, rb, fr, rf followed by a quote.
        if (n <= 2 && p < len && (buf[p] == '"' || buf[p] == '\'') && isStringPrefix(start, n)) {
            return string(start, p);
        }
        pos = p;
        if (ascii) {
            String s = new String(buf, start, n);
            TokenKind kw = TokenizerKeywords.lookup(s);
            if (kw != null) {
                return new Token(kw, kw.text, lineno, byteCol(start), lineno, byteCol(p));
            }
            return new Token(TokenKind.NAME, s, lineno, byteCol(start), lineno, byteCol(p));
        }
        String raw = new String(buf, start, n);
        for (int i = start; i < p; i++) {
            if (isEscapedByte(i)) {
                pos = p;
                int off = byteCol(p);
                String text = chunkText();
                throw PySyntaxError.syntax("(unicode error) " + SourceDecoder.utf8Error(raw), filename,
                        lineno, convert(text, off), lineno, -1, text);
            }
        }
        verifyIdentifier(raw, start);
        String id = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return new Token(TokenKind.NAME, id, lineno, byteCol(start), lineno, byteCol(p));
    }

    private boolean isStringPrefix(int start, int n) {
        char a = Character.toLowerCase(buf[start]);
        if (n == 1) {
            return a == 'b' || a == 'r' || a == 'u' || a == 'f';
        }
        char b = Character.toLowerCase(buf[start + 1]);
        return (a == 'r' && (b == 'b' || b == 'f')) || ((a == 'b' || a == 'f') && b == 'r');
    }

    /** CPython checks a non-ASCII identifier as a whole and reports its first bad character. */
    private void verifyIdentifier(String raw, int start) {
        int i = 0;
        while (i < raw.length()) {
            int cp = raw.codePointAt(i);
            boolean ok = i == 0 ? TokenizerChars.isIdStart(cp) : TokenizerChars.isIdContinue(cp);
            if (!ok) {
                int at = start + i;
                pos = start + raw.length();
                String msg = TokenizerChars.isPrintable(cp)
                        ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+"
                                + hex(cp) + ")"
                        : "invalid non-printable character U+" + hex(cp);
                throw syntaxError(msg, at, at);
            }
            i += Character.charCount(cp);
        }
    }

    private static String hex(int cp) {
        String h = Integer.toHexString(cp).toUpperCase();
        return h.length() >= 4 ? h : "0000".substring(h.length()) + h;
    }

    /** A string literal whose prefix starts at {@code start} and opening quote is at {@code q}. */
    private Token string(int start, int q) {
        char quote = buf[q];
        int startLine = lineno;
        int startLineStart = lineStart;
        int startCol = byteCol(start);
        int p = q + 1;
        boolean triple = p + 1 < len && buf[p] == quote && buf[p + 1] == quote;
        if (triple) {
            p += 2;
            while (true) {
                if (p >= len) {
                    throw unterminated(true, start, startLine, startLineStart);
                }
                char c = buf[p];
                if (c == quote && p + 2 < len && buf[p + 1] == quote && buf[p + 2] == quote) {
                    p += 3;
                    break;
                }
                if (c == '\\') {
                    p++;
                    if (p < len && buf[p] == '\n') {
                        lineno++;
                        lineStart = p + 1;
                    }
                } else if (c == '\n') {
                    lineno++;
                    lineStart = p + 1;
                }
                p++;
            }
        } else {
            while (true) {
                if (p >= len || buf[p] == '\n') {
                    throw unterminated(false, start, startLine, startLineStart);
                }
                char c = buf[p];
                if (c == quote) {
                    p++;
                    break;
                }
                if (c == '\\') {
                    p++;
                    if (p < len && buf[p] == '\n') {
                        lineno++;
                        lineStart = p + 1;
                    }
                    if (p >= len) {
                        throw unterminated(false, start, startLine, startLineStart);
                    }
                }
                p++;
            }
        }
        pos = p;
        return new Token(TokenKind.STRING, new String(buf, start, p - start), startLine, startCol,
                lineno, byteCol(p));
    }

    private PySyntaxError unterminated(boolean triple, int start, int startLine, int startLineStart) {
        String msg = (triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
                + " (detected at line " + (triple ? lineCount : Math.min(lineno, lineCount)) + ")";
        int off = codePoints(startLineStart, start) + 1;
        return PySyntaxError.syntax(msg, filename, startLine, off, startLine, off,
                lineWithoutNewline(startLineStart));
    }

    // ---------------------------------------------------------------- operators

    private Token operator(int start, char c) {
        char c1 = pos + 1 < len ? buf[pos + 1] : '\0';
        char c2 = pos + 2 < len ? buf[pos + 2] : '\0';
        TokenKind k;
        int n = 1;
        switch (c) {
            case '(': case '[': case '{':
                return open(start, c);
            case ')': case ']': case '}':
                return close(start, c);
            case ':':
                if (c1 == '=') { k = TokenKind.COLONEQUAL; n = 2; } else { k = TokenKind.COLON; }
                break;
            case ',': k = TokenKind.COMMA; break;
            case ';': k = TokenKind.SEMI; break;
            case '~': k = TokenKind.TILDE; break;
            case '+': if (c1 == '=') { k = TokenKind.PLUSEQUAL; n = 2; } else { k = TokenKind.PLUS; } break;
            case '-':
                if (c1 == '=') { k = TokenKind.MINEQUAL; n = 2; }
                else if (c1 == '>') { k = TokenKind.RARROW; n = 2; }
                else { k = TokenKind.MINUS; }
                break;
            case '*':
                if (c1 == '*') {
                    if (c2 == '=') { k = TokenKind.DOUBLESTAREQUAL; n = 3; } else { k = TokenKind.DOUBLESTAR; n = 2; }
                } else if (c1 == '=') { k = TokenKind.STAREQUAL; n = 2; } else { k = TokenKind.STAR; }
                break;
            case '/':
                if (c1 == '/') {
                    if (c2 == '=') { k = TokenKind.DOUBLESLASHEQUAL; n = 3; } else { k = TokenKind.DOUBLESLASH; n = 2; }
                } else if (c1 == '=') { k = TokenKind.SLASHEQUAL; n = 2; } else { k = TokenKind.SLASH; }
                break;
            case '%': if (c1 == '=') { k = TokenKind.PERCENTEQUAL; n = 2; } else { k = TokenKind.PERCENT; } break;
            case '&': if (c1 == '=') { k = TokenKind.AMPEREQUAL; n = 2; } else { k = TokenKind.AMPER; } break;
            case '|': if (c1 == '=') { k = TokenKind.VBAREQUAL; n = 2; } else { k = TokenKind.VBAR; } break;
            case '^': if (c1 == '=') { k = TokenKind.CIRCUMFLEXEQUAL; n = 2; } else { k = TokenKind.CIRCUMFLEX; } break;
            case '@': if (c1 == '=') { k = TokenKind.ATEQUAL; n = 2; } else { k = TokenKind.AT; } break;
            case '=': if (c1 == '=') { k = TokenKind.EQEQUAL; n = 2; } else { k = TokenKind.EQUAL; } break;
            case '!':
                if (c1 == '=') { k = TokenKind.NOTEQUAL; n = 2; break; }
                throw invalidSyntax(start, 1);
            case '<':
                if (c1 == '<') {
                    if (c2 == '=') { k = TokenKind.LEFTSHIFTEQUAL; n = 3; } else { k = TokenKind.LEFTSHIFT; n = 2; }
                } else if (c1 == '=') { k = TokenKind.LESSEQUAL; n = 2; }
                else if (c1 == '>') {
                    // As in CPython: a NOTEQUAL token that the parser rejects (without
                    // barry_as_FLUFL) by its text.
                    pos = start + 2;
                    return new Token(TokenKind.NOTEQUAL, "<>", lineno, byteCol(start), lineno, byteCol(pos));
                }
                else { k = TokenKind.LESS; }
                break;
            case '>':
                if (c1 == '>') {
                    if (c2 == '=') { k = TokenKind.RIGHTSHIFTEQUAL; n = 3; } else { k = TokenKind.RIGHTSHIFT; n = 2; }
                } else if (c1 == '=') { k = TokenKind.GREATEREQUAL; n = 2; } else { k = TokenKind.GREATER; }
                break;
            default:
                if (c == '$' || c == '?' || c == '`') {
                    throw invalidSyntax(start, 1);
                }
                // Other ASCII control characters are reported like non-printable characters.
                pos = start + 1;
                throw syntaxError("invalid non-printable character U+" + hex(c), start, start);
        }
        pos = start + n;
        return new Token(k, k.text, lineno, byteCol(start), lineno, byteCol(pos));
    }

    private Token open(int start, char c) {
        if (level >= MAX_LEVEL) {
            pos = start + 1;
            throw syntaxError("too many nested parentheses", start, start);
        }
        parenChar[level] = c;
        parenLine[level] = lineno;
        parenCol[level] = byteCol(start);
        level++;
        pos = start + 1;
        TokenKind k = c == '(' ? TokenKind.LPAR : c == '[' ? TokenKind.LSQB : TokenKind.LBRACE;
        return new Token(k, k.text, lineno, parenCol[level - 1], lineno, parenCol[level - 1] + 1);
    }

    private Token close(int start, char c) {
        pos = start + 1;
        if (level == 0) {
            throw syntaxError("unmatched '" + c + "'", start, start);
        }
        char o = parenChar[level - 1];
        if ((o == '(' && c != ')') || (o == '[' && c != ']') || (o == '{' && c != '}')) {
            String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + o + "'";
            if (parenLine[level - 1] != lineno) {
                msg += " on line " + parenLine[level - 1];
            }
            throw syntaxError(msg, start, start);
        }
        level--;
        TokenKind k = c == ')' ? TokenKind.RPAR : c == ']' ? TokenKind.RSQB : TokenKind.RBRACE;
        int col = byteCol(start);
        return new Token(k, k.text, lineno, col, lineno, col + 1);
    }

    // ---------------------------------------------------------------- helpers for TokenizerNumbers

    char[] buf() {
        return buf;
    }

    int length() {
        return len;
    }

    /** A token from {@code start} to the current position on the current line. */
    Token token(TokenKind kind, int start) {
        return new Token(kind, new String(buf, start, pos - start), lineno, byteCol(start), lineno, byteCol(pos));
    }

    void setPos(int p) {
        pos = p;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isAsciiIdentChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
    }

    /** The UTF-8 byte column of buf[p] in the current line. */
    int byteCol(int p) {
        if (bcLine != lineStart || p < bcPos) {
            bcLine = lineStart;
            bcPos = lineStart;
            bcVal = 0;
        }
        int v = bcVal + utf8Length(bcPos, p);
        bcPos = p;
        bcVal = v;
        return v;
    }

    /** UTF-8 length of buf[from, to); a lone low surrogate stands for one undecodable byte. */
    private int utf8Length(int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = buf[i];
            if (c < 0x80) {
                v++;
            } else if (c < 0x800) {
                v += 2;
            } else if (!Character.isSurrogate(c)) {
                v += 3;
            } else {
                v += Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(buf[i - 1])) ? 1 : 2;
            }
        }
        return v;
    }

    private int codePoints(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isLowSurrogate(buf[i]) || i == 0 || !Character.isHighSurrogate(buf[i - 1])) {
                n++;
            }
        }
        return n;
    }

    private boolean isEscapedByte(int i) {
        char c = buf[i];
        return c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(buf[i - 1]));
    }

    private String lineWithoutNewline(int start) {
        int end = start;
        while (end < len && buf[end] != '\n') {
            end++;
        }
        return displayText(start, end);
    }

    /** buf[start, end) as CPython shows it in an error, undecodable bytes as U+FFFD. */
    private String displayText(int start, int end) {
        String text = new String(buf, start, end - start);
        for (int i = start; i < end; i++) {
            if (isEscapedByte(i)) {
                return SourceDecoder.replaceInvalid(text);
            }
        }
        return text;
    }

    // ---------------------------------------------------------------- errors

    /**
     * An error of the kind CPython's tokenizer reports with a character span: offsets are
     * 1-based code point columns of {@code from} and {@code to} in the current line; the text
     * is the current line without its newline.
     */
    PySyntaxError syntaxError(String msg, int from, int to) {
        int a = codePoints(lineStart, from) + 1;
        int b = codePoints(lineStart, to) + 1;
        return PySyntaxError.syntax(msg, filename, lineno, a, lineno, b, lineWithoutNewline(lineStart));
    }

    /**
     * "invalid syntax" at a token no grammar rule accepts, as the parser would report it. The
     * tokenizer has moved past it, so {@link #next()} may be called again.
     */
    private PySyntaxError invalidSyntax(int start, int n) {
        int a = byteCol(start) + 1;
        pos = start + n;
        return PySyntaxError.syntax(INVALID_SYNTAX, filename, lineno, a, lineno, a + n, errorText(lineno));
    }

    private static final String INVALID_SYNTAX = "invalid syntax";

    /**
     * Whether {@code e}, thrown by {@link #next()}, stands for one of CPython's error tokens
     * ({@code $ ? `} or {@code !} alone) rather than a tokenizer error. CPython's tokenizer
     * does not fail on these: only the parser does, when it reaches them. So when the parser
     * has failed earlier and scans the rest of the source for tokenizer errors (as CPython
     * does before reporting a generic "invalid syntax"), such errors must be skipped: call
     * {@code next()} again to continue after the offending characters.
     */
    public static boolean isErrorToken(PySyntaxError e) {
        return INVALID_SYNTAX.equals(e.msg);
    }

    /**
     * Errors CPython reports through an error code rather than a span: their offset is a UTF-8
     * byte count and the text is the line with its newline.
     */
    private PySyntaxError eError(String type, String msg) {
        int off = utf8Length(lineStart, lineEnd(lineStart) + 1);
        String text = lineText(lineno);
        return new PySyntaxError(type, msg, filename, lineno, convert(text, off), lineno, -1, text);
    }

    private int lineEnd(int start) {
        int end = start;
        while (end < len && buf[end] != '\n') {
            end++;
        }
        return Math.min(end, len - 1);
    }

    private PySyntaxError tabError() {
        return new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation",
                filename, lineno, 1, lineno, 0, lineText(lineno));
    }

    private PySyntaxError dedentError() {
        return eError("IndentationError", "unindent does not match any outer indentation level");
    }

    /**
     * An offset CPython counts in UTF-8 bytes, as reported: unchanged for plain UTF-8 bytes,
     * else (see {@link #setCharacterOffsets}) the number of characters in that many bytes of
     * the error's text, which is how CPython converts it even when the text starts on an
     * earlier line than the one the offset was measured in.
     */
    private int convert(String text, int byteOffset) {
        if (!characterOffsets || byteOffset <= 0) {
            return byteOffset;
        }
        return PySyntaxError.charOffset(text, byteOffset) - 1;
    }

    private boolean characterOffsets;

    /**
     * CPython reports some tokenizer errors (a bad character after a backslash, end of input
     * after one, an unindent that matches no level, undecodable bytes) with UTF-8 byte offsets
     * when compiling plain UTF-8 bytes, but converts them to characters for str input and for
     * bytes with a coding cookie or BOM. Call with true for those; the default is bytes.
     * Other errors are the same either way. (The "invalid syntax" of error tokens always
     * carries the byte column + 1, for the parser to rebuild the token.)
     */
    public void setCharacterOffsets(boolean on) {
        characterOffsets = on;
    }

    private PySyntaxError lineContinuationError() {
        // The offset is just after the character read after the backslash (none at the end).
        int off = utf8Length(chunkStart, pos) + (isVirtualNewline(pos) ? 0 : 1);
        String text = chunkText();
        return new PySyntaxError("SyntaxError", "unexpected character after line continuation character",
                filename, lineno, convert(text, off), lineno, 0, text);
    }

    private PySyntaxError eofError() {
        // Reported on the line of the backslash, after its newline.
        int prevStart = lineStart - 1;
        while (prevStart > 0 && buf[prevStart - 1] != '\n') {
            prevStart--;
        }
        int off = utf8Length(prevStart, lineStart);
        String text = chunkText();
        return new PySyntaxError("SyntaxError", "unexpected EOF while parsing", filename, lineno - 1,
                convert(text, off), lineno - 1, -1, text);
    }

    /**
     * The text CPython's parser puts in a SyntaxError on line {@code lineno}: for the line the
     * tokenizer is on, its buffer (which may start on an earlier line, after a backslash or
     * inside a string) through the end of the line with its newline; for other lines the line
     * alone without its newline.
     */
    public String errorText(int lineno) {
        if (lineno == Math.min(this.lineno, lineCount)) {
            return chunkText();
        }
        String t = lineText(lineno);
        return t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
    }

    /** The source from chunkStart to the end of the current line (or the last line at EOF). */
    private String chunkText() {
        int end = pos >= len ? len : lineEnd(lineStart) + 1;
        if (isVirtualNewline(end - 1)) {
            end--;
        }
        return displayText(chunkStart, end);
    }

    /** An error over a span CPython gives explicitly: offsets are UTF-8 byte columns + 1. */
    PySyntaxError byteRangeError(String msg, int from, int to) {
        return PySyntaxError.syntax(msg, filename, lineno, byteCol(from) + 1, lineno, byteCol(to) + 1,
                lineWithoutNewline(lineStart));
    }

    /**
     * A SyntaxWarning located just before buf[p], through {@link CompileWarnings#sink}; where
     * the filters make it an error, a SyntaxError there.
     */
    void warn(String msg, int p) {
        CompileWarnings.Sink sink = CompileWarnings.sink;
        if (sink != null && sink.warn("SyntaxWarning", msg, filename, lineno)) {
            throw errorAtCursor(msg, p);
        }
    }

    /** An error located just before buf[p], CPython's "current position" after a backup. */
    PySyntaxError errorAtCursor(String msg, int p) {
        int off = codePoints(lineStart, p);
        return PySyntaxError.syntax(msg, filename, lineno, off, lineno, off, lineWithoutNewline(lineStart));
    }
}
