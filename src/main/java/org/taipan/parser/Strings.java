package org.taipan.parser;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Loc;

/**
 * CPython 3.11's {@code strings} rule: a run of adjacent STRING tokens becomes one
 * {@link Expr.Constant} (str or bytes) or, if any of them is an f-string, one
 * {@link Expr.JoinedStr}. Escapes are decoded here; f-strings are split by {@link FStringParser}.
 *
 * <p>Positions follow 3.11: errors without a place of their own are reported at the token after
 * the run (see {@link FStringHostHooks#lastFetchedToken()}); "bytes can only contain ASCII
 * literal characters" at the offending token.
 *
 * <p>str values are Java Strings, except where escapes produce a surrogate pair such as
 * {@code '\ud83d\ude00'}: two code points in Python, which a String would read as one
 * character; those become a {@link org.taipan.parser.ast.CodePointString} (see {@link TextBuilder}).
 */
public final class Strings {
    private Strings() {}

    /** Adjacent STRING tokens (in order, at least one) to the expression CPython builds. */
    public static Expr concatenate(List<Token> tokens, FStringHost host) {
        Run run = new Run(tokens, host);
        TextBuilder str = new TextBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FStringParser.Builder joined = null;
        boolean bytesMode = false;
        for (int i = 0; i < tokens.size(); i++) {
            Literal lit = Literal.of(tokens.get(i));
            byte[] b = null;
            Object s = null;
            if (lit.bytes) {
                b = decodeBytes(lit, run);
            } else if (!lit.f) {
                String body = lit.body();
                s = lit.raw || body.indexOf('\\') < 0 ? checkUtf8(body, run) : decodeStr(body, run, lit.token);
            }
            if (i == 0) {
                bytesMode = lit.bytes;
            } else if (lit.bytes != bytesMode) {
                throw run.error("cannot mix bytes and nonbytes literals");
            }
            if (lit.bytes) {
                bytes.writeBytes(b);
                continue;
            }
            if (lit.f && joined == null) {
                joined = new FStringParser.Builder(run, run.loc, run.kind);
                joined.addLiteral(str.value());
            }
            if (lit.f) {
                new FStringParser(run, lit).parse(joined);
            } else if (joined != null) {
                joined.addLiteral(s);
            } else {
                str.append(s);
            }
        }
        if (bytesMode) {
            return new Expr.Constant(bytes.toByteArray(), null, run.loc);
        }
        if (joined != null) {
            return new Expr.JoinedStr(joined.finish(), run.loc);
        }
        return new Expr.Constant(str.value(), run.kind, run.loc);
    }

    /** What one concatenation shares: the host, the whole run's span, and error reporting. */
    static final class Run {
        final FStringHost host;
        final Loc loc;
        final String kind;
        private final Token last;

        Run(List<Token> tokens, FStringHost host) {
            this.host = host;
            Token first = tokens.get(0);
            last = tokens.get(tokens.size() - 1);
            loc = new Loc(first.lineno(), first.colOffset(), last.endLineno(), last.endColOffset());
            // Only a lower-case u on the first token gives kind "u".
            kind = first.text().startsWith("u") ? "u" : null;
        }

        /** An error CPython raises without a location: it lands on the parser's last token. */
        PySyntaxError error(String msg) {
            Token at = host instanceof FStringHostHooks hooks ? hooks.lastFetchedToken() : null;
            if (at == null) {
                return host.error(msg, last.endLineno(), last.endColOffset(), last.endLineno(), last.endColOffset());
            }
            return host.error(msg, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
        }

        PySyntaxError errorAt(String msg, Token t) {
            return host.error(msg, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        }

        void warn(String msg, Token t) {
            if (host instanceof FStringHostHooks hooks) {
                hooks.warn("DeprecationWarning", msg, t);
            }
        }
    }

    /** One STRING token taken apart: its prefix letters and where the body lies in its text. */
    record Literal(Token token, String text, boolean raw, boolean bytes, boolean f, int bodyStart, int bodyEnd) {
        static Literal of(Token token) {
            String text = token.text();
            boolean raw = false;
            boolean bytes = false;
            boolean f = false;
            int i = 0;
            while (i < text.length() && text.charAt(i) != '\'' && text.charAt(i) != '"') {
                switch (Character.toLowerCase(text.charAt(i))) {
                    case 'r' -> raw = true;
                    case 'b' -> bytes = true;
                    case 'f' -> f = true;
                    default -> { }
                }
                i++;
            }
            int quote = text.length() - i >= 6 && text.charAt(i + 1) == text.charAt(i)
                && text.charAt(i + 2) == text.charAt(i) ? 3 : 1;
            return new Literal(token, text, raw, bytes, f, i + quote, text.length() - quote);
        }

        String body() {
            return text.substring(bodyStart, bodyEnd);
        }
    }

    private static byte[] decodeBytes(Literal lit, Run run) {
        String s = lit.body();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                throw run.errorAt("bytes can only contain ASCII literal characters", lit.token);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        if (lit.raw) {
            for (int i = 0; i < s.length(); i++) {
                out.write(s.charAt(i));
            }
            return out.toByteArray();
        }
        String invalid = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            int start = i - 1;
            if (i >= s.length()) {
                out.write('\\');
                break;
            }
            char e = s.charAt(i++);
            int simple = simpleEscape(e);
            if (simple >= 0) {
                out.write(simple);
            } else if (e == '\n') {
                continue;
            } else if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int n = 1; n < 3 && i < s.length() && isOctal(s.charAt(i)); n++) {
                    v = v * 8 + s.charAt(i++) - '0';
                }
                if (v > 0377 && invalid == null) {
                    invalid = "invalid octal escape sequence '\\" + Integer.toOctalString(v) + "'";
                }
                out.write(v & 0xFF);
            } else if (e == 'x') {
                if (i + 1 < s.length() && hexValue(s.charAt(i)) >= 0 && hexValue(s.charAt(i + 1)) >= 0) {
                    out.write(hexValue(s.charAt(i)) * 16 + hexValue(s.charAt(i + 1)));
                    i += 2;
                } else {
                    throw run.error("(value error) invalid \\x escape at position " + start);
                }
            } else {
                out.write('\\');
                out.write(e);
                if (invalid == null) {
                    invalid = "invalid escape sequence '\\" + e + "'";
                }
            }
        }
        if (invalid != null) {
            run.warn(invalid, lit.token);
        }
        return out.toByteArray();
    }

    /**
     * Text taken as it is (raw, or without backslashes), after CPython's UTF-8 check: invalid
     * source bytes (lone surrogates U+DC80..U+DCFF from {@link SourceDecoder}) are an error with
     * positions relative to the text.
     */
    static String checkUtf8(String s, Run run) {
        String bad = SourceDecoder.utf8Error(s);
        if (bad != null) {
            throw run.error("(unicode error) " + bad);
        }
        return s;
    }

    /**
     * Decodes the escapes of (part of) a non-raw str literal. Error messages give positions in
     * the buffer CPython decodes, where a non-ASCII character takes 10 bytes ({@code \U%08x})
     * and a backslash before one, or at the very end, takes 6 ({@code \u005c}, a plain
     * backslash). Warns about the first invalid escape only, with {@code token}'s position.
     */
    static Object decodeStr(String s, Run run, Token token) {
        // CPython first decodes each run of non-ASCII source bytes on its own.
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                int j = i;
                while (j < s.length() && s.charAt(j) >= 0x80) {
                    j++;
                }
                checkUtf8(s.substring(i, j), run);
                i = j;
            }
        }
        TextBuilder out = new TextBuilder();
        String invalid = null;
        int pos = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                int cp = s.codePointAt(i);
                out.append(Character.toString(cp));
                i += Character.charCount(cp);
                pos += cp < 0x80 ? 1 : 10;
                continue;
            }
            if (i + 1 >= n || s.charAt(i + 1) >= 0x80) {
                out.append("\\");
                i++;
                pos += 6;
                continue;
            }
            int start = pos;
            char e = s.charAt(i + 1);
            i += 2;
            pos += 2;
            int simple = simpleEscape(e);
            if (simple >= 0) {
                out.appendEscape(simple);
            } else if (e == '\n') {
                continue;
            } else if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 1; k < 3 && i < n && isOctal(s.charAt(i)); k++) {
                    v = v * 8 + s.charAt(i++) - '0';
                    pos++;
                }
                if (v > 0377 && invalid == null) {
                    invalid = "invalid octal escape sequence '\\" + Integer.toOctalString(v) + "'";
                }
                out.appendEscape(v);
            } else if (e == 'x' || e == 'u' || e == 'U') {
                int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                long v = 0;
                int k = 0;
                while (k < digits && i < n && hexValue(s.charAt(i)) >= 0) {
                    v = v * 16 + hexValue(s.charAt(i++));
                    k++;
                }
                if (k < digits) {
                    String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                    throw unicodeError(run, start, pos + k, "truncated " + what + " escape");
                }
                pos += k;
                if (v > Character.MAX_CODE_POINT) {
                    throw unicodeError(run, start, pos, "illegal Unicode character");
                }
                out.appendEscape((int) v);
            } else if (e == 'N') {
                int close = i < n && s.charAt(i) == '{' ? s.indexOf('}', i + 1) : -1;
                if (close < 0) {
                    int end = i < n && s.charAt(i) == '{' ? pos + bufferLength(s, i, n) : pos;
                    throw unicodeError(run, start, end, "malformed \\N character escape");
                }
                if (close == i + 1) {
                    throw unicodeError(run, start, pos + 1, "malformed \\N character escape");
                }
                int cp = FStringCharNames.lookup(s.substring(i + 1, close));
                pos += bufferLength(s, i, close + 1);
                if (cp < 0) {
                    throw unicodeError(run, start, pos, "unknown Unicode character name");
                }
                out.appendEscape(cp);
                i = close + 1;
            } else {
                out.append("\\" + e);
                if (invalid == null) {
                    invalid = "invalid escape sequence '\\" + e + "'";
                }
            }
        }
        if (invalid != null) {
            run.warn(invalid, token);
        }
        return out.value();
    }

    /** Length in CPython's escape-decoding buffer of {@code s[from, to)} (no backslashes). */
    private static int bufferLength(String s, int from, int to) {
        int len = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                len++;
            } else if (!Character.isLowSurrogate(c) || i == from || !Character.isHighSurrogate(s.charAt(i - 1))) {
                len += 10;
            }
        }
        return len;
    }

    private static PySyntaxError unicodeError(Run run, int start, int endExclusive, String reason) {
        return run.error("(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + start + "-" + (endExclusive - 1) + ": " + reason);
    }

    private static int simpleEscape(char e) {
        return switch (e) {
            case '\\', '\'', '"' -> e;
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            default -> -1;
        };
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** UTF-8 length of {@code s[from, to)}. */
    static int utf8Length(String s, int from, int to) {
        int len = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                len++;
            } else if (c < 0x800) {
                len += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                len += 4;
                i++;
            } else {
                len += 3;
            }
        }
        return len;
    }
}
