package org.taipan.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Source bytes to text per PEP 263, as CPython 3.11 does it: a UTF-8 byte order mark, a coding
 * cookie on line 1, or on line 2 when line 1 is blank or a comment.
 *
 * <p>UTF-8 source (the default, or a cookie CPython normalises to "utf-8") is not rejected for
 * invalid bytes up front: CPython accepts them in comments and complains only where they are
 * used. Each invalid byte {@code b} therefore becomes the lone surrogate {@code U+DC00 + b}
 * (which valid UTF-8 can never produce); the tokenizer reports such bytes outside strings, and
 * string-literal code can use {@link #utf8Error(String)} to get CPython's message. Other
 * encodings decode the whole file up front, with the codec's error message.
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    public static String decode(byte[] source, String filename) {
        for (byte b : source) {
            if (b == 0) {
                // Checked before anything else, encoding errors included.
                throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes",
                        filename, 0, 0, 0, 0, null);
            }
        }
        int start = 0;
        boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB
                && (source[2] & 0xff) == 0xBF;
        if (bom) {
            start = 3;
        }
        String cookie = findCookie(source, start);
        if (cookie != null) {
            String normal = normalName(cookie);
            if (bom && !normal.equals("utf-8")) {
                throw error("encoding problem: " + normal + " with BOM", filename);
            }
            if (!normal.equals("utf-8")) {
                return decodeWith(source, start, cookie, normal, filename);
            }
        }
        return decodeUtf8Lenient(source, start, source.length);
    }

    /**
     * Decoding as {@code python3 FILE} does it, for reports of scripts run from a file: the
     * text is the same as {@link #decode}'s, but CPython's file reader checks the bytes line
     * by line with other errors: "source code cannot contain null bytes" located on the line
     * of the first NUL (text up to it); "Non-UTF-8 code starting with '\xNN' in file NAME on
     * line N, ..." for any undecodable byte (comments and strings included) when no encoding
     * is declared; "encoding problem: NAME" for an unknown or failing coding cookie.
     */
    public static String decodeFile(byte[] source, String filename) {
        int start = 0;
        boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB
                && (source[2] & 0xff) == 0xBF;
        if (bom) {
            start = 3;
        }
        int end1 = lineEnd(source, start);
        String cookie = cookieIn(source, start, end1);
        int cookieLine = 1;
        if (cookie == null && end1 < source.length && isBlankOrComment(source, start, end1)) {
            cookie = cookieIn(source, end1 + 1, lineEnd(source, end1 + 1));
            cookieLine = 2;
        }
        boolean declared = bom || cookie != null;
        int line = 1;
        int lineStart = start;
        for (int i = start; i < source.length; i++) {
            if (line == cookieLine && cookie != null) {
                // The cookie's line is read, and its cookie applied, before its bytes are checked.
                checkCookie(source, start, cookie, bom, filename);
                cookie = null;
            }
            int b = source[i] & 0xff;
            if (b == 0) {
                String text = new String(source, lineStart, i - lineStart, StandardCharsets.UTF_8);
                throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename,
                        line, 0, line, 0, text);
            }
            if (b == '\n') {
                line++;
                lineStart = i + 1;
            } else if (b >= 0x80 && !declared) {
                int n = validSequenceLength(source, i, source.length);
                if (n == 0) {
                    throw new PySyntaxError("SyntaxError", "Non-UTF-8 code starting with '\\x" + hex2(b)
                            + "' in file " + filename + " on line " + line
                            + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                            filename, 0, 0, 0, 0, null);
                }
                i += n - 1;
            }
        }
        return decode(source, filename);
    }

    /** The cookie errors of {@link #decodeFile}: all "encoding problem: ...". */
    private static void checkCookie(byte[] source, int start, String cookie, boolean bom, String filename) {
        String normal = normalName(cookie);
        if (bom && !normal.equals("utf-8")) {
            throw fileError("encoding problem: " + normal + " with BOM", filename);
        }
        if (!normal.equals("utf-8")) {
            try {
                decodeWith(source, start, cookie, normal, filename);
            } catch (PySyntaxError e) {
                throw fileError("encoding problem: " + cookie, filename);
            }
        }
    }

    private static PySyntaxError fileError(String msg, String filename) {
        return new PySyntaxError("SyntaxError", msg, filename, 0, 0, 0, 0, null);
    }

    // ---------------------------------------------------------------- the coding cookie

    /** The encoding named by a cookie on line 1 or 2 (after {@code start}), or null. */
    static String findCookie(byte[] s, int start) {
        int end1 = lineEnd(s, start);
        String c = cookieIn(s, start, end1);
        if (c != null) {
            return c;
        }
        if (end1 < s.length && isBlankOrComment(s, start, end1)) {
            int start2 = end1 + 1;
            return cookieIn(s, start2, lineEnd(s, start2));
        }
        return null;
    }

    private static int lineEnd(byte[] s, int from) {
        int i = from;
        while (i < s.length && s[i] != '\n' && s[i] != '\r') {
            i++;
        }
        if (i < s.length && s[i] == '\r' && i + 1 < s.length && s[i + 1] == '\n') {
            i++;
        }
        return i;
    }

    private static boolean isBlankOrComment(byte[] s, int from, int to) {
        int i = from;
        while (i < to && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) {
            i++;
        }
        return i >= to || s[i] == '#' || s[i] == '\r' || s[i] == '\n';
    }

    /** {@code ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)} over one line. */
    private static String cookieIn(byte[] s, int from, int to) {
        int i = from;
        while (i < to && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) {
            i++;
        }
        if (i >= to || s[i] != '#') {
            return null;
        }
        for (int j = i + 1; j + 7 <= to; j++) {
            if (s[j] == 'c' && s[j + 1] == 'o' && s[j + 2] == 'd' && s[j + 3] == 'i' && s[j + 4] == 'n'
                    && s[j + 5] == 'g' && (s[j + 6] == ':' || s[j + 6] == '=')) {
                int k = j + 7;
                while (k < to && (s[k] == ' ' || s[k] == '\t')) {
                    k++;
                }
                int n = k;
                while (n < to && isNameByte(s[n])) {
                    n++;
                }
                if (n > k) {
                    return new String(s, k, n - k, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return null;
    }

    private static boolean isNameByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '-' || b == '_' || b == '.';
    }

    /** CPython's normalisation of the cookie: only UTF-8 and Latin-1 spellings are renamed. */
    static String normalName(String name) {
        String s = name.length() > 12 ? name.substring(0, 12) : name;
        s = s.toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.equals("utf-8") || s.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (s.equals(latin) || s.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    // ---------------------------------------------------------------- other encodings

    /** Python codecs that exist but do not decode bytes to text. */
    private static final java.util.Set<String> NOT_TEXT = java.util.Set.of("rot13", "rot_13", "base64",
            "base_64", "base64_codec", "bz2", "bz2_codec", "hex", "hex_codec", "quopri", "quoted_printable",
            "quotedprintable", "quopri_codec", "uu", "uu_codec", "zip", "zlib", "zlib_codec");

    private static String decodeWith(byte[] source, int start, String cookie, String normal,
                                     String filename) {
        String key = TokenizerCodecs.normalize(cookie);
        if (NOT_TEXT.contains(key)) {
            throw error("'" + cookie + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
                    filename);
        }
        if (key.equals("undefined")) {
            throw error("decoding with '" + cookie + "' codec failed (UnicodeError: undefined encoding)", filename);
        }
        String codec = normal.equals("iso-8859-1") ? "iso8859-1" : TokenizerCodecs.canonical(cookie);
        if (codec == null) {
            throw error("unknown encoding: " + cookie, filename);
        }
        Charset cs = TokenizerCodecs.charset(codec);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(source, start, source.length - start);
        CharBuffer out = CharBuffer.allocate((source.length - start) * 2 + 16);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError() || (r = dec.flush(out)).isError()) {
            int at = in.position();
            int b = at < source.length ? source[at] & 0xff : 0;
            String msg;
            if (codec.equals("utf-8")) {
                msg = utf8Error(source, start, source.length);
            } else if (cs.equals(StandardCharsets.US_ASCII)) {
                msg = "'ascii' codec can't decode byte 0x" + hex2(b) + " in position " + at
                        + ": ordinal not in range(128)";
            } else if (cs.newEncoder().maxBytesPerChar() <= 1.0f) {
                msg = "'charmap' codec can't decode byte 0x" + hex2(b) + " in position " + at
                        + ": character maps to <undefined>";
            } else {
                msg = "'" + codec + "' codec can't decode byte 0x" + hex2(b) + " in position " + at
                        + ": illegal multibyte sequence";
            }
            throw error(msg, filename);
        }
        out.flip();
        return out.toString();
    }

    private static PySyntaxError error(String msg, String filename) {
        return new PySyntaxError("SyntaxError", msg, filename, 0, -1, 0, 0, null);
    }

    private static String hex2(int b) {
        return (b < 16 ? "0" : "") + Integer.toHexString(b);
    }

    // ---------------------------------------------------------------- lenient UTF-8

    /** UTF-8 decoding in which each byte of an invalid sequence becomes U+DC00 + byte. */
    static String decodeUtf8Lenient(byte[] s, int from, int to) {
        // Fast path: pure ASCII, or valid UTF-8.
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (s[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(s, from, to - from, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(s, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            // fall through to the byte-by-byte decoder
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int n = validSequenceLength(s, i, to);
            if (n > 0) {
                sb.append(new String(s, i, n, StandardCharsets.UTF_8));
                i += n;
            } else {
                sb.append((char) (0xDC00 + (s[i] & 0xff)));
                i++;
            }
        }
        return sb.toString();
    }

    /** Length of the valid UTF-8 sequence at {@code i}, or 0. */
    private static int validSequenceLength(byte[] s, int i, int to) {
        int b = s[i] & 0xff;
        if (b < 0x80) {
            return 1;
        }
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            n = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 3;
            if (b == 0xE0) {
                lo = 0xA0;
            } else if (b == 0xED) {
                hi = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 4;
            if (b == 0xF0) {
                lo = 0x90;
            } else if (b == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return 0;
        }
        if (i + n > to) {
            return 0;
        }
        int c = s[i + 1] & 0xff;
        if (c < lo || c > hi) {
            return 0;
        }
        for (int k = 2; k < n; k++) {
            c = s[i + k] & 0xff;
            if (c < 0x80 || c > 0xBF) {
                return 0;
            }
        }
        return n;
    }

    /**
     * CPython's UTF-8 decoding error for {@code text}, where invalid bytes are the surrogates
     * {@code U+DC80..U+DCFF} produced by {@link #decode}: e.g. {@code 'utf-8' codec can't
     * decode byte 0xff in position 0: invalid start byte} (positions count bytes of text). Null
     * if the text holds no invalid byte.
     */
    public static String utf8Error(String text) {
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                any = true;
                break;
            }
        }
        if (!any) {
            return null;
        }
        byte[] bytes = toBytes(text);
        return utf8Error(bytes, 0, bytes.length);
    }

    /**
     * Text holding undecodable bytes as shown in CPython's error messages: each maximal invalid
     * sequence becomes U+FFFD, as Python's "replace" error handler does.
     */
    static String replaceInvalid(String text) {
        byte[] s = toBytes(text);
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < s.length) {
            int n = validSequenceLength(s, i, s.length);
            if (n > 0) {
                sb.append(new String(s, i, n, StandardCharsets.UTF_8));
                i += n;
            } else {
                sb.append('\uFFFD');
                i += Math.max(1, validPrefixLength(s, i, s.length));
            }
        }
        return sb.toString();
    }

    /** How many bytes at {@code i} start a valid but incomplete or broken UTF-8 sequence. */
    private static int validPrefixLength(byte[] s, int i, int to) {
        int b = s[i] & 0xff;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            n = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 3;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 4;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 1;
        }
        int k = 1;
        while (k < n && i + k < to) {
            int c = s[i + k] & 0xff;
            if (k == 1 ? c < lo || c > hi : c < 0x80 || c > 0xBF) {
                break;
            }
            k++;
        }
        return k;
    }

    /** The text back as the bytes it was decoded from. */
    static byte[] toBytes(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                byte[] b = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += 2;
                continue;
            }
            if (c >= 0xDC80 && c <= 0xDCFF) {
                out.write(c - 0xDC00);
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
            i++;
        }
        return out.toByteArray();
    }

    /** Python's message for the first UTF-8 error in s[from, to), positions relative to from. */
    static String utf8Error(byte[] s, int from, int to) {
        int i = from;
        while (i < to) {
            int b = s[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int n;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                n = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                n = 3;
                lo = b == 0xE0 ? 0xA0 : 0x80;
                hi = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                n = 4;
                lo = b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return message(s, from, i, 1, "invalid start byte");
            }
            // Count the valid continuation bytes that follow.
            int k = 1;
            while (k < n && i + k < to) {
                int c = s[i + k] & 0xff;
                boolean ok = k == 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xBF;
                if (!ok) {
                    return message(s, from, i, k, "invalid continuation byte");
                }
                k++;
            }
            if (k < n) {
                return message(s, from, i, k, "unexpected end of data");
            }
            i += n;
        }
        return null;
    }

    private static String message(byte[] s, int from, int at, int n, String reason) {
        String head = "'utf-8' codec can't decode ";
        if (n == 1) {
            return head + "byte 0x" + hex2(s[at] & 0xff) + " in position " + (at - from) + ": " + reason;
        }
        return head + "bytes in position " + (at - from) + "-" + (at - from + n - 1) + ": " + reason;
    }
}
