package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taipan.parser.ast.ComplexValue;

/**
 * Tokenizer, SourceDecoder and Numbers tests. Expected values were produced by CPython 3.11.7:
 * token lists from the tokenize module, adjusted to what the C tokenizer hands the parser (no
 * NL/COMMENT; NEWLINE from a trailing comment to the newline; INDENT/DEDENT/ENDMARKER carrying
 * the tokenizer position documented on Tokenizer; NAME text NFKC-normalised; a final CRLF read
 * as CPython reads it, with one more empty line, as the finalCrLf cases show); errors (type,
 * line:offset-endline:endoffset, message, text) from compile(source_bytes, 'x.py', 'exec');
 * numbers from ast.literal_eval (floats compared bit for bit).
 */
class TokenizerTest {

    static List<String> tokens(Tokenizer t) {
        List<String> out = new ArrayList<>();
        while (true) {
            Token tok = t.next();
            out.add(tok.toString());
            if (tok.kind() == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    static List<String> tokens(String src) {
        return tokens(new Tokenizer(src, "x.py"));
    }

    static void assertTokens(String src, String... expected) {
        assertEquals(List.of(expected), tokens(src), () -> "tokens of " + src);
    }

    /** Source bytes as written in the test: one char per byte. */
    static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    static void check(PySyntaxError e, String summary, String text, String src) {
        assertEquals(summary, e.summary(), () -> "error for " + src);
        assertEquals(text, e.text, () -> "error text for " + src);
        assertEquals("x.py", e.filename);
    }

    /** Tokenizing everything raises this error: "TYPE LINE:OFFSET-ENDLINE:ENDOFFSET MSG" and text. */
    static void assertError(String src, String summary, String text) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> tokens(src), () -> "no error for " + src);
        check(e, summary, text, src);
    }

    static void assertBytesError(byte[] src, String summary, String text) {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> tokens(SourceDecoder.decode(src, "x.py")), () -> "no error for " + new String(src, StandardCharsets.ISO_8859_1));
        check(e, summary, text, new String(src, StandardCharsets.ISO_8859_1));
    }

    /** As assertBytesError, with character offsets as for a source with a BOM. */
    static void assertCharOffsetError(byte[] src, String summary, String text) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> {
            Tokenizer t = new Tokenizer(SourceDecoder.decode(src, "x.py"), "x.py");
            t.setCharacterOffsets(true);
            tokens(t);
        });
        check(e, summary, text, new String(src, StandardCharsets.ISO_8859_1));
    }

    /** SourceDecoder.decodeFile raises what python3 raises running the bytes as a script. */
    static void assertFileError(byte[] src, String summary, String text) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> SourceDecoder.decodeFile(src, "x.py"));
        check(e, summary, text, new String(src, StandardCharsets.ISO_8859_1));
    }

    static void assertDecodes(byte[] src, String text) {
        String s = SourceDecoder.decode(src, "x.py");
        assertEquals(text, s);
        tokens(s);
    }

    /**
     * CPython reports "unexpected indent" at the INDENT token's line with the tokenizer's
     * current position as offset: compare with the first INDENT's lineno and endColOffset.
     */
    static void assertIndent(String src, String expected) {
        Tokenizer t = new Tokenizer(src, "x.py");
        while (true) {
            Token tok = t.next();
            if (tok.kind() == TokenKind.INDENT && expected.startsWith("INDENT " + tok.lineno() + ":")) {
                assertEquals(-1, tok.colOffset());
                assertEquals(expected, "INDENT " + tok.lineno() + ":" + tok.endColOffset(), () -> "INDENT of " + src);
                return;
            }
            if (tok.kind() == TokenKind.ENDMARKER) {
                throw new AssertionError("no INDENT in " + src);
            }
        }
    }

    /**
     * CPython reports an error raised "at the current token" when that token is ENDMARKER on
     * its line, with the tokenizer's position as offset: ENDMARKER's lineno and endColOffset.
     */
    static void assertEndmarker(String src, String expected) {
        Tokenizer t = new Tokenizer(src, "x.py");
        Token tok;
        do {
            tok = t.next();
        } while (tok.kind() != TokenKind.ENDMARKER);
        assertEquals(expected, "ENDMARKER " + tok.lineno() + ":" + tok.endColOffset(), () -> "ENDMARKER of " + src);
    }

    static void assertNumber(String text, String expected) {
        Object v = Numbers.parse(text);
        String got;
        if (v instanceof Long l) {
            got = "Long " + l;
        } else if (v instanceof BigInteger b) {
            got = "BigInteger " + b;
        } else if (v instanceof Double d) {
            got = "Double " + Double.doubleToRawLongBits(d);
        } else {
            ComplexValue c = (ComplexValue) v;
            assertEquals(0.0, c.real());
            got = "ComplexValue " + Double.doubleToRawLongBits(c.imag());
        }
        assertEquals(expected, got, () -> "value of " + text);
    }

