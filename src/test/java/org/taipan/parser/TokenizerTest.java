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


    /** Mixed statements, line endings, blank lines, keywords. */
    @Test
    void basicTokenStreams() {
        assertTokens("if x:\n    y = 1  # c\n    z = 'a' \\\n  + f\"b{c}\"\n\nprint(0x1f, 1.5j, ...)\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "NAME y 2:4-2:5",
                "EQUAL = 2:6-2:7",
                "NUMBER 1 2:8-2:9",
                "NEWLINE \n 2:11-2:14",
                "NAME z 3:4-3:5",
                "EQUAL = 3:6-3:7",
                "STRING 'a' 3:8-3:11",
                "PLUS + 4:2-4:3",
                "STRING f\"b{c}\" 4:4-4:11",
                "NEWLINE \n 4:11-4:11",
                "DEDENT  6:-1-6:0",
                "NAME print 6:0-6:5",
                "LPAR ( 6:5-6:6",
                "NUMBER 0x1f 6:6-6:10",
                "COMMA , 6:10-6:11",
                "NUMBER 1.5j 6:12-6:16",
                "COMMA , 6:16-6:17",
                "ELLIPSIS ... 6:18-6:21",
                "RPAR ) 6:21-6:22",
                "NEWLINE \n 6:22-6:22",
                "ENDMARKER  6:-1-6:23");
        assertTokens("x = 1",
                "NAME x 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "NUMBER 1 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("a\r\nb\rc\n",
                "NAME a 1:0-1:1",
                "NEWLINE \n 1:1-1:1",
                "NAME b 2:0-2:1",
                "NEWLINE \n 2:1-2:1",
                "NAME c 3:0-3:1",
                "NEWLINE \n 3:1-3:1",
                "ENDMARKER  3:-1-3:2");
        assertTokens("def f(a, *, b=2) -> int:\n\treturn a**b // 3\n",
                "DEF def 1:0-1:3",
                "NAME f 1:4-1:5",
                "LPAR ( 1:5-1:6",
                "NAME a 1:6-1:7",
                "COMMA , 1:7-1:8",
                "STAR * 1:9-1:10",
                "COMMA , 1:10-1:11",
                "NAME b 1:12-1:13",
                "EQUAL = 1:13-1:14",
                "NUMBER 2 1:14-1:15",
                "RPAR ) 1:15-1:16",
                "RARROW -> 1:17-1:19",
                "NAME int 1:20-1:23",
                "COLON : 1:23-1:24",
                "NEWLINE \n 1:24-1:24",
                "INDENT  2:-1-2:1",
                "RETURN return 2:1-2:7",
                "NAME a 2:8-2:9",
                "DOUBLESTAR ** 2:9-2:11",
                "NAME b 2:11-2:12",
                "DOUBLESLASH // 2:13-2:15",
                "NUMBER 3 2:16-2:17",
                "NEWLINE \n 2:17-2:17",
                "DEDENT  2:-1-2:18",
                "ENDMARKER  2:-1-2:18");
        assertTokens("x = [\n  1,  # one\n\n  2,\n]\n",
                "NAME x 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "LSQB [ 1:4-1:5",
                "NUMBER 1 2:2-2:3",
                "COMMA , 2:3-2:4",
                "NUMBER 2 4:2-4:3",
                "COMMA , 4:3-4:4",
                "RSQB ] 5:0-5:1",
                "NEWLINE \n 5:1-5:1",
                "ENDMARKER  5:-1-5:2");
        assertTokens("\u00e9 = '\u00fc'  # \u00e4\nx = \u00e9\n",
                "NAME \u00e9 1:0-1:2",
                "EQUAL = 1:3-1:4",
                "STRING '\u00fc' 1:5-1:9",
                "NEWLINE \n 1:11-1:15",
                "NAME x 2:0-2:1",
                "EQUAL = 2:2-2:3",
                "NAME \u00e9 2:4-2:6",
                "NEWLINE \n 2:6-2:6",
                "ENDMARKER  2:-1-2:7");
        assertTokens("class A:\n    def f(self):\n        pass\n\n\n# done\n",
                "CLASS class 1:0-1:5",
                "NAME A 1:6-1:7",
                "COLON : 1:7-1:8",
                "NEWLINE \n 1:8-1:8",
                "INDENT  2:-1-2:4",
                "DEF def 2:4-2:7",
                "NAME f 2:8-2:9",
                "LPAR ( 2:9-2:10",
                "NAME self 2:10-2:14",
                "RPAR ) 2:14-2:15",
                "COLON : 2:15-2:16",
                "NEWLINE \n 2:16-2:16",
                "INDENT  3:-1-3:8",
                "PASS pass 3:8-3:12",
                "NEWLINE \n 3:12-3:12",
                "DEDENT  6:-1-6:7",
                "DEDENT  6:-1-6:7",
                "ENDMARKER  6:-1-6:7");
        assertTokens("s = '''a\nb''' + \"\"\"\n\"\"\"\n",
                "NAME s 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "STRING '''a\nb''' 1:4-2:4",
                "PLUS + 2:5-2:6",
                "STRING \"\"\"\n\"\"\" 2:7-3:3",
                "NEWLINE \n 3:3-3:3",
                "ENDMARKER  3:-1-3:4");
        assertTokens("x := 1; y @= 2; z->w; a != b; c <<= d; e >>= f; g **= h; i //= j\n",
                "NAME x 1:0-1:1",
                "COLONEQUAL := 1:2-1:4",
                "NUMBER 1 1:5-1:6",
                "SEMI ; 1:6-1:7",
                "NAME y 1:8-1:9",
                "ATEQUAL @= 1:10-1:12",
                "NUMBER 2 1:13-1:14",
                "SEMI ; 1:14-1:15",
                "NAME z 1:16-1:17",
                "RARROW -> 1:17-1:19",
                "NAME w 1:19-1:20",
                "SEMI ; 1:20-1:21",
                "NAME a 1:22-1:23",
                "NOTEQUAL != 1:24-1:26",
                "NAME b 1:27-1:28",
                "SEMI ; 1:28-1:29",
                "NAME c 1:30-1:31",
                "LEFTSHIFTEQUAL <<= 1:32-1:35",
                "NAME d 1:36-1:37",
                "SEMI ; 1:37-1:38",
                "NAME e 1:39-1:40",
                "RIGHTSHIFTEQUAL >>= 1:41-1:44",
                "NAME f 1:45-1:46",
                "SEMI ; 1:46-1:47",
                "NAME g 1:48-1:49",
                "DOUBLESTAREQUAL **= 1:50-1:53",
                "NAME h 1:54-1:55",
                "SEMI ; 1:55-1:56",
                "NAME i 1:57-1:58",
                "DOUBLESLASHEQUAL //= 1:59-1:62",
                "NAME j 1:63-1:64",
                "NEWLINE \n 1:64-1:64",
                "ENDMARKER  1:-1-1:65");
        assertTokens("1if x else 2\n",
                "NUMBER 1 1:0-1:1",
                "IF if 1:1-1:3",
                "NAME x 1:4-1:5",
                "ELSE else 1:6-1:10",
                "NUMBER 2 1:11-1:12",
                "NEWLINE \n 1:12-1:12",
                "ENDMARKER  1:-1-1:13");
        assertTokens("0x1for\n",
                "NUMBER 0x1f 1:0-1:4",
                "OR or 1:4-1:6",
                "NEWLINE \n 1:6-1:6",
                "ENDMARKER  1:-1-1:7");
        assertTokens("x = b'a' rb'b' BR\"c\" Rb'd' f'e' fR'f' rF'g' u'h' U'i'\n",
                "NAME x 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "STRING b'a' 1:4-1:8",
                "STRING rb'b' 1:9-1:14",
                "STRING BR\"c\" 1:15-1:20",
                "STRING Rb'd' 1:21-1:26",
                "STRING f'e' 1:27-1:31",
                "STRING fR'f' 1:32-1:37",
                "STRING rF'g' 1:38-1:43",
                "STRING u'h' 1:44-1:48",
                "STRING U'i' 1:49-1:53",
                "NEWLINE \n 1:53-1:53",
                "ENDMARKER  1:-1-1:54");
        assertTokens("'a\\\nb'\n",
                "STRING 'a\\\nb' 1:0-2:2",
                "NEWLINE \n 2:2-2:2",
                "ENDMARKER  2:-1-2:3");
        assertTokens("if x:\n  y\n\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:2",
                "NAME y 2:2-2:3",
                "NEWLINE \n 2:3-2:3",
                "DEDENT  3:-1-3:1",
                "ENDMARKER  3:-1-3:1");
        assertTokens("",
                "ENDMARKER  0:-1-0:0");
        assertTokens("\n\n",
                "ENDMARKER  2:-1-2:1");
        assertTokens("x\n\f\ny\n",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:1-1:1",
                "NAME y 3:0-3:1",
                "NEWLINE \n 3:1-3:1",
                "ENDMARKER  3:-1-3:2");
        assertTokens("\uff49\uff46 = 1\n",
                "NAME if 1:0-1:6",
                "EQUAL = 1:7-1:8",
                "NUMBER 1 1:9-1:10",
                "NEWLINE \n 1:10-1:10",
                "ENDMARKER  1:-1-1:11");
        assertTokens("1else x\n",
                "NUMBER 1 1:0-1:1",
                "ELSE else 1:1-1:5",
                "NAME x 1:6-1:7",
                "NEWLINE \n 1:7-1:7",
                "ENDMARKER  1:-1-1:8");
        assertTokens("x\n  y\n",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:1-1:1",
                "INDENT  2:-1-2:2",
                "NAME y 2:2-2:3",
                "NEWLINE \n 2:3-2:3",
                "DEDENT  2:-1-2:4",
                "ENDMARKER  2:-1-2:4");
    }

    /** Every operator and delimiter, longest match first. */
    @Test
    void operators() {
        assertTokens(": , ; + - * / | & < > = . % == != <= >= ~ ^ << >> ** += -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :=\n",
                "COLON : 1:0-1:1",
                "COMMA , 1:2-1:3",
                "SEMI ; 1:4-1:5",
                "PLUS + 1:6-1:7",
                "MINUS - 1:8-1:9",
                "STAR * 1:10-1:11",
                "SLASH / 1:12-1:13",
                "VBAR | 1:14-1:15",
                "AMPER & 1:16-1:17",
                "LESS < 1:18-1:19",
                "GREATER > 1:20-1:21",
                "EQUAL = 1:22-1:23",
                "DOT . 1:24-1:25",
                "PERCENT % 1:26-1:27",
                "EQEQUAL == 1:28-1:30",
                "NOTEQUAL != 1:31-1:33",
                "LESSEQUAL <= 1:34-1:36",
                "GREATEREQUAL >= 1:37-1:39",
                "TILDE ~ 1:40-1:41",
                "CIRCUMFLEX ^ 1:42-1:43",
                "LEFTSHIFT << 1:44-1:46",
                "RIGHTSHIFT >> 1:47-1:49",
                "DOUBLESTAR ** 1:50-1:52",
                "PLUSEQUAL += 1:53-1:55",
                "MINEQUAL -= 1:56-1:58",
                "STAREQUAL *= 1:59-1:61",
                "SLASHEQUAL /= 1:62-1:64",
                "PERCENTEQUAL %= 1:65-1:67",
                "AMPEREQUAL &= 1:68-1:70",
                "VBAREQUAL |= 1:71-1:73",
                "CIRCUMFLEXEQUAL ^= 1:74-1:76",
                "LEFTSHIFTEQUAL <<= 1:77-1:80",
                "RIGHTSHIFTEQUAL >>= 1:81-1:84",
                "DOUBLESTAREQUAL **= 1:85-1:88",
                "DOUBLESLASH // 1:89-1:91",
                "DOUBLESLASHEQUAL //= 1:92-1:95",
                "AT @ 1:96-1:97",
                "ATEQUAL @= 1:98-1:100",
                "RARROW -> 1:101-1:103",
                "ELLIPSIS ... 1:104-1:107",
                "COLONEQUAL := 1:108-1:110",
                "NEWLINE \n 1:110-1:110",
                "ENDMARKER  1:-1-1:111");
        assertTokens(":a,a;a+a-a*a/a|a&a<a>a=a.a%a==a!=a<=a>=a~a^a<<a>>a**a+=a-=a*=a/=a%=a&=a|=a^=a<<=a>>=a**=a//a//=a@a@=a->a...a:=a\n",
                "COLON : 1:0-1:1",
                "NAME a 1:1-1:2",
                "COMMA , 1:2-1:3",
                "NAME a 1:3-1:4",
                "SEMI ; 1:4-1:5",
                "NAME a 1:5-1:6",
                "PLUS + 1:6-1:7",
                "NAME a 1:7-1:8",
                "MINUS - 1:8-1:9",
                "NAME a 1:9-1:10",
                "STAR * 1:10-1:11",
                "NAME a 1:11-1:12",
                "SLASH / 1:12-1:13",
                "NAME a 1:13-1:14",
                "VBAR | 1:14-1:15",
                "NAME a 1:15-1:16",
                "AMPER & 1:16-1:17",
                "NAME a 1:17-1:18",
                "LESS < 1:18-1:19",
                "NAME a 1:19-1:20",
                "GREATER > 1:20-1:21",
                "NAME a 1:21-1:22",
                "EQUAL = 1:22-1:23",
                "NAME a 1:23-1:24",
                "DOT . 1:24-1:25",
                "NAME a 1:25-1:26",
                "PERCENT % 1:26-1:27",
                "NAME a 1:27-1:28",
                "EQEQUAL == 1:28-1:30",
                "NAME a 1:30-1:31",
                "NOTEQUAL != 1:31-1:33",
                "NAME a 1:33-1:34",
                "LESSEQUAL <= 1:34-1:36",
                "NAME a 1:36-1:37",
                "GREATEREQUAL >= 1:37-1:39",
                "NAME a 1:39-1:40",
                "TILDE ~ 1:40-1:41",
                "NAME a 1:41-1:42",
                "CIRCUMFLEX ^ 1:42-1:43",
                "NAME a 1:43-1:44",
                "LEFTSHIFT << 1:44-1:46",
                "NAME a 1:46-1:47",
                "RIGHTSHIFT >> 1:47-1:49",
                "NAME a 1:49-1:50",
                "DOUBLESTAR ** 1:50-1:52",
                "NAME a 1:52-1:53",
                "PLUSEQUAL += 1:53-1:55",
                "NAME a 1:55-1:56",
                "MINEQUAL -= 1:56-1:58",
                "NAME a 1:58-1:59",
                "STAREQUAL *= 1:59-1:61",
                "NAME a 1:61-1:62",
                "SLASHEQUAL /= 1:62-1:64",
                "NAME a 1:64-1:65",
                "PERCENTEQUAL %= 1:65-1:67",
                "NAME a 1:67-1:68",
                "AMPEREQUAL &= 1:68-1:70",
                "NAME a 1:70-1:71",
                "VBAREQUAL |= 1:71-1:73",
                "NAME a 1:73-1:74",
                "CIRCUMFLEXEQUAL ^= 1:74-1:76",
                "NAME a 1:76-1:77",
                "LEFTSHIFTEQUAL <<= 1:77-1:80",
                "NAME a 1:80-1:81",
                "RIGHTSHIFTEQUAL >>= 1:81-1:84",
                "NAME a 1:84-1:85",
                "DOUBLESTAREQUAL **= 1:85-1:88",
                "NAME a 1:88-1:89",
                "DOUBLESLASH // 1:89-1:91",
                "NAME a 1:91-1:92",
                "DOUBLESLASHEQUAL //= 1:92-1:95",
                "NAME a 1:95-1:96",
                "AT @ 1:96-1:97",
                "NAME a 1:97-1:98",
                "ATEQUAL @= 1:98-1:100",
                "NAME a 1:100-1:101",
                "RARROW -> 1:101-1:103",
                "NAME a 1:103-1:104",
                "ELLIPSIS ... 1:104-1:107",
                "NAME a 1:107-1:108",
                "COLONEQUAL := 1:108-1:110",
                "NAME a 1:110-1:111",
                "NEWLINE \n 1:111-1:111",
                "ENDMARKER  1:-1-1:112");
        assertTokens("a<<=b>>=c**=d//=e->f...g:=h\n",
                "NAME a 1:0-1:1",
                "LEFTSHIFTEQUAL <<= 1:1-1:4",
                "NAME b 1:4-1:5",
                "RIGHTSHIFTEQUAL >>= 1:5-1:8",
                "NAME c 1:8-1:9",
                "DOUBLESTAREQUAL **= 1:9-1:12",
                "NAME d 1:12-1:13",
                "DOUBLESLASHEQUAL //= 1:13-1:16",
                "NAME e 1:16-1:17",
                "RARROW -> 1:17-1:19",
                "NAME f 1:19-1:20",
                "ELLIPSIS ... 1:20-1:23",
                "NAME g 1:23-1:24",
                "COLONEQUAL := 1:24-1:26",
                "NAME h 1:26-1:27",
                "NEWLINE \n 1:27-1:27",
                "ENDMARKER  1:-1-1:28");
        assertTokens("a**-b//-c<-d>-e\n",
                "NAME a 1:0-1:1",
                "DOUBLESTAR ** 1:1-1:3",
                "MINUS - 1:3-1:4",
                "NAME b 1:4-1:5",
                "DOUBLESLASH // 1:5-1:7",
                "MINUS - 1:7-1:8",
                "NAME c 1:8-1:9",
                "LESS < 1:9-1:10",
                "MINUS - 1:10-1:11",
                "NAME d 1:11-1:12",
                "GREATER > 1:12-1:13",
                "MINUS - 1:13-1:14",
                "NAME e 1:14-1:15",
                "NEWLINE \n 1:15-1:15",
                "ENDMARKER  1:-1-1:16");
        assertTokens("x=-1\n",
                "NAME x 1:0-1:1",
                "EQUAL = 1:1-1:2",
                "MINUS - 1:2-1:3",
                "NUMBER 1 1:3-1:4",
                "NEWLINE \n 1:4-1:4",
                "ENDMARKER  1:-1-1:5");
        assertTokens("....\n",
                "ELLIPSIS ... 1:0-1:3",
                "DOT . 1:3-1:4",
                "NEWLINE \n 1:4-1:4",
                "ENDMARKER  1:-1-1:5");
        assertTokens(".....\n",
                "ELLIPSIS ... 1:0-1:3",
                "DOT . 1:3-1:4",
                "DOT . 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("a. b .c\n",
                "NAME a 1:0-1:1",
                "DOT . 1:1-1:2",
                "NAME b 1:3-1:4",
                "DOT . 1:5-1:6",
                "NAME c 1:6-1:7",
                "NEWLINE \n 1:7-1:7",
                "ENDMARKER  1:-1-1:8");
        assertTokens("*a, **b = c\n",
                "STAR * 1:0-1:1",
                "NAME a 1:1-1:2",
                "COMMA , 1:2-1:3",
                "DOUBLESTAR ** 1:4-1:6",
                "NAME b 1:6-1:7",
                "EQUAL = 1:8-1:9",
                "NAME c 1:10-1:11",
                "NEWLINE \n 1:11-1:11",
                "ENDMARKER  1:-1-1:12");
        assertTokens("f(x)[y]{z}\n",
                "NAME f 1:0-1:1",
                "LPAR ( 1:1-1:2",
                "NAME x 1:2-1:3",
                "RPAR ) 1:3-1:4",
                "LSQB [ 1:4-1:5",
                "NAME y 1:5-1:6",
                "RSQB ] 1:6-1:7",
                "LBRACE { 1:7-1:8",
                "NAME z 1:8-1:9",
                "RBRACE } 1:9-1:10",
                "NEWLINE \n 1:10-1:10",
                "ENDMARKER  1:-1-1:11");
        assertTokens("a<b>c<=d>=e==f!=g\n",
                "NAME a 1:0-1:1",
                "LESS < 1:1-1:2",
                "NAME b 1:2-1:3",
                "GREATER > 1:3-1:4",
                "NAME c 1:4-1:5",
                "LESSEQUAL <= 1:5-1:7",
                "NAME d 1:7-1:8",
                "GREATEREQUAL >= 1:8-1:10",
                "NAME e 1:10-1:11",
                "EQEQUAL == 1:11-1:13",
                "NAME f 1:13-1:14",
                "NOTEQUAL != 1:14-1:16",
                "NAME g 1:16-1:17",
                "NEWLINE \n 1:17-1:17",
                "ENDMARKER  1:-1-1:18");
        assertTokens("@dec\ndef f(): pass\n",
                "AT @ 1:0-1:1",
                "NAME dec 1:1-1:4",
                "NEWLINE \n 1:4-1:4",
                "DEF def 2:0-2:3",
                "NAME f 2:4-2:5",
                "LPAR ( 2:5-2:6",
                "RPAR ) 2:6-2:7",
                "COLON : 2:7-2:8",
                "PASS pass 2:9-2:13",
                "NEWLINE \n 2:13-2:13",
                "ENDMARKER  2:-1-2:14");
        assertTokens("m @ n\n",
                "NAME m 1:0-1:1",
                "AT @ 1:2-1:3",
                "NAME n 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("x[1:2, ::3]\n",
                "NAME x 1:0-1:1",
                "LSQB [ 1:1-1:2",
                "NUMBER 1 1:2-1:3",
                "COLON : 1:3-1:4",
                "NUMBER 2 1:4-1:5",
                "COMMA , 1:5-1:6",
                "COLON : 1:7-1:8",
                "COLON : 1:8-1:9",
                "NUMBER 3 1:9-1:10",
                "RSQB ] 1:10-1:11",
                "NEWLINE \n 1:11-1:11",
                "ENDMARKER  1:-1-1:12");
        assertTokens("a|=b&=c^=d%=e\n",
                "NAME a 1:0-1:1",
                "VBAREQUAL |= 1:1-1:3",
                "NAME b 1:3-1:4",
                "AMPEREQUAL &= 1:4-1:6",
                "NAME c 1:6-1:7",
                "CIRCUMFLEXEQUAL ^= 1:7-1:9",
                "NAME d 1:9-1:10",
                "PERCENTEQUAL %= 1:10-1:12",
                "NAME e 1:12-1:13",
                "NEWLINE \n 1:13-1:13",
                "ENDMARKER  1:-1-1:14");
    }

    /** Numbers of every form, and numbers running into a keyword. */
    @Test
    void numbers() {
        assertTokens("0 00 0_0 1 123 1_000_000 0x1F 0XaB_cD 0o17 0O7_7 0b1 0B1_0\n",
                "NUMBER 0 1:0-1:1",
                "NUMBER 00 1:2-1:4",
                "NUMBER 0_0 1:5-1:8",
                "NUMBER 1 1:9-1:10",
                "NUMBER 123 1:11-1:14",
                "NUMBER 1_000_000 1:15-1:24",
                "NUMBER 0x1F 1:25-1:29",
                "NUMBER 0XaB_cD 1:30-1:37",
                "NUMBER 0o17 1:38-1:42",
                "NUMBER 0O7_7 1:43-1:48",
                "NUMBER 0b1 1:49-1:52",
                "NUMBER 0B1_0 1:53-1:58",
                "NEWLINE \n 1:58-1:58",
                "ENDMARKER  1:-1-1:59");
        assertTokens("1. .5 1.5 1e5 1E-5 1.5e+10 1_0.0_1e1_0 0.0 00.5 09.5 09e1\n",
                "NUMBER 1. 1:0-1:2",
                "NUMBER .5 1:3-1:5",
                "NUMBER 1.5 1:6-1:9",
                "NUMBER 1e5 1:10-1:13",
                "NUMBER 1E-5 1:14-1:18",
                "NUMBER 1.5e+10 1:19-1:26",
                "NUMBER 1_0.0_1e1_0 1:27-1:38",
                "NUMBER 0.0 1:39-1:42",
                "NUMBER 00.5 1:43-1:47",
                "NUMBER 09.5 1:48-1:52",
                "NUMBER 09e1 1:53-1:57",
                "NEWLINE \n 1:57-1:57",
                "ENDMARKER  1:-1-1:58");
        assertTokens("1j 1J 1.5j .5j 1e5j 0j 00j 09j 1_1j 5.j\n",
                "NUMBER 1j 1:0-1:2",
                "NUMBER 1J 1:3-1:5",
                "NUMBER 1.5j 1:6-1:10",
                "NUMBER .5j 1:11-1:14",
                "NUMBER 1e5j 1:15-1:19",
                "NUMBER 0j 1:20-1:22",
                "NUMBER 00j 1:23-1:26",
                "NUMBER 09j 1:27-1:30",
                "NUMBER 1_1j 1:31-1:35",
                "NUMBER 5.j 1:36-1:39",
                "NEWLINE \n 1:39-1:39",
                "ENDMARKER  1:-1-1:40");
        assertTokens("1if x else 2\n",
                "NUMBER 1 1:0-1:1",
                "IF if 1:1-1:3",
                "NAME x 1:4-1:5",
                "ELSE else 1:6-1:10",
                "NUMBER 2 1:11-1:12",
                "NEWLINE \n 1:12-1:12",
                "ENDMARKER  1:-1-1:13");
        assertTokens("0x1for x in y\n",
                "NUMBER 0x1f 1:0-1:4",
                "OR or 1:4-1:6",
                "NAME x 1:7-1:8",
                "IN in 1:9-1:11",
                "NAME y 1:12-1:13",
                "NEWLINE \n 1:13-1:13",
                "ENDMARKER  1:-1-1:14");
        assertTokens("0b1and x\n",
                "NUMBER 0b1 1:0-1:3",
                "AND and 1:3-1:6",
                "NAME x 1:7-1:8",
                "NEWLINE \n 1:8-1:8",
                "ENDMARKER  1:-1-1:9");
        assertTokens("0o7or x\n",
                "NUMBER 0o7 1:0-1:3",
                "OR or 1:3-1:5",
                "NAME x 1:6-1:7",
                "NEWLINE \n 1:7-1:7",
                "ENDMARKER  1:-1-1:8");
        assertTokens("1in x\n",
                "NUMBER 1 1:0-1:1",
                "IN in 1:1-1:3",
                "NAME x 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("1not in x\n",
                "NUMBER 1 1:0-1:1",
                "NOT not 1:1-1:4",
                "IN in 1:5-1:7",
                "NAME x 1:8-1:9",
                "NEWLINE \n 1:9-1:9",
                "ENDMARKER  1:-1-1:10");
        assertTokens("1is x\n",
                "NUMBER 1 1:0-1:1",
                "IS is 1:1-1:3",
                "NAME x 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("0e1if 1 else 2\n",
                "NUMBER 0e1 1:0-1:3",
                "IF if 1:3-1:5",
                "NUMBER 1 1:6-1:7",
                "ELSE else 1:8-1:12",
                "NUMBER 2 1:13-1:14",
                "NEWLINE \n 1:14-1:14",
                "ENDMARKER  1:-1-1:15");
        assertTokens("1jif 1 else 2\n",
                "NUMBER 1j 1:0-1:2",
                "IF if 1:2-1:4",
                "NUMBER 1 1:5-1:6",
                "ELSE else 1:7-1:11",
                "NUMBER 2 1:12-1:13",
                "NEWLINE \n 1:13-1:13",
                "ENDMARKER  1:-1-1:14");
        assertTokens("1.0if 1 else 2\n",
                "NUMBER 1.0 1:0-1:3",
                "IF if 1:3-1:5",
                "NUMBER 1 1:6-1:7",
                "ELSE else 1:8-1:12",
                "NUMBER 2 1:13-1:14",
                "NEWLINE \n 1:14-1:14",
                "ENDMARKER  1:-1-1:15");
        assertTokens("1e5if 1 else 2\n",
                "NUMBER 1e5 1:0-1:3",
                "IF if 1:3-1:5",
                "NUMBER 1 1:6-1:7",
                "ELSE else 1:8-1:12",
                "NUMBER 2 1:13-1:14",
                "NEWLINE \n 1:14-1:14",
                "ENDMARKER  1:-1-1:15");
        assertTokens("1else\n",
                "NUMBER 1 1:0-1:1",
                "ELSE else 1:1-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("1ifx\n",
                "NUMBER 1 1:0-1:1",
                "NAME ifx 1:1-1:4",
                "NEWLINE \n 1:4-1:4",
                "ENDMARKER  1:-1-1:5");
        assertTokens("1inx\n",
                "NUMBER 1 1:0-1:1",
                "NAME inx 1:1-1:4",
                "NEWLINE \n 1:4-1:4",
                "ENDMARKER  1:-1-1:5");
        assertTokens("1isx\n",
                "NUMBER 1 1:0-1:1",
                "NAME isx 1:1-1:4",
                "NEWLINE \n 1:4-1:4",
                "ENDMARKER  1:-1-1:5");
        assertTokens("0x1 .real\n",
                "NUMBER 0x1 1:0-1:3",
                "DOT . 1:4-1:5",
                "NAME real 1:5-1:9",
                "NEWLINE \n 1:9-1:9",
                "ENDMARKER  1:-1-1:10");
        assertTokens("1 .real\n",
                "NUMBER 1 1:0-1:1",
                "DOT . 1:2-1:3",
                "NAME real 1:3-1:7",
                "NEWLINE \n 1:7-1:7",
                "ENDMARKER  1:-1-1:8");
        assertTokens("1..real\n",
                "NUMBER 1. 1:0-1:2",
                "DOT . 1:2-1:3",
                "NAME real 1:3-1:7",
                "NEWLINE \n 1:7-1:7",
                "ENDMARKER  1:-1-1:8");
        assertTokens("0x1.5\n",
                "NUMBER 0x1 1:0-1:3",
                "NUMBER .5 1:3-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("0b1.5\n",
                "NUMBER 0b1 1:0-1:3",
                "NUMBER .5 1:3-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("1_0else\n",
                "NUMBER 1_0 1:0-1:3",
                "ELSE else 1:3-1:7",
                "NEWLINE \n 1:7-1:7",
                "ENDMARKER  1:-1-1:8");
        assertTokens("0for\n",
                "NUMBER 0 1:0-1:1",
                "FOR for 1:1-1:4",
                "NEWLINE \n 1:4-1:4",
                "ENDMARKER  1:-1-1:5");
        assertTokens("12\u00e9\n",
                "NUMBER 12 1:0-1:2",
                "NAME \u00e9 1:2-1:4",
                "NEWLINE \n 1:4-1:4",
                "ENDMARKER  1:-1-1:5");
        assertTokens("99999999999999999999999999999\n",
                "NUMBER 99999999999999999999999999999 1:0-1:29",
                "NEWLINE \n 1:29-1:29",
                "ENDMARKER  1:-1-1:30");
        assertTokens("1e500\n",
                "NUMBER 1e500 1:0-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("0xffffffffffffffffffffffffffffffffffffffff\n",
                "NUMBER 0xffffffffffffffffffffffffffffffffffffffff 1:0-1:42",
                "NEWLINE \n 1:42-1:42",
                "ENDMARKER  1:-1-1:43");
    }

    /** String literals: every prefix, quotes, escapes, continuations, multi-line positions. */
    @Test
    void strings() {
        assertTokens("x = b'a' rb'b' BR\"c\" Rb'd' f'e' fR'f' rF'g' u'h' U'i' br'j' Br'k' bR'l' B'm' R'n' F'o' FR'p'\n",
                "NAME x 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "STRING b'a' 1:4-1:8",
                "STRING rb'b' 1:9-1:14",
                "STRING BR\"c\" 1:15-1:20",
                "STRING Rb'd' 1:21-1:26",
                "STRING f'e' 1:27-1:31",
                "STRING fR'f' 1:32-1:37",
                "STRING rF'g' 1:38-1:43",
                "STRING u'h' 1:44-1:48",
                "STRING U'i' 1:49-1:53",
                "STRING br'j' 1:54-1:59",
                "STRING Br'k' 1:60-1:65",
                "STRING bR'l' 1:66-1:71",
                "STRING B'm' 1:72-1:76",
                "STRING R'n' 1:77-1:81",
                "STRING F'o' 1:82-1:86",
                "STRING FR'p' 1:87-1:92",
                "NEWLINE \n 1:92-1:92",
                "ENDMARKER  1:-1-1:93");
        assertTokens("'' \"\" '''''' \"\"\"\"\"\"\n",
                "STRING '' 1:0-1:2",
                "STRING \"\" 1:3-1:5",
                "STRING '''''' 1:6-1:12",
                "STRING \"\"\"\"\"\" 1:13-1:19",
                "NEWLINE \n 1:19-1:19",
                "ENDMARKER  1:-1-1:20");
        assertTokens("'a\\'b' \"a\\\"b\" '\\\\' \"\\\\\"\n",
                "STRING 'a\\'b' 1:0-1:6",
                "STRING \"a\\\"b\" 1:7-1:13",
                "STRING '\\\\' 1:14-1:18",
                "STRING \"\\\\\" 1:19-1:23",
                "NEWLINE \n 1:23-1:23",
                "ENDMARKER  1:-1-1:24");
        assertTokens("'''a'b''c''' \"\"\"a\"b\"\"c\"\"\"\n",
                "STRING '''a'b''c''' 1:0-1:12",
                "STRING \"\"\"a\"b\"\"c\"\"\" 1:13-1:25",
                "NEWLINE \n 1:25-1:25",
                "ENDMARKER  1:-1-1:26");
        assertTokens("s = '''a\nb\nc''' + x\n",
                "NAME s 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "STRING '''a\nb\nc''' 1:4-3:4",
                "PLUS + 3:5-3:6",
                "NAME x 3:7-3:8",
                "NEWLINE \n 3:8-3:8",
                "ENDMARKER  3:-1-3:9");
        assertTokens("s = '''\n'''\n",
                "NAME s 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "STRING '''\n''' 1:4-2:3",
                "NEWLINE \n 2:3-2:3",
                "ENDMARKER  2:-1-2:4");
        assertTokens("'a\\\nb\\\nc' d\n",
                "STRING 'a\\\nb\\\nc' 1:0-3:2",
                "NAME d 3:3-3:4",
                "NEWLINE \n 3:4-3:4",
                "ENDMARKER  3:-1-3:5");
        assertTokens("'''a\\\nb'''\n",
                "STRING '''a\\\nb''' 1:0-2:4",
                "NEWLINE \n 2:4-2:4",
                "ENDMARKER  2:-1-2:5");
        assertTokens("r'\\'' r\"\\\"\" r'\\\\'\n",
                "STRING r'\\'' 1:0-1:5",
                "STRING r\"\\\"\" 1:6-1:11",
                "STRING r'\\\\' 1:12-1:17",
                "NEWLINE \n 1:17-1:17",
                "ENDMARKER  1:-1-1:18");
        assertTokens("f'{x}' f\"{x!r:>{w}}\" rf'{a}\\n'\n",
                "STRING f'{x}' 1:0-1:6",
                "STRING f\"{x!r:>{w}}\" 1:7-1:20",
                "STRING rf'{a}\\n' 1:21-1:30",
                "NEWLINE \n 1:30-1:30",
                "ENDMARKER  1:-1-1:31");
        assertTokens("x = '\u00e9\u00e9' + '\u20ac'\n",
                "NAME x 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "STRING '\u00e9\u00e9' 1:4-1:10",
                "PLUS + 1:11-1:12",
                "STRING '\u20ac' 1:13-1:18",
                "NEWLINE \n 1:18-1:18",
                "ENDMARKER  1:-1-1:19");
        assertTokens("x = '''\u00e9\n\u00e9\u00e9''' + y\n",
                "NAME x 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "STRING '''\u00e9\n\u00e9\u00e9''' 1:4-2:7",
                "PLUS + 2:8-2:9",
                "NAME y 2:10-2:11",
                "NEWLINE \n 2:11-2:11",
                "ENDMARKER  2:-1-2:12");
        assertTokens("bu'x'\n",
                "NAME bu 1:0-1:2",
                "STRING 'x' 1:2-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("ur'x'\n",
                "NAME ur 1:0-1:2",
                "STRING 'x' 1:2-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("bb'x'\n",
                "NAME bb 1:0-1:2",
                "STRING 'x' 1:2-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("rr'x'\n",
                "NAME rr 1:0-1:2",
                "STRING 'x' 1:2-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("fb'x'\n",
                "NAME fb 1:0-1:2",
                "STRING 'x' 1:2-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("U'x' u'x'\n",
                "STRING U'x' 1:0-1:4",
                "STRING u'x' 1:5-1:9",
                "NEWLINE \n 1:9-1:9",
                "ENDMARKER  1:-1-1:10");
        assertTokens("_'x'\n",
                "NAME _ 1:0-1:1",
                "STRING 'x' 1:1-1:4",
                "NEWLINE \n 1:4-1:4",
                "ENDMARKER  1:-1-1:5");
        assertTokens("b 'x'\n",
                "NAME b 1:0-1:1",
                "STRING 'x' 1:2-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("'a' 'b'\n'c'\n",
                "STRING 'a' 1:0-1:3",
                "STRING 'b' 1:4-1:7",
                "NEWLINE \n 1:7-1:7",
                "STRING 'c' 2:0-2:3",
                "NEWLINE \n 2:3-2:3",
                "ENDMARKER  2:-1-2:4");
        assertTokens("'''\r\n'''\r\n",
                "STRING '''\n''' 1:0-2:3",
                "NEWLINE \n 2:3-2:3",
                "ENDMARKER  3:-1-3:1");
        assertTokens("'\\\r\nx'\r\n",
                "STRING '\\\nx' 1:0-2:2",
                "NEWLINE \n 2:2-2:2",
                "ENDMARKER  3:-1-3:1");
        assertTokens("x = 'a'  # c'\n",
                "NAME x 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "STRING 'a' 1:4-1:7",
                "NEWLINE \n 1:9-1:13",
                "ENDMARKER  1:-1-1:14");
    }

    /** Identifiers: ASCII, non-ASCII (byte columns), NFKC normalisation, keywords. */
    @Test
    void names() {
        assertTokens("abc _ __x__ a1 _1 A_b\n",
                "NAME abc 1:0-1:3",
                "NAME _ 1:4-1:5",
                "NAME __x__ 1:6-1:11",
                "NAME a1 1:12-1:14",
                "NAME _1 1:15-1:17",
                "NAME A_b 1:18-1:21",
                "NEWLINE \n 1:21-1:21",
                "ENDMARKER  1:-1-1:22");
        assertTokens("\u00e9t\u00e9 = \u03c0 * r\n",
                "NAME \u00e9t\u00e9 1:0-1:5",
                "EQUAL = 1:6-1:7",
                "NAME \u03c0 1:8-1:10",
                "STAR * 1:11-1:12",
                "NAME r 1:13-1:14",
                "NEWLINE \n 1:14-1:14",
                "ENDMARKER  1:-1-1:15");
        assertTokens("\u4e2d\u6587 = 1\n",
                "NAME \u4e2d\u6587 1:0-1:6",
                "EQUAL = 1:7-1:8",
                "NUMBER 1 1:9-1:10",
                "NEWLINE \n 1:10-1:10",
                "ENDMARKER  1:-1-1:11");
        assertTokens("\uff49\uff46 = 1\n",
                "NAME if 1:0-1:6",
                "EQUAL = 1:7-1:8",
                "NUMBER 1 1:9-1:10",
                "NEWLINE \n 1:10-1:10",
                "ENDMARKER  1:-1-1:11");
        assertTokens("\u2111 = \u210c\n",
                "NAME I 1:0-1:3",
                "EQUAL = 1:4-1:5",
                "NAME H 1:6-1:9",
                "NEWLINE \n 1:9-1:9",
                "ENDMARKER  1:-1-1:10");
        assertTokens("\ufb01 = 1\n",
                "NAME fi 1:0-1:3",
                "EQUAL = 1:4-1:5",
                "NUMBER 1 1:6-1:7",
                "NEWLINE \n 1:7-1:7",
                "ENDMARKER  1:-1-1:8");
        assertTokens("\ud835\udc00 = 1\n",
                "NAME A 1:0-1:4",
                "EQUAL = 1:5-1:6",
                "NUMBER 1 1:7-1:8",
                "NEWLINE \n 1:8-1:8",
                "ENDMARKER  1:-1-1:9");
        assertTokens("\u00b5 = 1\n",
                "NAME \u03bc 1:0-1:2",
                "EQUAL = 1:3-1:4",
                "NUMBER 1 1:5-1:6",
                "NEWLINE \n 1:6-1:6",
                "ENDMARKER  1:-1-1:7");
        assertTokens("match x:\n case _:\n  pass\n",
                "NAME match 1:0-1:5",
                "NAME x 1:6-1:7",
                "COLON : 1:7-1:8",
                "NEWLINE \n 1:8-1:8",
                "INDENT  2:-1-2:1",
                "NAME case 2:1-2:5",
                "NAME _ 2:6-2:7",
                "COLON : 2:7-2:8",
                "NEWLINE \n 2:8-2:8",
                "INDENT  3:-1-3:2",
                "PASS pass 3:2-3:6",
                "NEWLINE \n 3:6-3:6",
                "DEDENT  3:-1-3:7",
                "DEDENT  3:-1-3:7",
                "ENDMARKER  3:-1-3:7");
        assertTokens("False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield\n",
                "FALSE False 1:0-1:5",
                "NONE None 1:6-1:10",
                "TRUE True 1:11-1:15",
                "AND and 1:16-1:19",
                "AS as 1:20-1:22",
                "ASSERT assert 1:23-1:29",
                "ASYNC async 1:30-1:35",
                "AWAIT await 1:36-1:41",
                "BREAK break 1:42-1:47",
                "CLASS class 1:48-1:53",
                "CONTINUE continue 1:54-1:62",
                "DEF def 1:63-1:66",
                "DEL del 1:67-1:70",
                "ELIF elif 1:71-1:75",
                "ELSE else 1:76-1:80",
                "EXCEPT except 1:81-1:87",
                "FINALLY finally 1:88-1:95",
                "FOR for 1:96-1:99",
                "FROM from 1:100-1:104",
                "GLOBAL global 1:105-1:111",
                "IF if 1:112-1:114",
                "IMPORT import 1:115-1:121",
                "IN in 1:122-1:124",
                "IS is 1:125-1:127",
                "LAMBDA lambda 1:128-1:134",
                "NONLOCAL nonlocal 1:135-1:143",
                "NOT not 1:144-1:147",
                "OR or 1:148-1:150",
                "PASS pass 1:151-1:155",
                "RAISE raise 1:156-1:161",
                "RETURN return 1:162-1:168",
                "TRY try 1:169-1:172",
                "WHILE while 1:173-1:178",
                "WITH with 1:179-1:183",
                "YIELD yield 1:184-1:189",
                "NEWLINE \n 1:189-1:189",
                "ENDMARKER  1:-1-1:190");
        assertTokens("print match case type _ __debug__\n",
                "NAME print 1:0-1:5",
                "NAME match 1:6-1:11",
                "NAME case 1:12-1:16",
                "NAME type 1:17-1:21",
                "NAME _ 1:22-1:23",
                "NAME __debug__ 1:24-1:33",
                "NEWLINE \n 1:33-1:33",
                "ENDMARKER  1:-1-1:34");
        assertTokens("IF If iF\n",
                "NAME IF 1:0-1:2",
                "NAME If 1:3-1:5",
                "NAME iF 1:6-1:8",
                "NEWLINE \n 1:8-1:8",
                "ENDMARKER  1:-1-1:9");
    }

    /** NEWLINE positions: at the newline, or from a trailing comment; no NL or COMMENT tokens. */
    @Test
    void newlinesAndComments() {
        assertTokens("x = 1  # c\ny\n",
                "NAME x 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "NUMBER 1 1:4-1:5",
                "NEWLINE \n 1:7-1:10",
                "NAME y 2:0-2:1",
                "NEWLINE \n 2:1-2:1",
                "ENDMARKER  2:-1-2:2");
        assertTokens("x = 1 # c",
                "NAME x 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "NUMBER 1 1:4-1:5",
                "NEWLINE \n 1:6-1:9",
                "ENDMARKER  1:-1-1:10");
        assertTokens("x\r\ny\r\n",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:1-1:1",
                "NAME y 2:0-2:1",
                "NEWLINE \n 2:1-2:1",
                "ENDMARKER  3:-1-3:1");
        assertTokens("x\ry\r",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:1-1:1",
                "NAME y 2:0-2:1",
                "NEWLINE \n 2:1-2:1",
                "ENDMARKER  2:-1-2:2");
        assertTokens("x  \n",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:3-1:3",
                "ENDMARKER  1:-1-1:4");
        assertTokens("x\t\n",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:2-1:2",
                "ENDMARKER  1:-1-1:3");
        assertTokens("# only\n",
                "ENDMARKER  1:-1-1:7");
        assertTokens("# only",
                "ENDMARKER  1:-1-1:7");
        assertTokens("\n\n\nx\n",
                "NAME x 4:0-4:1",
                "NEWLINE \n 4:1-4:1",
                "ENDMARKER  4:-1-4:2");
        assertTokens("x\n\n\n",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:1-1:1",
                "ENDMARKER  3:-1-3:1");
        assertTokens("x # \u00e9\u00e9\n",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:2-1:8",
                "ENDMARKER  1:-1-1:9");
        assertTokens("\u00e9 # c\n",
                "NAME \u00e9 1:0-1:2",
                "NEWLINE \n 1:3-1:6",
                "ENDMARKER  1:-1-1:7");
        assertTokens("x = (1, # c\n 2)\n",
                "NAME x 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "LPAR ( 1:4-1:5",
                "NUMBER 1 1:5-1:6",
                "COMMA , 1:6-1:7",
                "NUMBER 2 2:1-2:2",
                "RPAR ) 2:2-2:3",
                "NEWLINE \n 2:3-2:3",
                "ENDMARKER  2:-1-2:4");
        assertTokens("x = [\n\n\n]\n",
                "NAME x 1:0-1:1",
                "EQUAL = 1:2-1:3",
                "LSQB [ 1:4-1:5",
                "RSQB ] 4:0-4:1",
                "NEWLINE \n 4:1-4:1",
                "ENDMARKER  4:-1-4:2");
        assertTokens("x\\\n+ 1\n",
                "NAME x 1:0-1:1",
                "PLUS + 2:0-2:1",
                "NUMBER 1 2:2-2:3",
                "NEWLINE \n 2:3-2:3",
                "ENDMARKER  2:-1-2:4");
        assertTokens("x \\\n  # c\n",
                "NAME x 1:0-1:1",
                "NEWLINE \n 2:2-2:5",
                "ENDMARKER  2:-1-2:6");
        assertTokens("if x:\n  y\n  # c\nz\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:2",
                "NAME y 2:2-2:3",
                "NEWLINE \n 2:3-2:3",
                "DEDENT  4:-1-4:0",
                "NAME z 4:0-4:1",
                "NEWLINE \n 4:1-4:1",
                "ENDMARKER  4:-1-4:2");
        assertTokens("x\n  # c\ny\n",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:1-1:1",
                "NAME y 3:0-3:1",
                "NEWLINE \n 3:1-3:1",
                "ENDMARKER  3:-1-3:2");
        assertTokens("x\n\t\n  \n\f\ny\n",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:1-1:1",
                "NAME y 5:0-5:1",
                "NEWLINE \n 5:1-5:1",
                "ENDMARKER  5:-1-5:2");
        assertTokens("\fx\n",
                "NAME x 1:1-1:2",
                "NEWLINE \n 1:2-1:2",
                "ENDMARKER  1:-1-1:3");
        assertTokens("x \f y\n",
                "NAME x 1:0-1:1",
                "NAME y 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "ENDMARKER  1:-1-1:6");
    }

    /** INDENT/DEDENT with spaces, tabs (stops of 8), form feeds; blank lines and brackets ignored. */
    @Test
    void indentation() {
        assertTokens("if x:\n    y\nz\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "NAME y 2:4-2:5",
                "NEWLINE \n 2:5-2:5",
                "DEDENT  3:-1-3:0",
                "NAME z 3:0-3:1",
                "NEWLINE \n 3:1-3:1",
                "ENDMARKER  3:-1-3:2");
        assertTokens("if x:\n    if y:\n        z\nw\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "IF if 2:4-2:6",
                "NAME y 2:7-2:8",
                "COLON : 2:8-2:9",
                "NEWLINE \n 2:9-2:9",
                "INDENT  3:-1-3:8",
                "NAME z 3:8-3:9",
                "NEWLINE \n 3:9-3:9",
                "DEDENT  4:-1-4:0",
                "DEDENT  4:-1-4:0",
                "NAME w 4:0-4:1",
                "NEWLINE \n 4:1-4:1",
                "ENDMARKER  4:-1-4:2");
        assertTokens("if x:\n    if y:\n        z\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "IF if 2:4-2:6",
                "NAME y 2:7-2:8",
                "COLON : 2:8-2:9",
                "NEWLINE \n 2:9-2:9",
                "INDENT  3:-1-3:8",
                "NAME z 3:8-3:9",
                "NEWLINE \n 3:9-3:9",
                "DEDENT  3:-1-3:10",
                "DEDENT  3:-1-3:10",
                "ENDMARKER  3:-1-3:10");
        assertTokens("if x:\n    if y:\n        z\n    w\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "IF if 2:4-2:6",
                "NAME y 2:7-2:8",
                "COLON : 2:8-2:9",
                "NEWLINE \n 2:9-2:9",
                "INDENT  3:-1-3:8",
                "NAME z 3:8-3:9",
                "NEWLINE \n 3:9-3:9",
                "DEDENT  4:-1-4:4",
                "NAME w 4:4-4:5",
                "NEWLINE \n 4:5-4:5",
                "DEDENT  4:-1-4:6",
                "ENDMARKER  4:-1-4:6");
        assertTokens("if x:\n\ty\n\tif z:\n\t\tw\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:1",
                "NAME y 2:1-2:2",
                "NEWLINE \n 2:2-2:2",
                "IF if 3:1-3:3",
                "NAME z 3:4-3:5",
                "COLON : 3:5-3:6",
                "NEWLINE \n 3:6-3:6",
                "INDENT  4:-1-4:2",
                "NAME w 4:2-4:3",
                "NEWLINE \n 4:3-4:3",
                "DEDENT  4:-1-4:4",
                "DEDENT  4:-1-4:4",
                "ENDMARKER  4:-1-4:4");
        assertTokens("if x:\n y\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:1",
                "NAME y 2:1-2:2",
                "NEWLINE \n 2:2-2:2",
                "DEDENT  2:-1-2:3",
                "ENDMARKER  2:-1-2:3");
        assertTokens("if x:\n    y",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "NAME y 2:4-2:5",
                "NEWLINE \n 2:5-2:5",
                "DEDENT  2:-1-2:6",
                "ENDMARKER  2:-1-2:6");
        assertTokens("if x:\n    y\n    ",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "NAME y 2:4-2:5",
                "NEWLINE \n 2:5-2:5",
                "DEDENT  3:-1-3:5",
                "ENDMARKER  3:-1-3:5");
        assertTokens("if x:\n    y\n\n\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "NAME y 2:4-2:5",
                "NEWLINE \n 2:5-2:5",
                "DEDENT  4:-1-4:1",
                "ENDMARKER  4:-1-4:1");
        assertTokens("if x:\n    y\n# c\nz\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "NAME y 2:4-2:5",
                "NEWLINE \n 2:5-2:5",
                "DEDENT  4:-1-4:0",
                "NAME z 4:0-4:1",
                "NEWLINE \n 4:1-4:1",
                "ENDMARKER  4:-1-4:2");
        assertTokens("if x:\n    y = (1,\n2)\n    z\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "NAME y 2:4-2:5",
                "EQUAL = 2:6-2:7",
                "LPAR ( 2:8-2:9",
                "NUMBER 1 2:9-2:10",
                "COMMA , 2:10-2:11",
                "NUMBER 2 3:0-3:1",
                "RPAR ) 3:1-3:2",
                "NEWLINE \n 3:2-3:2",
                "NAME z 4:4-4:5",
                "NEWLINE \n 4:5-4:5",
                "DEDENT  4:-1-4:6",
                "ENDMARKER  4:-1-4:6");
        assertTokens("if x:\n    y = \"\"\"\nz\"\"\"\n    w\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "NAME y 2:4-2:5",
                "EQUAL = 2:6-2:7",
                "STRING \"\"\"\nz\"\"\" 2:8-3:4",
                "NEWLINE \n 3:4-3:4",
                "NAME w 4:4-4:5",
                "NEWLINE \n 4:5-4:5",
                "DEDENT  4:-1-4:6",
                "ENDMARKER  4:-1-4:6");
        assertTokens("if x:\n  \f  y\n    z\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:5",
                "NAME y 2:5-2:6",
                "NEWLINE \n 2:6-2:6",
                "INDENT  3:-1-3:4",
                "NAME z 3:4-3:5",
                "NEWLINE \n 3:5-3:5",
                "DEDENT  3:-1-3:6",
                "DEDENT  3:-1-3:6",
                "ENDMARKER  3:-1-3:6");
        assertTokens("class A:\n  def f():\n    pass\n  x\n",
                "CLASS class 1:0-1:5",
                "NAME A 1:6-1:7",
                "COLON : 1:7-1:8",
                "NEWLINE \n 1:8-1:8",
                "INDENT  2:-1-2:2",
                "DEF def 2:2-2:5",
                "NAME f 2:6-2:7",
                "LPAR ( 2:7-2:8",
                "RPAR ) 2:8-2:9",
                "COLON : 2:9-2:10",
                "NEWLINE \n 2:10-2:10",
                "INDENT  3:-1-3:4",
                "PASS pass 3:4-3:8",
                "NEWLINE \n 3:8-3:8",
                "DEDENT  4:-1-4:2",
                "NAME x 4:2-4:3",
                "NEWLINE \n 4:3-4:3",
                "DEDENT  4:-1-4:4",
                "ENDMARKER  4:-1-4:4");
        assertTokens("if x:\n    y\n    \\\nz\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:4",
                "NAME y 2:4-2:5",
                "NEWLINE \n 2:5-2:5",
                "NAME z 4:0-4:1",
                "NEWLINE \n 4:1-4:1",
                "DEDENT  4:-1-4:2",
                "ENDMARKER  4:-1-4:2");
        assertTokens("if x:\n  y\n\t\n",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:2",
                "NAME y 2:2-2:3",
                "NEWLINE \n 2:3-2:3",
                "DEDENT  3:-1-3:2",
                "ENDMARKER  3:-1-3:2");
    }

    /** Identifiers the tokenize module splits but CPython accepts. */
    @Test
    void validIdentifiers() {
        assertEquals("ENDMARKER", tokens("x\u0301 = 1\n").getLast().split(" ")[0]);
        assertEquals("ENDMARKER", tokens("\u1885 = 1\n").getLast().split(" ")[0]);
        assertEquals("ENDMARKER", tokens("a\u00b7 = 1\n").getLast().split(" ")[0]);
        assertEquals("ENDMARKER", tokens("\u2118 = 1\n").getLast().split(" ")[0]);
        assertEquals("ENDMARKER", tokens("_\u0300 = 1\n").getLast().split(" ")[0]);
        assertEquals("ENDMARKER", tokens("x\u0e33 = 1\n").getLast().split(" ")[0]);
    }

    /** ENDMARKER on the last line, its position after the line and its newline; DEDENTs there too. */
    @Test
    void endOfInput() {
        assertTokens("",
                "ENDMARKER  0:-1-0:0");
        assertTokens("\n",
                "ENDMARKER  1:-1-1:1");
        assertTokens("  ",
                "ENDMARKER  1:-1-1:3");
        assertTokens("  \n",
                "ENDMARKER  1:-1-1:3");
        assertTokens("# c",
                "ENDMARKER  1:-1-1:4");
        assertTokens("x",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:1-1:1",
                "ENDMARKER  1:-1-1:2");
        assertTokens("x\n",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:1-1:1",
                "ENDMARKER  1:-1-1:2");
        assertTokens("x # c",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:2-1:5",
                "ENDMARKER  1:-1-1:6");
        assertTokens("x\n\n  ",
                "NAME x 1:0-1:1",
                "NEWLINE \n 1:1-1:1",
                "ENDMARKER  3:-1-3:3");
        assertTokens("if x:\n y\n\n# end",
                "IF if 1:0-1:2",
                "NAME x 1:3-1:4",
                "COLON : 1:4-1:5",
                "NEWLINE \n 1:5-1:5",
                "INDENT  2:-1-2:1",
                "NAME y 2:1-2:2",
                "NEWLINE \n 2:2-2:2",
                "DEDENT  4:-1-4:6",
                "ENDMARKER  4:-1-4:6");
    }

    /** Number errors in several contexts (offsets count characters; leading zeros count bytes). */
    @Test
    void numberErrors() {
        assertError("0x", "SyntaxError 1:2-1:2 invalid hexadecimal literal", "0x");
        assertError("0x1_", "SyntaxError 1:4-1:4 invalid hexadecimal literal", "0x1_");
        assertError("0xg", "SyntaxError 1:2-1:2 invalid hexadecimal literal", "0xg");
        assertError("0x1g", "SyntaxError 1:3-1:3 invalid hexadecimal literal", "0x1g");
        assertError("0o", "SyntaxError 1:2-1:2 invalid octal literal", "0o");
        assertError("0o8", "SyntaxError 1:3-1:3 invalid digit '8' in octal literal", "0o8");
        assertError("0o18", "SyntaxError 1:4-1:4 invalid digit '8' in octal literal", "0o18");
        assertError("0o1_8", "SyntaxError 1:5-1:5 invalid digit '8' in octal literal", "0o1_8");
        assertError("0o1a", "SyntaxError 1:3-1:3 invalid octal literal", "0o1a");
        assertError("0b", "SyntaxError 1:2-1:2 invalid binary literal", "0b");
        assertError("0b2", "SyntaxError 1:3-1:3 invalid digit '2' in binary literal", "0b2");
        assertError("0b12", "SyntaxError 1:4-1:4 invalid digit '2' in binary literal", "0b12");
        assertError("0b1a", "SyntaxError 1:3-1:3 invalid binary literal", "0b1a");
        assertError("012", "SyntaxError 1:1-1:2 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "012");
        assertError("0_1", "SyntaxError 1:1-1:3 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "0_1");
        assertError("09", "SyntaxError 1:1-1:2 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "09");
        assertError("1__0", "SyntaxError 1:2-1:2 invalid decimal literal", "1__0");
        assertError("1_", "SyntaxError 1:2-1:2 invalid decimal literal", "1_");
        assertError("1_a", "SyntaxError 1:2-1:2 invalid decimal literal", "1_a");
        assertError("1.e", "SyntaxError 1:2-1:2 invalid decimal literal", "1.e");
        assertError("1e+", "SyntaxError 1:3-1:3 invalid decimal literal", "1e+");
        assertError("1e", "SyntaxError 1:1-1:1 invalid decimal literal", "1e");
        assertError("1ea", "SyntaxError 1:1-1:1 invalid decimal literal", "1ea");
        assertError("1.5_", "SyntaxError 1:4-1:4 invalid decimal literal", "1.5_");
        assertError("1.5j_", "SyntaxError 1:4-1:4 invalid imaginary literal", "1.5j_");
        assertError("1jx", "SyntaxError 1:2-1:2 invalid imaginary literal", "1jx");
        assertError("1.x", "SyntaxError 1:2-1:2 invalid decimal literal", "1.x");
        assertError("1_.5", "SyntaxError 1:2-1:2 invalid decimal literal", "1_.5");
        assertError("1._5", "SyntaxError 1:2-1:2 invalid decimal literal", "1._5");
        assertError("1e_5", "SyntaxError 1:1-1:1 invalid decimal literal", "1e_5");
        assertError("1e5_", "SyntaxError 1:4-1:4 invalid decimal literal", "1e5_");
        assertError("0_", "SyntaxError 1:2-1:2 invalid decimal literal", "0_");
        assertError("1andy", "SyntaxError 1:1-1:1 invalid decimal literal", "1andy");
        assertError("1elsewhere", "SyntaxError 1:1-1:1 invalid decimal literal", "1elsewhere");
        assertError("1or2", "SyntaxError 1:1-1:1 invalid decimal literal", "1or2");
        assertError("1an", "SyntaxError 1:1-1:1 invalid decimal literal", "1an");
        assertError("1ix", "SyntaxError 1:1-1:1 invalid decimal literal", "1ix");
        assertError("1nox", "SyntaxError 1:1-1:1 invalid decimal literal", "1nox");
        assertError("1.0elsex", "SyntaxError 1:3-1:3 invalid decimal literal", "1.0elsex");
        assertError("1jelsex", "SyntaxError 1:2-1:2 invalid imaginary literal", "1jelsex");
        assertError("0x1orx", "SyntaxError 1:3-1:3 invalid hexadecimal literal", "0x1orx");
        assertError("1notx", "SyntaxError 1:1-1:1 invalid decimal literal", "1notx");
        assertError("1forx", "SyntaxError 1:1-1:1 invalid decimal literal", "1forx");
        assertError("0e", "SyntaxError 1:1-1:1 invalid decimal literal", "0e");
        assertError("0b_", "SyntaxError 1:3-1:3 invalid binary literal", "0b_");
        assertError("0o_", "SyntaxError 1:3-1:3 invalid octal literal", "0o_");
        assertError("0b1__1", "SyntaxError 1:4-1:4 invalid binary literal", "0b1__1");
        assertError("0x_", "SyntaxError 1:3-1:3 invalid hexadecimal literal", "0x_");
        assertError("1e1_", "SyntaxError 1:4-1:4 invalid decimal literal", "1e1_");
        assertError("0b1e", "SyntaxError 1:3-1:3 invalid binary literal", "0b1e");
        assertError("0o1e", "SyntaxError 1:3-1:3 invalid octal literal", "0o1e");
        assertError("0b1j", "SyntaxError 1:3-1:3 invalid binary literal", "0b1j");
        assertError("0jx", "SyntaxError 1:2-1:2 invalid imaginary literal", "0jx");
        assertError("08.5e", "SyntaxError 1:4-1:4 invalid decimal literal", "08.5e");
        assertError("0e5x", "SyntaxError 1:3-1:3 invalid decimal literal", "0e5x");
        assertError(".5x", "SyntaxError 1:2-1:2 invalid decimal literal", ".5x");
        assertError(".5_", "SyntaxError 1:3-1:3 invalid decimal literal", ".5_");
        assertError("0012", "SyntaxError 1:1-1:3 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "0012");
        assertError("0_0_1", "SyntaxError 1:1-1:5 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "0_0_1");
        assertError("00_", "SyntaxError 1:3-1:3 invalid decimal literal", "00_");
        assertError("0_x", "SyntaxError 1:2-1:2 invalid decimal literal", "0_x");
        assertError("012x", "SyntaxError 1:1-1:2 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "012x");
        assertError("01_", "SyntaxError 1:3-1:3 invalid decimal literal", "01_");
        assertError("012_3", "SyntaxError 1:1-1:2 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "012_3");
        assertError("0_1_", "SyntaxError 1:4-1:4 invalid decimal literal", "0_1_");
        assertError("1and\u00e9", "SyntaxError 1:1-1:1 invalid decimal literal", "1and\u00e9");
        assertError("1_if", "SyntaxError 1:2-1:2 invalid decimal literal", "1_if");
        assertError("x = 0x", "SyntaxError 1:6-1:6 invalid hexadecimal literal", "x = 0x");
        assertError("x = 0x1_", "SyntaxError 1:8-1:8 invalid hexadecimal literal", "x = 0x1_");
        assertError("x = 0xg", "SyntaxError 1:6-1:6 invalid hexadecimal literal", "x = 0xg");
        assertError("x = 0x1g", "SyntaxError 1:7-1:7 invalid hexadecimal literal", "x = 0x1g");
        assertError("x = 0o", "SyntaxError 1:6-1:6 invalid octal literal", "x = 0o");
        assertError("x = 0o8", "SyntaxError 1:7-1:7 invalid digit '8' in octal literal", "x = 0o8");
        assertError("x = 0o18", "SyntaxError 1:8-1:8 invalid digit '8' in octal literal", "x = 0o18");
        assertError("x = 0o1_8", "SyntaxError 1:9-1:9 invalid digit '8' in octal literal", "x = 0o1_8");
        assertError("x = 0o1a", "SyntaxError 1:7-1:7 invalid octal literal", "x = 0o1a");
        assertError("x = 0b", "SyntaxError 1:6-1:6 invalid binary literal", "x = 0b");
        assertError("x = 0b2", "SyntaxError 1:7-1:7 invalid digit '2' in binary literal", "x = 0b2");
        assertError("x = 0b12", "SyntaxError 1:8-1:8 invalid digit '2' in binary literal", "x = 0b12");
        assertError("x = 0b1a", "SyntaxError 1:7-1:7 invalid binary literal", "x = 0b1a");
        assertError("x = 012", "SyntaxError 1:5-1:6 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "x = 012");
        assertError("x = 0_1", "SyntaxError 1:5-1:7 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "x = 0_1");
        assertError("x = 09", "SyntaxError 1:5-1:6 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "x = 09");
        assertError("x = 1__0", "SyntaxError 1:6-1:6 invalid decimal literal", "x = 1__0");
        assertError("x = 1_", "SyntaxError 1:6-1:6 invalid decimal literal", "x = 1_");
        assertError("x = 1_a", "SyntaxError 1:6-1:6 invalid decimal literal", "x = 1_a");
        assertError("x = 1.e", "SyntaxError 1:6-1:6 invalid decimal literal", "x = 1.e");
        assertError("x = 1e+", "SyntaxError 1:7-1:7 invalid decimal literal", "x = 1e+");
        assertError("x = 1e", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1e");
        assertError("x = 1ea", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1ea");
        assertError("x = 1.5_", "SyntaxError 1:8-1:8 invalid decimal literal", "x = 1.5_");
        assertError("x = 1.5j_", "SyntaxError 1:8-1:8 invalid imaginary literal", "x = 1.5j_");
        assertError("x = 1jx", "SyntaxError 1:6-1:6 invalid imaginary literal", "x = 1jx");
        assertError("x = 1.x", "SyntaxError 1:6-1:6 invalid decimal literal", "x = 1.x");
        assertError("x = 1_.5", "SyntaxError 1:6-1:6 invalid decimal literal", "x = 1_.5");
        assertError("x = 1._5", "SyntaxError 1:6-1:6 invalid decimal literal", "x = 1._5");
        assertError("x = 1e_5", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1e_5");
        assertError("x = 1e5_", "SyntaxError 1:8-1:8 invalid decimal literal", "x = 1e5_");
        assertError("x = 0_", "SyntaxError 1:6-1:6 invalid decimal literal", "x = 0_");
        assertError("x = 1andy", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1andy");
        assertError("x = 1elsewhere", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1elsewhere");
        assertError("x = 1or2", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1or2");
        assertError("x = 1an", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1an");
        assertError("x = 1ix", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1ix");
        assertError("x = 1nox", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1nox");
        assertError("x = 1.0elsex", "SyntaxError 1:7-1:7 invalid decimal literal", "x = 1.0elsex");
        assertError("x = 1jelsex", "SyntaxError 1:6-1:6 invalid imaginary literal", "x = 1jelsex");
        assertError("x = 0x1orx", "SyntaxError 1:7-1:7 invalid hexadecimal literal", "x = 0x1orx");
        assertError("x = 1notx", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1notx");
        assertError("x = 1forx", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1forx");
        assertError("x = 0e", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 0e");
        assertError("x = 0b_", "SyntaxError 1:7-1:7 invalid binary literal", "x = 0b_");
        assertError("x = 0o_", "SyntaxError 1:7-1:7 invalid octal literal", "x = 0o_");
        assertError("x = 0b1__1", "SyntaxError 1:8-1:8 invalid binary literal", "x = 0b1__1");
        assertError("x = 0x_", "SyntaxError 1:7-1:7 invalid hexadecimal literal", "x = 0x_");
        assertError("x = 1e1_", "SyntaxError 1:8-1:8 invalid decimal literal", "x = 1e1_");
        assertError("x = 0b1e", "SyntaxError 1:7-1:7 invalid binary literal", "x = 0b1e");
        assertError("x = 0o1e", "SyntaxError 1:7-1:7 invalid octal literal", "x = 0o1e");
        assertError("x = 0b1j", "SyntaxError 1:7-1:7 invalid binary literal", "x = 0b1j");
        assertError("x = 0jx", "SyntaxError 1:6-1:6 invalid imaginary literal", "x = 0jx");
        assertError("x = 08.5e", "SyntaxError 1:8-1:8 invalid decimal literal", "x = 08.5e");
        assertError("x = 0e5x", "SyntaxError 1:7-1:7 invalid decimal literal", "x = 0e5x");
        assertError("x = .5x", "SyntaxError 1:6-1:6 invalid decimal literal", "x = .5x");
        assertError("x = .5_", "SyntaxError 1:7-1:7 invalid decimal literal", "x = .5_");
        assertError("x = 0012", "SyntaxError 1:5-1:7 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "x = 0012");
        assertError("x = 0_0_1", "SyntaxError 1:5-1:9 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "x = 0_0_1");
        assertError("x = 00_", "SyntaxError 1:7-1:7 invalid decimal literal", "x = 00_");
        assertError("x = 0_x", "SyntaxError 1:6-1:6 invalid decimal literal", "x = 0_x");
        assertError("x = 012x", "SyntaxError 1:5-1:6 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "x = 012x");
        assertError("x = 01_", "SyntaxError 1:7-1:7 invalid decimal literal", "x = 01_");
        assertError("x = 012_3", "SyntaxError 1:5-1:6 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "x = 012_3");
        assertError("x = 0_1_", "SyntaxError 1:8-1:8 invalid decimal literal", "x = 0_1_");
        assertError("x = 1and\u00e9", "SyntaxError 1:5-1:5 invalid decimal literal", "x = 1and\u00e9");
        assertError("x = 1_if", "SyntaxError 1:6-1:6 invalid decimal literal", "x = 1_if");
        assertError("\u00e9\u00e9 = 0x", "SyntaxError 1:7-1:7 invalid hexadecimal literal", "\u00e9\u00e9 = 0x");
        assertError("\u00e9\u00e9 = 0x1_", "SyntaxError 1:9-1:9 invalid hexadecimal literal", "\u00e9\u00e9 = 0x1_");
        assertError("\u00e9\u00e9 = 0xg", "SyntaxError 1:7-1:7 invalid hexadecimal literal", "\u00e9\u00e9 = 0xg");
        assertError("\u00e9\u00e9 = 0x1g", "SyntaxError 1:8-1:8 invalid hexadecimal literal", "\u00e9\u00e9 = 0x1g");
        assertError("\u00e9\u00e9 = 0o", "SyntaxError 1:7-1:7 invalid octal literal", "\u00e9\u00e9 = 0o");
        assertError("\u00e9\u00e9 = 0o8", "SyntaxError 1:8-1:8 invalid digit '8' in octal literal", "\u00e9\u00e9 = 0o8");
        assertError("\u00e9\u00e9 = 0o18", "SyntaxError 1:9-1:9 invalid digit '8' in octal literal", "\u00e9\u00e9 = 0o18");
        assertError("\u00e9\u00e9 = 0o1_8", "SyntaxError 1:10-1:10 invalid digit '8' in octal literal", "\u00e9\u00e9 = 0o1_8");
        assertError("\u00e9\u00e9 = 0o1a", "SyntaxError 1:8-1:8 invalid octal literal", "\u00e9\u00e9 = 0o1a");
        assertError("\u00e9\u00e9 = 0b", "SyntaxError 1:7-1:7 invalid binary literal", "\u00e9\u00e9 = 0b");
        assertError("\u00e9\u00e9 = 0b2", "SyntaxError 1:8-1:8 invalid digit '2' in binary literal", "\u00e9\u00e9 = 0b2");
        assertError("\u00e9\u00e9 = 0b12", "SyntaxError 1:9-1:9 invalid digit '2' in binary literal", "\u00e9\u00e9 = 0b12");
        assertError("\u00e9\u00e9 = 0b1a", "SyntaxError 1:8-1:8 invalid binary literal", "\u00e9\u00e9 = 0b1a");
        assertError("\u00e9\u00e9 = 012", "SyntaxError 1:8-1:9 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "\u00e9\u00e9 = 012");
        assertError("\u00e9\u00e9 = 0_1", "SyntaxError 1:8-1:10 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "\u00e9\u00e9 = 0_1");
        assertError("\u00e9\u00e9 = 09", "SyntaxError 1:8-1:9 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "\u00e9\u00e9 = 09");
        assertError("\u00e9\u00e9 = 1__0", "SyntaxError 1:7-1:7 invalid decimal literal", "\u00e9\u00e9 = 1__0");
        assertError("\u00e9\u00e9 = 1_", "SyntaxError 1:7-1:7 invalid decimal literal", "\u00e9\u00e9 = 1_");
        assertError("\u00e9\u00e9 = 1_a", "SyntaxError 1:7-1:7 invalid decimal literal", "\u00e9\u00e9 = 1_a");
        assertError("\u00e9\u00e9 = 1.e", "SyntaxError 1:7-1:7 invalid decimal literal", "\u00e9\u00e9 = 1.e");
        assertError("\u00e9\u00e9 = 1e+", "SyntaxError 1:8-1:8 invalid decimal literal", "\u00e9\u00e9 = 1e+");
        assertError("\u00e9\u00e9 = 1e", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1e");
        assertError("\u00e9\u00e9 = 1ea", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1ea");
        assertError("\u00e9\u00e9 = 1.5_", "SyntaxError 1:9-1:9 invalid decimal literal", "\u00e9\u00e9 = 1.5_");
        assertError("\u00e9\u00e9 = 1.5j_", "SyntaxError 1:9-1:9 invalid imaginary literal", "\u00e9\u00e9 = 1.5j_");
        assertError("\u00e9\u00e9 = 1jx", "SyntaxError 1:7-1:7 invalid imaginary literal", "\u00e9\u00e9 = 1jx");
        assertError("\u00e9\u00e9 = 1.x", "SyntaxError 1:7-1:7 invalid decimal literal", "\u00e9\u00e9 = 1.x");
        assertError("\u00e9\u00e9 = 1_.5", "SyntaxError 1:7-1:7 invalid decimal literal", "\u00e9\u00e9 = 1_.5");
        assertError("\u00e9\u00e9 = 1._5", "SyntaxError 1:7-1:7 invalid decimal literal", "\u00e9\u00e9 = 1._5");
        assertError("\u00e9\u00e9 = 1e_5", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1e_5");
        assertError("\u00e9\u00e9 = 1e5_", "SyntaxError 1:9-1:9 invalid decimal literal", "\u00e9\u00e9 = 1e5_");
        assertError("\u00e9\u00e9 = 0_", "SyntaxError 1:7-1:7 invalid decimal literal", "\u00e9\u00e9 = 0_");
        assertError("\u00e9\u00e9 = 1andy", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1andy");
        assertError("\u00e9\u00e9 = 1elsewhere", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1elsewhere");
        assertError("\u00e9\u00e9 = 1or2", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1or2");
        assertError("\u00e9\u00e9 = 1an", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1an");
        assertError("\u00e9\u00e9 = 1ix", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1ix");
        assertError("\u00e9\u00e9 = 1nox", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1nox");
        assertError("\u00e9\u00e9 = 1.0elsex", "SyntaxError 1:8-1:8 invalid decimal literal", "\u00e9\u00e9 = 1.0elsex");
        assertError("\u00e9\u00e9 = 1jelsex", "SyntaxError 1:7-1:7 invalid imaginary literal", "\u00e9\u00e9 = 1jelsex");
        assertError("\u00e9\u00e9 = 0x1orx", "SyntaxError 1:8-1:8 invalid hexadecimal literal", "\u00e9\u00e9 = 0x1orx");
        assertError("\u00e9\u00e9 = 1notx", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1notx");
        assertError("\u00e9\u00e9 = 1forx", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1forx");
        assertError("\u00e9\u00e9 = 0e", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 0e");
        assertError("\u00e9\u00e9 = 0b_", "SyntaxError 1:8-1:8 invalid binary literal", "\u00e9\u00e9 = 0b_");
        assertError("\u00e9\u00e9 = 0o_", "SyntaxError 1:8-1:8 invalid octal literal", "\u00e9\u00e9 = 0o_");
        assertError("\u00e9\u00e9 = 0b1__1", "SyntaxError 1:9-1:9 invalid binary literal", "\u00e9\u00e9 = 0b1__1");
        assertError("\u00e9\u00e9 = 0x_", "SyntaxError 1:8-1:8 invalid hexadecimal literal", "\u00e9\u00e9 = 0x_");
        assertError("\u00e9\u00e9 = 1e1_", "SyntaxError 1:9-1:9 invalid decimal literal", "\u00e9\u00e9 = 1e1_");
        assertError("\u00e9\u00e9 = 0b1e", "SyntaxError 1:8-1:8 invalid binary literal", "\u00e9\u00e9 = 0b1e");
        assertError("\u00e9\u00e9 = 0o1e", "SyntaxError 1:8-1:8 invalid octal literal", "\u00e9\u00e9 = 0o1e");
        assertError("\u00e9\u00e9 = 0b1j", "SyntaxError 1:8-1:8 invalid binary literal", "\u00e9\u00e9 = 0b1j");
        assertError("\u00e9\u00e9 = 0jx", "SyntaxError 1:7-1:7 invalid imaginary literal", "\u00e9\u00e9 = 0jx");
        assertError("\u00e9\u00e9 = 08.5e", "SyntaxError 1:9-1:9 invalid decimal literal", "\u00e9\u00e9 = 08.5e");
        assertError("\u00e9\u00e9 = 0e5x", "SyntaxError 1:8-1:8 invalid decimal literal", "\u00e9\u00e9 = 0e5x");
        assertError("\u00e9\u00e9 = .5x", "SyntaxError 1:7-1:7 invalid decimal literal", "\u00e9\u00e9 = .5x");
        assertError("\u00e9\u00e9 = .5_", "SyntaxError 1:8-1:8 invalid decimal literal", "\u00e9\u00e9 = .5_");
        assertError("\u00e9\u00e9 = 0012", "SyntaxError 1:8-1:10 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "\u00e9\u00e9 = 0012");
        assertError("\u00e9\u00e9 = 0_0_1", "SyntaxError 1:8-1:12 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "\u00e9\u00e9 = 0_0_1");
        assertError("\u00e9\u00e9 = 00_", "SyntaxError 1:8-1:8 invalid decimal literal", "\u00e9\u00e9 = 00_");
        assertError("\u00e9\u00e9 = 0_x", "SyntaxError 1:7-1:7 invalid decimal literal", "\u00e9\u00e9 = 0_x");
        assertError("\u00e9\u00e9 = 012x", "SyntaxError 1:8-1:9 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "\u00e9\u00e9 = 012x");
        assertError("\u00e9\u00e9 = 01_", "SyntaxError 1:8-1:8 invalid decimal literal", "\u00e9\u00e9 = 01_");
        assertError("\u00e9\u00e9 = 012_3", "SyntaxError 1:8-1:9 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "\u00e9\u00e9 = 012_3");
        assertError("\u00e9\u00e9 = 0_1_", "SyntaxError 1:9-1:9 invalid decimal literal", "\u00e9\u00e9 = 0_1_");
        assertError("\u00e9\u00e9 = 1and\u00e9", "SyntaxError 1:6-1:6 invalid decimal literal", "\u00e9\u00e9 = 1and\u00e9");
        assertError("\u00e9\u00e9 = 1_if", "SyntaxError 1:7-1:7 invalid decimal literal", "\u00e9\u00e9 = 1_if");
        assertError("if x:\n    0x\n", "SyntaxError 2:6-2:6 invalid hexadecimal literal", "    0x");
        assertError("if x:\n    0x1_\n", "SyntaxError 2:8-2:8 invalid hexadecimal literal", "    0x1_");
        assertError("if x:\n    0xg\n", "SyntaxError 2:6-2:6 invalid hexadecimal literal", "    0xg");
        assertError("if x:\n    0x1g\n", "SyntaxError 2:7-2:7 invalid hexadecimal literal", "    0x1g");
        assertError("if x:\n    0o\n", "SyntaxError 2:6-2:6 invalid octal literal", "    0o");
        assertError("if x:\n    0o8\n", "SyntaxError 2:7-2:7 invalid digit '8' in octal literal", "    0o8");
        assertError("if x:\n    0o18\n", "SyntaxError 2:8-2:8 invalid digit '8' in octal literal", "    0o18");
        assertError("if x:\n    0o1_8\n", "SyntaxError 2:9-2:9 invalid digit '8' in octal literal", "    0o1_8");
        assertError("if x:\n    0o1a\n", "SyntaxError 2:7-2:7 invalid octal literal", "    0o1a");
        assertError("if x:\n    0b\n", "SyntaxError 2:6-2:6 invalid binary literal", "    0b");
        assertError("if x:\n    0b2\n", "SyntaxError 2:7-2:7 invalid digit '2' in binary literal", "    0b2");
        assertError("if x:\n    0b12\n", "SyntaxError 2:8-2:8 invalid digit '2' in binary literal", "    0b12");
        assertError("if x:\n    0b1a\n", "SyntaxError 2:7-2:7 invalid binary literal", "    0b1a");
        assertError("if x:\n    012\n", "SyntaxError 2:5-2:6 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "    012");
        assertError("if x:\n    0_1\n", "SyntaxError 2:5-2:7 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "    0_1");
        assertError("if x:\n    09\n", "SyntaxError 2:5-2:6 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "    09");
        assertError("if x:\n    1__0\n", "SyntaxError 2:6-2:6 invalid decimal literal", "    1__0");
        assertError("if x:\n    1_\n", "SyntaxError 2:6-2:6 invalid decimal literal", "    1_");
        assertError("if x:\n    1_a\n", "SyntaxError 2:6-2:6 invalid decimal literal", "    1_a");
        assertError("if x:\n    1.e\n", "SyntaxError 2:6-2:6 invalid decimal literal", "    1.e");
        assertError("if x:\n    1e+\n", "SyntaxError 2:7-2:7 invalid decimal literal", "    1e+");
        assertError("if x:\n    1e\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1e");
        assertError("if x:\n    1ea\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1ea");
        assertError("if x:\n    1.5_\n", "SyntaxError 2:8-2:8 invalid decimal literal", "    1.5_");
        assertError("if x:\n    1.5j_\n", "SyntaxError 2:8-2:8 invalid imaginary literal", "    1.5j_");
        assertError("if x:\n    1jx\n", "SyntaxError 2:6-2:6 invalid imaginary literal", "    1jx");
        assertError("if x:\n    1.x\n", "SyntaxError 2:6-2:6 invalid decimal literal", "    1.x");
        assertError("if x:\n    1_.5\n", "SyntaxError 2:6-2:6 invalid decimal literal", "    1_.5");
        assertError("if x:\n    1._5\n", "SyntaxError 2:6-2:6 invalid decimal literal", "    1._5");
        assertError("if x:\n    1e_5\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1e_5");
        assertError("if x:\n    1e5_\n", "SyntaxError 2:8-2:8 invalid decimal literal", "    1e5_");
        assertError("if x:\n    0_\n", "SyntaxError 2:6-2:6 invalid decimal literal", "    0_");
        assertError("if x:\n    1andy\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1andy");
        assertError("if x:\n    1elsewhere\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1elsewhere");
        assertError("if x:\n    1or2\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1or2");
        assertError("if x:\n    1an\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1an");
        assertError("if x:\n    1ix\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1ix");
        assertError("if x:\n    1nox\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1nox");
        assertError("if x:\n    1.0elsex\n", "SyntaxError 2:7-2:7 invalid decimal literal", "    1.0elsex");
        assertError("if x:\n    1jelsex\n", "SyntaxError 2:6-2:6 invalid imaginary literal", "    1jelsex");
        assertError("if x:\n    0x1orx\n", "SyntaxError 2:7-2:7 invalid hexadecimal literal", "    0x1orx");
        assertError("if x:\n    1notx\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1notx");
        assertError("if x:\n    1forx\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1forx");
        assertError("if x:\n    0e\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    0e");
        assertError("if x:\n    0b_\n", "SyntaxError 2:7-2:7 invalid binary literal", "    0b_");
        assertError("if x:\n    0o_\n", "SyntaxError 2:7-2:7 invalid octal literal", "    0o_");
        assertError("if x:\n    0b1__1\n", "SyntaxError 2:8-2:8 invalid binary literal", "    0b1__1");
        assertError("if x:\n    0x_\n", "SyntaxError 2:7-2:7 invalid hexadecimal literal", "    0x_");
        assertError("if x:\n    1e1_\n", "SyntaxError 2:8-2:8 invalid decimal literal", "    1e1_");
        assertError("if x:\n    0b1e\n", "SyntaxError 2:7-2:7 invalid binary literal", "    0b1e");
        assertError("if x:\n    0o1e\n", "SyntaxError 2:7-2:7 invalid octal literal", "    0o1e");
        assertError("if x:\n    0b1j\n", "SyntaxError 2:7-2:7 invalid binary literal", "    0b1j");
        assertError("if x:\n    0jx\n", "SyntaxError 2:6-2:6 invalid imaginary literal", "    0jx");
        assertError("if x:\n    08.5e\n", "SyntaxError 2:8-2:8 invalid decimal literal", "    08.5e");
        assertError("if x:\n    0e5x\n", "SyntaxError 2:7-2:7 invalid decimal literal", "    0e5x");
        assertError("if x:\n    .5x\n", "SyntaxError 2:6-2:6 invalid decimal literal", "    .5x");
        assertError("if x:\n    .5_\n", "SyntaxError 2:7-2:7 invalid decimal literal", "    .5_");
        assertError("if x:\n    0012\n", "SyntaxError 2:5-2:7 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "    0012");
        assertError("if x:\n    0_0_1\n", "SyntaxError 2:5-2:9 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "    0_0_1");
        assertError("if x:\n    00_\n", "SyntaxError 2:7-2:7 invalid decimal literal", "    00_");
        assertError("if x:\n    0_x\n", "SyntaxError 2:6-2:6 invalid decimal literal", "    0_x");
        assertError("if x:\n    012x\n", "SyntaxError 2:5-2:6 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "    012x");
        assertError("if x:\n    01_\n", "SyntaxError 2:7-2:7 invalid decimal literal", "    01_");
        assertError("if x:\n    012_3\n", "SyntaxError 2:5-2:6 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "    012_3");
        assertError("if x:\n    0_1_\n", "SyntaxError 2:8-2:8 invalid decimal literal", "    0_1_");
        assertError("if x:\n    1and\u00e9\n", "SyntaxError 2:5-2:5 invalid decimal literal", "    1and\u00e9");
        assertError("if x:\n    1_if\n", "SyntaxError 2:6-2:6 invalid decimal literal", "    1_if");
        assertError("y = 1\n0x", "SyntaxError 2:2-2:2 invalid hexadecimal literal", "0x");
        assertError("y = 1\n0x1_", "SyntaxError 2:4-2:4 invalid hexadecimal literal", "0x1_");
        assertError("y = 1\n0xg", "SyntaxError 2:2-2:2 invalid hexadecimal literal", "0xg");
        assertError("y = 1\n0x1g", "SyntaxError 2:3-2:3 invalid hexadecimal literal", "0x1g");
        assertError("y = 1\n0o", "SyntaxError 2:2-2:2 invalid octal literal", "0o");
        assertError("y = 1\n0o8", "SyntaxError 2:3-2:3 invalid digit '8' in octal literal", "0o8");
        assertError("y = 1\n0o18", "SyntaxError 2:4-2:4 invalid digit '8' in octal literal", "0o18");
        assertError("y = 1\n0o1_8", "SyntaxError 2:5-2:5 invalid digit '8' in octal literal", "0o1_8");
        assertError("y = 1\n0o1a", "SyntaxError 2:3-2:3 invalid octal literal", "0o1a");
        assertError("y = 1\n0b", "SyntaxError 2:2-2:2 invalid binary literal", "0b");
        assertError("y = 1\n0b2", "SyntaxError 2:3-2:3 invalid digit '2' in binary literal", "0b2");
        assertError("y = 1\n0b12", "SyntaxError 2:4-2:4 invalid digit '2' in binary literal", "0b12");
        assertError("y = 1\n0b1a", "SyntaxError 2:3-2:3 invalid binary literal", "0b1a");
        assertError("y = 1\n012", "SyntaxError 2:1-2:2 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "012");
        assertError("y = 1\n0_1", "SyntaxError 2:1-2:3 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "0_1");
        assertError("y = 1\n09", "SyntaxError 2:1-2:2 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "09");
        assertError("y = 1\n1__0", "SyntaxError 2:2-2:2 invalid decimal literal", "1__0");
        assertError("y = 1\n1_", "SyntaxError 2:2-2:2 invalid decimal literal", "1_");
        assertError("y = 1\n1_a", "SyntaxError 2:2-2:2 invalid decimal literal", "1_a");
        assertError("y = 1\n1.e", "SyntaxError 2:2-2:2 invalid decimal literal", "1.e");
        assertError("y = 1\n1e+", "SyntaxError 2:3-2:3 invalid decimal literal", "1e+");
        assertError("y = 1\n1e", "SyntaxError 2:1-2:1 invalid decimal literal", "1e");
        assertError("y = 1\n1ea", "SyntaxError 2:1-2:1 invalid decimal literal", "1ea");
        assertError("y = 1\n1.5_", "SyntaxError 2:4-2:4 invalid decimal literal", "1.5_");
        assertError("y = 1\n1.5j_", "SyntaxError 2:4-2:4 invalid imaginary literal", "1.5j_");
        assertError("y = 1\n1jx", "SyntaxError 2:2-2:2 invalid imaginary literal", "1jx");
        assertError("y = 1\n1.x", "SyntaxError 2:2-2:2 invalid decimal literal", "1.x");
        assertError("y = 1\n1_.5", "SyntaxError 2:2-2:2 invalid decimal literal", "1_.5");
        assertError("y = 1\n1._5", "SyntaxError 2:2-2:2 invalid decimal literal", "1._5");
        assertError("y = 1\n1e_5", "SyntaxError 2:1-2:1 invalid decimal literal", "1e_5");
        assertError("y = 1\n1e5_", "SyntaxError 2:4-2:4 invalid decimal literal", "1e5_");
        assertError("y = 1\n0_", "SyntaxError 2:2-2:2 invalid decimal literal", "0_");
        assertError("y = 1\n1andy", "SyntaxError 2:1-2:1 invalid decimal literal", "1andy");
        assertError("y = 1\n1elsewhere", "SyntaxError 2:1-2:1 invalid decimal literal", "1elsewhere");
        assertError("y = 1\n1or2", "SyntaxError 2:1-2:1 invalid decimal literal", "1or2");
        assertError("y = 1\n1an", "SyntaxError 2:1-2:1 invalid decimal literal", "1an");
        assertError("y = 1\n1ix", "SyntaxError 2:1-2:1 invalid decimal literal", "1ix");
        assertError("y = 1\n1nox", "SyntaxError 2:1-2:1 invalid decimal literal", "1nox");
        assertError("y = 1\n1.0elsex", "SyntaxError 2:3-2:3 invalid decimal literal", "1.0elsex");
        assertError("y = 1\n1jelsex", "SyntaxError 2:2-2:2 invalid imaginary literal", "1jelsex");
        assertError("y = 1\n0x1orx", "SyntaxError 2:3-2:3 invalid hexadecimal literal", "0x1orx");
        assertError("y = 1\n1notx", "SyntaxError 2:1-2:1 invalid decimal literal", "1notx");
        assertError("y = 1\n1forx", "SyntaxError 2:1-2:1 invalid decimal literal", "1forx");
        assertError("y = 1\n0e", "SyntaxError 2:1-2:1 invalid decimal literal", "0e");
        assertError("y = 1\n0b_", "SyntaxError 2:3-2:3 invalid binary literal", "0b_");
        assertError("y = 1\n0o_", "SyntaxError 2:3-2:3 invalid octal literal", "0o_");
        assertError("y = 1\n0b1__1", "SyntaxError 2:4-2:4 invalid binary literal", "0b1__1");
        assertError("y = 1\n0x_", "SyntaxError 2:3-2:3 invalid hexadecimal literal", "0x_");
        assertError("y = 1\n1e1_", "SyntaxError 2:4-2:4 invalid decimal literal", "1e1_");
        assertError("y = 1\n0b1e", "SyntaxError 2:3-2:3 invalid binary literal", "0b1e");
        assertError("y = 1\n0o1e", "SyntaxError 2:3-2:3 invalid octal literal", "0o1e");
        assertError("y = 1\n0b1j", "SyntaxError 2:3-2:3 invalid binary literal", "0b1j");
        assertError("y = 1\n0jx", "SyntaxError 2:2-2:2 invalid imaginary literal", "0jx");
        assertError("y = 1\n08.5e", "SyntaxError 2:4-2:4 invalid decimal literal", "08.5e");
        assertError("y = 1\n0e5x", "SyntaxError 2:3-2:3 invalid decimal literal", "0e5x");
        assertError("y = 1\n.5x", "SyntaxError 2:2-2:2 invalid decimal literal", ".5x");
        assertError("y = 1\n.5_", "SyntaxError 2:3-2:3 invalid decimal literal", ".5_");
        assertError("y = 1\n0012", "SyntaxError 2:1-2:3 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "0012");
        assertError("y = 1\n0_0_1", "SyntaxError 2:1-2:5 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "0_0_1");
        assertError("y = 1\n00_", "SyntaxError 2:3-2:3 invalid decimal literal", "00_");
        assertError("y = 1\n0_x", "SyntaxError 2:2-2:2 invalid decimal literal", "0_x");
        assertError("y = 1\n012x", "SyntaxError 2:1-2:2 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "012x");
        assertError("y = 1\n01_", "SyntaxError 2:3-2:3 invalid decimal literal", "01_");
        assertError("y = 1\n012_3", "SyntaxError 2:1-2:2 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "012_3");
        assertError("y = 1\n0_1_", "SyntaxError 2:4-2:4 invalid decimal literal", "0_1_");
        assertError("y = 1\n1and\u00e9", "SyntaxError 2:1-2:1 invalid decimal literal", "1and\u00e9");
        assertError("y = 1\n1_if", "SyntaxError 2:2-2:2 invalid decimal literal", "1_if");
    }

    /** Unterminated strings: at the start of the literal, detected at the line where the scan stopped. */
    @Test
    void stringErrors() {
        assertError("\"abc", "SyntaxError 1:1-1:1 unterminated string literal (detected at line 1)", "\"abc");
        assertError("\"abc\\", "SyntaxError 1:1-1:1 unterminated string literal (detected at line 1)", "\"abc\\");
        assertError("\"\"\"abc", "SyntaxError 1:1-1:1 unterminated triple-quoted string literal (detected at line 1)", "\"\"\"abc");
        assertError("\"\"\"abc\n\n", "SyntaxError 1:1-1:1 unterminated triple-quoted string literal (detected at line 2)", "\"\"\"abc");
        assertError("'abc\\\ndef", "SyntaxError 1:1-1:1 unterminated string literal (detected at line 2)", "'abc\\");
        assertError("f\"abc", "SyntaxError 1:1-1:1 unterminated string literal (detected at line 1)", "f\"abc");
        assertError("rb\"\\", "SyntaxError 1:1-1:1 unterminated string literal (detected at line 1)", "rb\"\\");
        assertError("\"\\\"", "SyntaxError 1:1-1:1 unterminated string literal (detected at line 1)", "\"\\\"");
        assertError("\"a\" \"b", "SyntaxError 1:5-1:5 unterminated string literal (detected at line 1)", "\"a\" \"b");
        assertError("\"\"\"a\n\"\"\" \"\"\"b\nc", "SyntaxError 2:5-2:5 unterminated triple-quoted string literal (detected at line 3)", "\"\"\" \"\"\"b");
        assertError("x = \"abc", "SyntaxError 1:5-1:5 unterminated string literal (detected at line 1)", "x = \"abc");
        assertError("x = \"abc\\", "SyntaxError 1:5-1:5 unterminated string literal (detected at line 1)", "x = \"abc\\");
        assertError("x = \"\"\"abc", "SyntaxError 1:5-1:5 unterminated triple-quoted string literal (detected at line 1)", "x = \"\"\"abc");
        assertError("x = \"\"\"abc\n\n", "SyntaxError 1:5-1:5 unterminated triple-quoted string literal (detected at line 2)", "x = \"\"\"abc");
        assertError("x = 'abc\\\ndef", "SyntaxError 1:5-1:5 unterminated string literal (detected at line 2)", "x = 'abc\\");
        assertError("x = f\"abc", "SyntaxError 1:5-1:5 unterminated string literal (detected at line 1)", "x = f\"abc");
        assertError("x = rb\"\\", "SyntaxError 1:5-1:5 unterminated string literal (detected at line 1)", "x = rb\"\\");
        assertError("x = \"\\\"", "SyntaxError 1:5-1:5 unterminated string literal (detected at line 1)", "x = \"\\\"");
        assertError("x = \"a\" \"b", "SyntaxError 1:9-1:9 unterminated string literal (detected at line 1)", "x = \"a\" \"b");
        assertError("x = \"\"\"a\n\"\"\" \"\"\"b\nc", "SyntaxError 2:5-2:5 unterminated triple-quoted string literal (detected at line 3)", "\"\"\" \"\"\"b");
        assertError("\u00e9\u00e9 = \"abc", "SyntaxError 1:6-1:6 unterminated string literal (detected at line 1)", "\u00e9\u00e9 = \"abc");
        assertError("\u00e9\u00e9 = \"abc\\", "SyntaxError 1:6-1:6 unterminated string literal (detected at line 1)", "\u00e9\u00e9 = \"abc\\");
        assertError("\u00e9\u00e9 = \"\"\"abc", "SyntaxError 1:6-1:6 unterminated triple-quoted string literal (detected at line 1)", "\u00e9\u00e9 = \"\"\"abc");
        assertError("\u00e9\u00e9 = \"\"\"abc\n\n", "SyntaxError 1:6-1:6 unterminated triple-quoted string literal (detected at line 2)", "\u00e9\u00e9 = \"\"\"abc");
        assertError("\u00e9\u00e9 = 'abc\\\ndef", "SyntaxError 1:6-1:6 unterminated string literal (detected at line 2)", "\u00e9\u00e9 = 'abc\\");
        assertError("\u00e9\u00e9 = f\"abc", "SyntaxError 1:6-1:6 unterminated string literal (detected at line 1)", "\u00e9\u00e9 = f\"abc");
        assertError("\u00e9\u00e9 = rb\"\\", "SyntaxError 1:6-1:6 unterminated string literal (detected at line 1)", "\u00e9\u00e9 = rb\"\\");
        assertError("\u00e9\u00e9 = \"\\\"", "SyntaxError 1:6-1:6 unterminated string literal (detected at line 1)", "\u00e9\u00e9 = \"\\\"");
        assertError("\u00e9\u00e9 = \"a\" \"b", "SyntaxError 1:10-1:10 unterminated string literal (detected at line 1)", "\u00e9\u00e9 = \"a\" \"b");
        assertError("\u00e9\u00e9 = \"\"\"a\n\"\"\" \"\"\"b\nc", "SyntaxError 2:5-2:5 unterminated triple-quoted string literal (detected at line 3)", "\"\"\" \"\"\"b");
        assertError("x = \\\n  \"abc", "SyntaxError 2:3-2:3 unterminated string literal (detected at line 2)", "  \"abc");
        assertError("x = \\\n  \"abc\\", "SyntaxError 2:3-2:3 unterminated string literal (detected at line 2)", "  \"abc\\");
        assertError("x = \\\n  \"\"\"abc", "SyntaxError 2:3-2:3 unterminated triple-quoted string literal (detected at line 2)", "  \"\"\"abc");
        assertError("x = \\\n  \"\"\"abc\n\n", "SyntaxError 2:3-2:3 unterminated triple-quoted string literal (detected at line 3)", "  \"\"\"abc");
        assertError("x = \\\n  'abc\\\ndef", "SyntaxError 2:3-2:3 unterminated string literal (detected at line 3)", "  'abc\\");
        assertError("x = \\\n  f\"abc", "SyntaxError 2:3-2:3 unterminated string literal (detected at line 2)", "  f\"abc");
        assertError("x = \\\n  rb\"\\", "SyntaxError 2:3-2:3 unterminated string literal (detected at line 2)", "  rb\"\\");
        assertError("x = \\\n  \"\\\"", "SyntaxError 2:3-2:3 unterminated string literal (detected at line 2)", "  \"\\\"");
        assertError("x = \\\n  \"a\" \"b", "SyntaxError 2:7-2:7 unterminated string literal (detected at line 2)", "  \"a\" \"b");
        assertError("x = \\\n  \"\"\"a\n\"\"\" \"\"\"b\nc", "SyntaxError 3:5-3:5 unterminated triple-quoted string literal (detected at line 4)", "\"\"\" \"\"\"b");
        assertError("x = \"\"\"\n\"\"\" + \"abc", "SyntaxError 2:7-2:7 unterminated string literal (detected at line 2)", "\"\"\" + \"abc");
        assertError("x = \"\"\"\n\"\"\" + \"abc\\", "SyntaxError 2:7-2:7 unterminated string literal (detected at line 2)", "\"\"\" + \"abc\\");
        assertError("x = \"\"\"\n\"\"\" + \"\"\"abc", "SyntaxError 2:7-2:7 unterminated triple-quoted string literal (detected at line 2)", "\"\"\" + \"\"\"abc");
        assertError("x = \"\"\"\n\"\"\" + \"\"\"abc\n\n", "SyntaxError 2:7-2:7 unterminated triple-quoted string literal (detected at line 3)", "\"\"\" + \"\"\"abc");
        assertError("x = \"\"\"\n\"\"\" + 'abc\\\ndef", "SyntaxError 2:7-2:7 unterminated string literal (detected at line 3)", "\"\"\" + 'abc\\");
        assertError("x = \"\"\"\n\"\"\" + f\"abc", "SyntaxError 2:7-2:7 unterminated string literal (detected at line 2)", "\"\"\" + f\"abc");
        assertError("x = \"\"\"\n\"\"\" + rb\"\\", "SyntaxError 2:7-2:7 unterminated string literal (detected at line 2)", "\"\"\" + rb\"\\");
        assertError("x = \"\"\"\n\"\"\" + \"\\\"", "SyntaxError 2:7-2:7 unterminated string literal (detected at line 2)", "\"\"\" + \"\\\"");
        assertError("x = \"\"\"\n\"\"\" + \"a\" \"b", "SyntaxError 2:11-2:11 unterminated string literal (detected at line 2)", "\"\"\" + \"a\" \"b");
        assertError("x = \"\"\"\n\"\"\" + \"\"\"a\n\"\"\" \"\"\"b\nc", "SyntaxError 3:5-3:5 unterminated triple-quoted string literal (detected at line 4)", "\"\"\" \"\"\"b");
        assertError("if x:\n    \"abc\n", "SyntaxError 2:5-2:5 unterminated string literal (detected at line 2)", "    \"abc");
        assertError("if x:\n    \"abc\\\n", "SyntaxError 2:5-2:5 unterminated string literal (detected at line 2)", "    \"abc\\");
        assertError("if x:\n    \"\"\"abc\n", "SyntaxError 2:5-2:5 unterminated triple-quoted string literal (detected at line 2)", "    \"\"\"abc");
        assertError("if x:\n    \"\"\"abc\n\n\n", "SyntaxError 2:5-2:5 unterminated triple-quoted string literal (detected at line 4)", "    \"\"\"abc");
        assertError("if x:\n    'abc\\\ndef\n", "SyntaxError 2:5-2:5 unterminated string literal (detected at line 3)", "    'abc\\");
        assertError("if x:\n    f\"abc\n", "SyntaxError 2:5-2:5 unterminated string literal (detected at line 2)", "    f\"abc");
        assertError("if x:\n    rb\"\\\n", "SyntaxError 2:5-2:5 unterminated string literal (detected at line 2)", "    rb\"\\");
        assertError("if x:\n    \"\\\"\n", "SyntaxError 2:5-2:5 unterminated string literal (detected at line 2)", "    \"\\\"");
        assertError("if x:\n    \"a\" \"b\n", "SyntaxError 2:9-2:9 unterminated string literal (detected at line 2)", "    \"a\" \"b");
        assertError("if x:\n    \"\"\"a\n\"\"\" \"\"\"b\nc\n", "SyntaxError 3:5-3:5 unterminated triple-quoted string literal (detected at line 4)", "\"\"\" \"\"\"b");
        assertError("y = 1\n\"abc", "SyntaxError 2:1-2:1 unterminated string literal (detected at line 2)", "\"abc");
        assertError("y = 1\n\"abc\\", "SyntaxError 2:1-2:1 unterminated string literal (detected at line 2)", "\"abc\\");
        assertError("y = 1\n\"\"\"abc", "SyntaxError 2:1-2:1 unterminated triple-quoted string literal (detected at line 2)", "\"\"\"abc");
        assertError("y = 1\n\"\"\"abc\n\n", "SyntaxError 2:1-2:1 unterminated triple-quoted string literal (detected at line 3)", "\"\"\"abc");
        assertError("y = 1\n'abc\\\ndef", "SyntaxError 2:1-2:1 unterminated string literal (detected at line 3)", "'abc\\");
        assertError("y = 1\nf\"abc", "SyntaxError 2:1-2:1 unterminated string literal (detected at line 2)", "f\"abc");
        assertError("y = 1\nrb\"\\", "SyntaxError 2:1-2:1 unterminated string literal (detected at line 2)", "rb\"\\");
        assertError("y = 1\n\"\\\"", "SyntaxError 2:1-2:1 unterminated string literal (detected at line 2)", "\"\\\"");
        assertError("y = 1\n\"a\" \"b", "SyntaxError 2:5-2:5 unterminated string literal (detected at line 2)", "\"a\" \"b");
        assertError("y = 1\n\"\"\"a\n\"\"\" \"\"\"b\nc", "SyntaxError 3:5-3:5 unterminated triple-quoted string literal (detected at line 4)", "\"\"\" \"\"\"b");
        assertError("f(\"abc, \u00e9)", "SyntaxError 1:3-1:3 unterminated string literal (detected at line 1)", "f(\"abc, \u00e9)");
        assertError("f(\"abc\\, \u00e9)", "SyntaxError 1:3-1:3 unterminated string literal (detected at line 1)", "f(\"abc\\, \u00e9)");
        assertError("f(\"\"\"abc, \u00e9)", "SyntaxError 1:3-1:3 unterminated triple-quoted string literal (detected at line 1)", "f(\"\"\"abc, \u00e9)");
        assertError("f(\"\"\"abc\n\n, \u00e9)", "SyntaxError 1:3-1:3 unterminated triple-quoted string literal (detected at line 3)", "f(\"\"\"abc");
        assertError("f('abc\\\ndef, \u00e9)", "SyntaxError 1:3-1:3 unterminated string literal (detected at line 2)", "f('abc\\");
        assertError("f(f\"abc, \u00e9)", "SyntaxError 1:3-1:3 unterminated string literal (detected at line 1)", "f(f\"abc, \u00e9)");
        assertError("f(rb\"\\, \u00e9)", "SyntaxError 1:3-1:3 unterminated string literal (detected at line 1)", "f(rb\"\\, \u00e9)");
        assertError("f(\"\\\", \u00e9)", "SyntaxError 1:3-1:3 unterminated string literal (detected at line 1)", "f(\"\\\", \u00e9)");
        assertError("f(\"a\" \"b, \u00e9)", "SyntaxError 1:7-1:7 unterminated string literal (detected at line 1)", "f(\"a\" \"b, \u00e9)");
        assertError("f(\"\"\"a\n\"\"\" \"\"\"b\nc, \u00e9)", "SyntaxError 2:5-2:5 unterminated triple-quoted string literal (detected at line 3)", "\"\"\" \"\"\"b");
    }

    /** Bracket matching and nesting limits. */
    @Test
    void bracketErrors() {
        assertError("(]", "SyntaxError 1:2-1:2 closing parenthesis ']' does not match opening parenthesis '('", "(]");
        assertError("(\n\n]", "SyntaxError 3:1-3:1 closing parenthesis ']' does not match opening parenthesis '(' on line 1", "]");
        assertError("[)", "SyntaxError 1:2-1:2 closing parenthesis ')' does not match opening parenthesis '['", "[)");
        assertError("{)", "SyntaxError 1:2-1:2 closing parenthesis ')' does not match opening parenthesis '{'", "{)");
        assertError("(()]", "SyntaxError 1:4-1:4 closing parenthesis ']' does not match opening parenthesis '('", "(()]");
        assertError("x)", "SyntaxError 1:2-1:2 unmatched ')'", "x)");
        assertError(")", "SyntaxError 1:1-1:1 unmatched ')'", ")");
        assertError("]", "SyntaxError 1:1-1:1 unmatched ']'", "]");
        assertError("}", "SyntaxError 1:1-1:1 unmatched '}'", "}");
        assertError("({[)]}", "SyntaxError 1:4-1:4 closing parenthesis ')' does not match opening parenthesis '['", "({[)]}");
        assertError("f(a, b]", "SyntaxError 1:7-1:7 closing parenthesis ']' does not match opening parenthesis '('", "f(a, b]");
        assertError("[\n  1,\n  2)", "SyntaxError 3:4-3:4 closing parenthesis ')' does not match opening parenthesis '[' on line 1", "  2)");
        assertError("{\n(\n]", "SyntaxError 3:1-3:1 closing parenthesis ']' does not match opening parenthesis '(' on line 2", "]");
        assertError("x = (1,\n2]\n", "SyntaxError 2:2-2:2 closing parenthesis ']' does not match opening parenthesis '(' on line 1", "2]");
        assertError("x = (]", "SyntaxError 1:6-1:6 closing parenthesis ']' does not match opening parenthesis '('", "x = (]");
        assertError("x = (\n\n]", "SyntaxError 3:1-3:1 closing parenthesis ']' does not match opening parenthesis '(' on line 1", "]");
        assertError("x = [)", "SyntaxError 1:6-1:6 closing parenthesis ')' does not match opening parenthesis '['", "x = [)");
        assertError("x = {)", "SyntaxError 1:6-1:6 closing parenthesis ')' does not match opening parenthesis '{'", "x = {)");
        assertError("x = (()]", "SyntaxError 1:8-1:8 closing parenthesis ']' does not match opening parenthesis '('", "x = (()]");
        assertError("x = x)", "SyntaxError 1:6-1:6 unmatched ')'", "x = x)");
        assertError("x = )", "SyntaxError 1:5-1:5 unmatched ')'", "x = )");
        assertError("x = ]", "SyntaxError 1:5-1:5 unmatched ']'", "x = ]");
        assertError("x = }", "SyntaxError 1:5-1:5 unmatched '}'", "x = }");
        assertError("x = ({[)]}", "SyntaxError 1:8-1:8 closing parenthesis ')' does not match opening parenthesis '['", "x = ({[)]}");
        assertError("x = f(a, b]", "SyntaxError 1:11-1:11 closing parenthesis ']' does not match opening parenthesis '('", "x = f(a, b]");
        assertError("x = [\n  1,\n  2)", "SyntaxError 3:4-3:4 closing parenthesis ')' does not match opening parenthesis '[' on line 1", "  2)");
        assertError("x = {\n(\n]", "SyntaxError 3:1-3:1 closing parenthesis ']' does not match opening parenthesis '(' on line 2", "]");
        assertError("x = x = (1,\n2]\n", "SyntaxError 2:2-2:2 closing parenthesis ']' does not match opening parenthesis '(' on line 1", "2]");
        assertError("\u00e9\u00e9 = (]", "SyntaxError 1:7-1:7 closing parenthesis ']' does not match opening parenthesis '('", "\u00e9\u00e9 = (]");
        assertError("\u00e9\u00e9 = (\n\n]", "SyntaxError 3:1-3:1 closing parenthesis ']' does not match opening parenthesis '(' on line 1", "]");
        assertError("\u00e9\u00e9 = [)", "SyntaxError 1:7-1:7 closing parenthesis ')' does not match opening parenthesis '['", "\u00e9\u00e9 = [)");
        assertError("\u00e9\u00e9 = {)", "SyntaxError 1:7-1:7 closing parenthesis ')' does not match opening parenthesis '{'", "\u00e9\u00e9 = {)");
        assertError("\u00e9\u00e9 = (()]", "SyntaxError 1:9-1:9 closing parenthesis ']' does not match opening parenthesis '('", "\u00e9\u00e9 = (()]");
        assertError("\u00e9\u00e9 = x)", "SyntaxError 1:7-1:7 unmatched ')'", "\u00e9\u00e9 = x)");
        assertError("\u00e9\u00e9 = )", "SyntaxError 1:6-1:6 unmatched ')'", "\u00e9\u00e9 = )");
        assertError("\u00e9\u00e9 = ]", "SyntaxError 1:6-1:6 unmatched ']'", "\u00e9\u00e9 = ]");
        assertError("\u00e9\u00e9 = }", "SyntaxError 1:6-1:6 unmatched '}'", "\u00e9\u00e9 = }");
        assertError("\u00e9\u00e9 = ({[)]}", "SyntaxError 1:9-1:9 closing parenthesis ')' does not match opening parenthesis '['", "\u00e9\u00e9 = ({[)]}");
        assertError("\u00e9\u00e9 = f(a, b]", "SyntaxError 1:12-1:12 closing parenthesis ']' does not match opening parenthesis '('", "\u00e9\u00e9 = f(a, b]");
        assertError("\u00e9\u00e9 = [\n  1,\n  2)", "SyntaxError 3:4-3:4 closing parenthesis ')' does not match opening parenthesis '[' on line 1", "  2)");
        assertError("\u00e9\u00e9 = {\n(\n]", "SyntaxError 3:1-3:1 closing parenthesis ']' does not match opening parenthesis '(' on line 2", "]");
        assertError("\u00e9\u00e9 = x = (1,\n2]\n", "SyntaxError 2:2-2:2 closing parenthesis ']' does not match opening parenthesis '(' on line 1", "2]");
        assertError("if x:\n    (]\n", "SyntaxError 2:6-2:6 closing parenthesis ']' does not match opening parenthesis '('", "    (]");
        assertError("if x:\n    (\n\n]\n", "SyntaxError 4:1-4:1 closing parenthesis ']' does not match opening parenthesis '(' on line 2", "]");
        assertError("if x:\n    [)\n", "SyntaxError 2:6-2:6 closing parenthesis ')' does not match opening parenthesis '['", "    [)");
        assertError("if x:\n    {)\n", "SyntaxError 2:6-2:6 closing parenthesis ')' does not match opening parenthesis '{'", "    {)");
        assertError("if x:\n    (()]\n", "SyntaxError 2:8-2:8 closing parenthesis ']' does not match opening parenthesis '('", "    (()]");
        assertError("if x:\n    x)\n", "SyntaxError 2:6-2:6 unmatched ')'", "    x)");
        assertError("if x:\n    )\n", "SyntaxError 2:5-2:5 unmatched ')'", "    )");
        assertError("if x:\n    ]\n", "SyntaxError 2:5-2:5 unmatched ']'", "    ]");
        assertError("if x:\n    }\n", "SyntaxError 2:5-2:5 unmatched '}'", "    }");
        assertError("if x:\n    ({[)]}\n", "SyntaxError 2:8-2:8 closing parenthesis ')' does not match opening parenthesis '['", "    ({[)]}");
        assertError("if x:\n    f(a, b]\n", "SyntaxError 2:11-2:11 closing parenthesis ']' does not match opening parenthesis '('", "    f(a, b]");
        assertError("if x:\n    [\n  1,\n  2)\n", "SyntaxError 4:4-4:4 closing parenthesis ')' does not match opening parenthesis '[' on line 2", "  2)");
        assertError("if x:\n    {\n(\n]\n", "SyntaxError 4:1-4:1 closing parenthesis ']' does not match opening parenthesis '(' on line 3", "]");
        assertError("if x:\n    x = (1,\n2]\n\n", "SyntaxError 3:2-3:2 closing parenthesis ']' does not match opening parenthesis '(' on line 2", "2]");
        assertError("y = 1\n(]", "SyntaxError 2:2-2:2 closing parenthesis ']' does not match opening parenthesis '('", "(]");
        assertError("y = 1\n(\n\n]", "SyntaxError 4:1-4:1 closing parenthesis ']' does not match opening parenthesis '(' on line 2", "]");
        assertError("y = 1\n[)", "SyntaxError 2:2-2:2 closing parenthesis ')' does not match opening parenthesis '['", "[)");
        assertError("y = 1\n{)", "SyntaxError 2:2-2:2 closing parenthesis ')' does not match opening parenthesis '{'", "{)");
        assertError("y = 1\n(()]", "SyntaxError 2:4-2:4 closing parenthesis ']' does not match opening parenthesis '('", "(()]");
        assertError("y = 1\nx)", "SyntaxError 2:2-2:2 unmatched ')'", "x)");
        assertError("y = 1\n)", "SyntaxError 2:1-2:1 unmatched ')'", ")");
        assertError("y = 1\n]", "SyntaxError 2:1-2:1 unmatched ']'", "]");
        assertError("y = 1\n}", "SyntaxError 2:1-2:1 unmatched '}'", "}");
        assertError("y = 1\n({[)]}", "SyntaxError 2:4-2:4 closing parenthesis ')' does not match opening parenthesis '['", "({[)]}");
        assertError("y = 1\nf(a, b]", "SyntaxError 2:7-2:7 closing parenthesis ']' does not match opening parenthesis '('", "f(a, b]");
        assertError("y = 1\n[\n  1,\n  2)", "SyntaxError 4:4-4:4 closing parenthesis ')' does not match opening parenthesis '[' on line 2", "  2)");
        assertError("y = 1\n{\n(\n]", "SyntaxError 4:1-4:1 closing parenthesis ']' does not match opening parenthesis '(' on line 3", "]");
        assertError("y = 1\nx = (1,\n2]\n", "SyntaxError 3:2-3:2 closing parenthesis ']' does not match opening parenthesis '(' on line 2", "2]");
        assertError("f((], \u00e9)", "SyntaxError 1:4-1:4 closing parenthesis ']' does not match opening parenthesis '('", "f((], \u00e9)");
        assertError("f((\n\n], \u00e9)", "SyntaxError 3:1-3:1 closing parenthesis ']' does not match opening parenthesis '(' on line 1", "], \u00e9)");
        assertError("f([), \u00e9)", "SyntaxError 1:4-1:4 closing parenthesis ')' does not match opening parenthesis '['", "f([), \u00e9)");
        assertError("f({), \u00e9)", "SyntaxError 1:4-1:4 closing parenthesis ')' does not match opening parenthesis '{'", "f({), \u00e9)");
        assertError("f((()], \u00e9)", "SyntaxError 1:6-1:6 closing parenthesis ']' does not match opening parenthesis '('", "f((()], \u00e9)");
        assertError("f(x), \u00e9)", "SyntaxError 1:8-1:8 unmatched ')'", "f(x), \u00e9)");
        assertError("f(), \u00e9)", "SyntaxError 1:7-1:7 unmatched ')'", "f(), \u00e9)");
        assertError("f(], \u00e9)", "SyntaxError 1:3-1:3 closing parenthesis ']' does not match opening parenthesis '('", "f(], \u00e9)");
        assertError("f(}, \u00e9)", "SyntaxError 1:3-1:3 closing parenthesis '}' does not match opening parenthesis '('", "f(}, \u00e9)");
        assertError("f(({[)]}, \u00e9)", "SyntaxError 1:6-1:6 closing parenthesis ')' does not match opening parenthesis '['", "f(({[)]}, \u00e9)");
        assertError("f(f(a, b], \u00e9)", "SyntaxError 1:9-1:9 closing parenthesis ']' does not match opening parenthesis '('", "f(f(a, b], \u00e9)");
        assertError("f([\n  1,\n  2), \u00e9)", "SyntaxError 3:4-3:4 closing parenthesis ')' does not match opening parenthesis '[' on line 1", "  2), \u00e9)");
        assertError("f({\n(\n], \u00e9)", "SyntaxError 3:1-3:1 closing parenthesis ']' does not match opening parenthesis '(' on line 2", "], \u00e9)");
        assertError("f(x = (1,\n2]\n, \u00e9)", "SyntaxError 2:2-2:2 closing parenthesis ']' does not match opening parenthesis '(' on line 1", "2]");
        assertError("x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((", "SyntaxError 1:205-1:205 too many nested parentheses", "x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((");
        assertError("x = [{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{(", "SyntaxError 1:205-1:205 too many nested parentheses", "x = [{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{([{(");
        assertError("((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((())))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", "SyntaxError 1:399-1:399 unmatched ')'", "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((())))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))");
    }

    /** Invalid and non-printable characters, as CPython reports their first bad code point. */
    @Test
    void characterErrors() {
        assertError("\u20ac", "SyntaxError 1:1-1:1 invalid character '\u20ac' (U+20AC)", "\u20ac");
        assertError("a\u00a0b", "SyntaxError 1:2-1:2 invalid non-printable character U+00A0", "a\u00a0b");
        assertError("\u00e9\u20ac", "SyntaxError 1:2-1:2 invalid character '\u20ac' (U+20AC)", "\u00e9\u20ac");
        assertError("x\u00b2", "SyntaxError 1:2-1:2 invalid character '\u00b2' (U+00B2)", "x\u00b2");
        assertError("\u00b7", "SyntaxError 1:1-1:1 invalid character '\u00b7' (U+00B7)", "\u00b7");
        assertError("a\u00b7\u20ac", "SyntaxError 1:3-1:3 invalid character '\u20ac' (U+20AC)", "a\u00b7\u20ac");
        assertError("\u0001", "SyntaxError 1:1-1:1 invalid non-printable character U+0001", "\u0001");
        assertError("\u007f", "SyntaxError 1:1-1:1 invalid non-printable character U+007F", "\u007f");
        assertError("\u000b", "SyntaxError 1:1-1:1 invalid non-printable character U+000B", "\u000b");
        assertError("a\u200bb", "SyntaxError 1:2-1:2 invalid non-printable character U+200B", "a\u200bb");
        assertError("\ud83d\ude00", "SyntaxError 1:1-1:1 invalid character '\ud83d\ude00' (U+1F600)", "\ud83d\ude00");
        assertError("\u3000", "SyntaxError 1:1-1:1 invalid non-printable character U+3000", "\u3000");
        assertError("\u2028", "SyntaxError 1:1-1:1 invalid non-printable character U+2028", "\u2028");
        assertError("\u00e9\u00e9\u00a0", "SyntaxError 1:3-1:3 invalid non-printable character U+00A0", "\u00e9\u00e9\u00a0");
        assertError("\udb40\udd00", "SyntaxError 1:1-1:1 invalid character '\udb40\udd00' (U+E0100)", "\udb40\udd00");
        assertError("\u0300x", "SyntaxError 1:1-1:1 invalid character '\u0300' (U+0300)", "\u0300x");
        assertError("x = \u20ac", "SyntaxError 1:5-1:5 invalid character '\u20ac' (U+20AC)", "x = \u20ac");
        assertError("x = a\u00a0b", "SyntaxError 1:6-1:6 invalid non-printable character U+00A0", "x = a\u00a0b");
        assertError("x = \u00e9\u20ac", "SyntaxError 1:6-1:6 invalid character '\u20ac' (U+20AC)", "x = \u00e9\u20ac");
        assertError("x = x\u00b2", "SyntaxError 1:6-1:6 invalid character '\u00b2' (U+00B2)", "x = x\u00b2");
        assertError("x = \u00b7", "SyntaxError 1:5-1:5 invalid character '\u00b7' (U+00B7)", "x = \u00b7");
        assertError("x = a\u00b7\u20ac", "SyntaxError 1:7-1:7 invalid character '\u20ac' (U+20AC)", "x = a\u00b7\u20ac");
        assertError("x = \u0001", "SyntaxError 1:5-1:5 invalid non-printable character U+0001", "x = \u0001");
        assertError("x = \u007f", "SyntaxError 1:5-1:5 invalid non-printable character U+007F", "x = \u007f");
        assertError("x = \u000b", "SyntaxError 1:5-1:5 invalid non-printable character U+000B", "x = \u000b");
        assertError("x = \ufeff", "SyntaxError 1:5-1:5 invalid non-printable character U+FEFF", "x = \ufeff");
        assertError("x = a\u200bb", "SyntaxError 1:6-1:6 invalid non-printable character U+200B", "x = a\u200bb");
        assertError("x = \ud83d\ude00", "SyntaxError 1:5-1:5 invalid character '\ud83d\ude00' (U+1F600)", "x = \ud83d\ude00");
        assertError("x = \u3000", "SyntaxError 1:5-1:5 invalid non-printable character U+3000", "x = \u3000");
        assertError("x = \u2028", "SyntaxError 1:5-1:5 invalid non-printable character U+2028", "x = \u2028");
        assertError("x = \u00e9\u00e9\u00a0", "SyntaxError 1:7-1:7 invalid non-printable character U+00A0", "x = \u00e9\u00e9\u00a0");
        assertError("x = \udb40\udd00", "SyntaxError 1:5-1:5 invalid character '\udb40\udd00' (U+E0100)", "x = \udb40\udd00");
        assertError("x = \u0300x", "SyntaxError 1:5-1:5 invalid character '\u0300' (U+0300)", "x = \u0300x");
        assertError("\u00e9\u00e9 = \u20ac", "SyntaxError 1:6-1:6 invalid character '\u20ac' (U+20AC)", "\u00e9\u00e9 = \u20ac");
        assertError("\u00e9\u00e9 = a\u00a0b", "SyntaxError 1:7-1:7 invalid non-printable character U+00A0", "\u00e9\u00e9 = a\u00a0b");
        assertError("\u00e9\u00e9 = \u00e9\u20ac", "SyntaxError 1:7-1:7 invalid character '\u20ac' (U+20AC)", "\u00e9\u00e9 = \u00e9\u20ac");
        assertError("\u00e9\u00e9 = x\u00b2", "SyntaxError 1:7-1:7 invalid character '\u00b2' (U+00B2)", "\u00e9\u00e9 = x\u00b2");
        assertError("\u00e9\u00e9 = \u00b7", "SyntaxError 1:6-1:6 invalid character '\u00b7' (U+00B7)", "\u00e9\u00e9 = \u00b7");
        assertError("\u00e9\u00e9 = a\u00b7\u20ac", "SyntaxError 1:8-1:8 invalid character '\u20ac' (U+20AC)", "\u00e9\u00e9 = a\u00b7\u20ac");
        assertError("\u00e9\u00e9 = \u0001", "SyntaxError 1:6-1:6 invalid non-printable character U+0001", "\u00e9\u00e9 = \u0001");
        assertError("\u00e9\u00e9 = \u007f", "SyntaxError 1:6-1:6 invalid non-printable character U+007F", "\u00e9\u00e9 = \u007f");
        assertError("\u00e9\u00e9 = \u000b", "SyntaxError 1:6-1:6 invalid non-printable character U+000B", "\u00e9\u00e9 = \u000b");
        assertError("\u00e9\u00e9 = \ufeff", "SyntaxError 1:6-1:6 invalid non-printable character U+FEFF", "\u00e9\u00e9 = \ufeff");
        assertError("\u00e9\u00e9 = a\u200bb", "SyntaxError 1:7-1:7 invalid non-printable character U+200B", "\u00e9\u00e9 = a\u200bb");
        assertError("\u00e9\u00e9 = \ud83d\ude00", "SyntaxError 1:6-1:6 invalid character '\ud83d\ude00' (U+1F600)", "\u00e9\u00e9 = \ud83d\ude00");
        assertError("\u00e9\u00e9 = \u3000", "SyntaxError 1:6-1:6 invalid non-printable character U+3000", "\u00e9\u00e9 = \u3000");
        assertError("\u00e9\u00e9 = \u2028", "SyntaxError 1:6-1:6 invalid non-printable character U+2028", "\u00e9\u00e9 = \u2028");
        assertError("\u00e9\u00e9 = \u00e9\u00e9\u00a0", "SyntaxError 1:8-1:8 invalid non-printable character U+00A0", "\u00e9\u00e9 = \u00e9\u00e9\u00a0");
        assertError("\u00e9\u00e9 = \udb40\udd00", "SyntaxError 1:6-1:6 invalid character '\udb40\udd00' (U+E0100)", "\u00e9\u00e9 = \udb40\udd00");
        assertError("\u00e9\u00e9 = \u0300x", "SyntaxError 1:6-1:6 invalid character '\u0300' (U+0300)", "\u00e9\u00e9 = \u0300x");
        assertError("x = \\\n  \u20ac", "SyntaxError 2:3-2:3 invalid character '\u20ac' (U+20AC)", "  \u20ac");
        assertError("x = \\\n  a\u00a0b", "SyntaxError 2:4-2:4 invalid non-printable character U+00A0", "  a\u00a0b");
        assertError("x = \\\n  \u00e9\u20ac", "SyntaxError 2:4-2:4 invalid character '\u20ac' (U+20AC)", "  \u00e9\u20ac");
        assertError("x = \\\n  x\u00b2", "SyntaxError 2:4-2:4 invalid character '\u00b2' (U+00B2)", "  x\u00b2");
        assertError("x = \\\n  \u00b7", "SyntaxError 2:3-2:3 invalid character '\u00b7' (U+00B7)", "  \u00b7");
        assertError("x = \\\n  a\u00b7\u20ac", "SyntaxError 2:5-2:5 invalid character '\u20ac' (U+20AC)", "  a\u00b7\u20ac");
        assertError("x = \\\n  \u0001", "SyntaxError 2:3-2:3 invalid non-printable character U+0001", "  \u0001");
        assertError("x = \\\n  \u007f", "SyntaxError 2:3-2:3 invalid non-printable character U+007F", "  \u007f");
        assertError("x = \\\n  \u000b", "SyntaxError 2:3-2:3 invalid non-printable character U+000B", "  \u000b");
        assertError("x = \\\n  \ufeff", "SyntaxError 2:3-2:3 invalid non-printable character U+FEFF", "  \ufeff");
        assertError("x = \\\n  a\u200bb", "SyntaxError 2:4-2:4 invalid non-printable character U+200B", "  a\u200bb");
        assertError("x = \\\n  \ud83d\ude00", "SyntaxError 2:3-2:3 invalid character '\ud83d\ude00' (U+1F600)", "  \ud83d\ude00");
        assertError("x = \\\n  \u3000", "SyntaxError 2:3-2:3 invalid non-printable character U+3000", "  \u3000");
        assertError("x = \\\n  \u2028", "SyntaxError 2:3-2:3 invalid non-printable character U+2028", "  \u2028");
        assertError("x = \\\n  \u00e9\u00e9\u00a0", "SyntaxError 2:5-2:5 invalid non-printable character U+00A0", "  \u00e9\u00e9\u00a0");
        assertError("x = \\\n  \udb40\udd00", "SyntaxError 2:3-2:3 invalid character '\udb40\udd00' (U+E0100)", "  \udb40\udd00");
        assertError("x = \\\n  \u0300x", "SyntaxError 2:3-2:3 invalid character '\u0300' (U+0300)", "  \u0300x");
        assertError("x = \"\"\"\n\"\"\" + \u20ac", "SyntaxError 2:7-2:7 invalid character '\u20ac' (U+20AC)", "\"\"\" + \u20ac");
        assertError("x = \"\"\"\n\"\"\" + a\u00a0b", "SyntaxError 2:8-2:8 invalid non-printable character U+00A0", "\"\"\" + a\u00a0b");
        assertError("x = \"\"\"\n\"\"\" + \u00e9\u20ac", "SyntaxError 2:8-2:8 invalid character '\u20ac' (U+20AC)", "\"\"\" + \u00e9\u20ac");
        assertError("x = \"\"\"\n\"\"\" + x\u00b2", "SyntaxError 2:8-2:8 invalid character '\u00b2' (U+00B2)", "\"\"\" + x\u00b2");
        assertError("x = \"\"\"\n\"\"\" + \u00b7", "SyntaxError 2:7-2:7 invalid character '\u00b7' (U+00B7)", "\"\"\" + \u00b7");
        assertError("x = \"\"\"\n\"\"\" + a\u00b7\u20ac", "SyntaxError 2:9-2:9 invalid character '\u20ac' (U+20AC)", "\"\"\" + a\u00b7\u20ac");
        assertError("x = \"\"\"\n\"\"\" + \u0001", "SyntaxError 2:7-2:7 invalid non-printable character U+0001", "\"\"\" + \u0001");
        assertError("x = \"\"\"\n\"\"\" + \u007f", "SyntaxError 2:7-2:7 invalid non-printable character U+007F", "\"\"\" + \u007f");
        assertError("x = \"\"\"\n\"\"\" + \u000b", "SyntaxError 2:7-2:7 invalid non-printable character U+000B", "\"\"\" + \u000b");
        assertError("x = \"\"\"\n\"\"\" + \ufeff", "SyntaxError 2:7-2:7 invalid non-printable character U+FEFF", "\"\"\" + \ufeff");
        assertError("x = \"\"\"\n\"\"\" + a\u200bb", "SyntaxError 2:8-2:8 invalid non-printable character U+200B", "\"\"\" + a\u200bb");
        assertError("x = \"\"\"\n\"\"\" + \ud83d\ude00", "SyntaxError 2:7-2:7 invalid character '\ud83d\ude00' (U+1F600)", "\"\"\" + \ud83d\ude00");
        assertError("x = \"\"\"\n\"\"\" + \u3000", "SyntaxError 2:7-2:7 invalid non-printable character U+3000", "\"\"\" + \u3000");
        assertError("x = \"\"\"\n\"\"\" + \u2028", "SyntaxError 2:7-2:7 invalid non-printable character U+2028", "\"\"\" + \u2028");
        assertError("x = \"\"\"\n\"\"\" + \u00e9\u00e9\u00a0", "SyntaxError 2:9-2:9 invalid non-printable character U+00A0", "\"\"\" + \u00e9\u00e9\u00a0");
        assertError("x = \"\"\"\n\"\"\" + \udb40\udd00", "SyntaxError 2:7-2:7 invalid character '\udb40\udd00' (U+E0100)", "\"\"\" + \udb40\udd00");
        assertError("x = \"\"\"\n\"\"\" + \u0300x", "SyntaxError 2:7-2:7 invalid character '\u0300' (U+0300)", "\"\"\" + \u0300x");
        assertError("if x:\n    \u20ac\n", "SyntaxError 2:5-2:5 invalid character '\u20ac' (U+20AC)", "    \u20ac");
        assertError("if x:\n    a\u00a0b\n", "SyntaxError 2:6-2:6 invalid non-printable character U+00A0", "    a\u00a0b");
        assertError("if x:\n    \u00e9\u20ac\n", "SyntaxError 2:6-2:6 invalid character '\u20ac' (U+20AC)", "    \u00e9\u20ac");
        assertError("if x:\n    x\u00b2\n", "SyntaxError 2:6-2:6 invalid character '\u00b2' (U+00B2)", "    x\u00b2");
        assertError("if x:\n    \u00b7\n", "SyntaxError 2:5-2:5 invalid character '\u00b7' (U+00B7)", "    \u00b7");
        assertError("if x:\n    a\u00b7\u20ac\n", "SyntaxError 2:7-2:7 invalid character '\u20ac' (U+20AC)", "    a\u00b7\u20ac");
        assertError("if x:\n    \u0001\n", "SyntaxError 2:5-2:5 invalid non-printable character U+0001", "    \u0001");
        assertError("if x:\n    \u007f\n", "SyntaxError 2:5-2:5 invalid non-printable character U+007F", "    \u007f");
        assertError("if x:\n    \u000b\n", "SyntaxError 2:5-2:5 invalid non-printable character U+000B", "    \u000b");
        assertError("if x:\n    \ufeff\n", "SyntaxError 2:5-2:5 invalid non-printable character U+FEFF", "    \ufeff");
        assertError("if x:\n    a\u200bb\n", "SyntaxError 2:6-2:6 invalid non-printable character U+200B", "    a\u200bb");
        assertError("if x:\n    \ud83d\ude00\n", "SyntaxError 2:5-2:5 invalid character '\ud83d\ude00' (U+1F600)", "    \ud83d\ude00");
        assertError("if x:\n    \u3000\n", "SyntaxError 2:5-2:5 invalid non-printable character U+3000", "    \u3000");
        assertError("if x:\n    \u2028\n", "SyntaxError 2:5-2:5 invalid non-printable character U+2028", "    \u2028");
        assertError("if x:\n    \u00e9\u00e9\u00a0\n", "SyntaxError 2:7-2:7 invalid non-printable character U+00A0", "    \u00e9\u00e9\u00a0");
        assertError("if x:\n    \udb40\udd00\n", "SyntaxError 2:5-2:5 invalid character '\udb40\udd00' (U+E0100)", "    \udb40\udd00");
        assertError("if x:\n    \u0300x\n", "SyntaxError 2:5-2:5 invalid character '\u0300' (U+0300)", "    \u0300x");
        assertError("y = 1\n\u20ac", "SyntaxError 2:1-2:1 invalid character '\u20ac' (U+20AC)", "\u20ac");
        assertError("y = 1\na\u00a0b", "SyntaxError 2:2-2:2 invalid non-printable character U+00A0", "a\u00a0b");
        assertError("y = 1\n\u00e9\u20ac", "SyntaxError 2:2-2:2 invalid character '\u20ac' (U+20AC)", "\u00e9\u20ac");
        assertError("y = 1\nx\u00b2", "SyntaxError 2:2-2:2 invalid character '\u00b2' (U+00B2)", "x\u00b2");
        assertError("y = 1\n\u00b7", "SyntaxError 2:1-2:1 invalid character '\u00b7' (U+00B7)", "\u00b7");
        assertError("y = 1\na\u00b7\u20ac", "SyntaxError 2:3-2:3 invalid character '\u20ac' (U+20AC)", "a\u00b7\u20ac");
        assertError("y = 1\n\u0001", "SyntaxError 2:1-2:1 invalid non-printable character U+0001", "\u0001");
        assertError("y = 1\n\u007f", "SyntaxError 2:1-2:1 invalid non-printable character U+007F", "\u007f");
        assertError("y = 1\n\u000b", "SyntaxError 2:1-2:1 invalid non-printable character U+000B", "\u000b");
        assertError("y = 1\n\ufeff", "SyntaxError 2:1-2:1 invalid non-printable character U+FEFF", "\ufeff");
        assertError("y = 1\na\u200bb", "SyntaxError 2:2-2:2 invalid non-printable character U+200B", "a\u200bb");
        assertError("y = 1\n\ud83d\ude00", "SyntaxError 2:1-2:1 invalid character '\ud83d\ude00' (U+1F600)", "\ud83d\ude00");
        assertError("y = 1\n\u3000", "SyntaxError 2:1-2:1 invalid non-printable character U+3000", "\u3000");
        assertError("y = 1\n\u2028", "SyntaxError 2:1-2:1 invalid non-printable character U+2028", "\u2028");
        assertError("y = 1\n\u00e9\u00e9\u00a0", "SyntaxError 2:3-2:3 invalid non-printable character U+00A0", "\u00e9\u00e9\u00a0");
        assertError("y = 1\n\udb40\udd00", "SyntaxError 2:1-2:1 invalid character '\udb40\udd00' (U+E0100)", "\udb40\udd00");
        assertError("y = 1\n\u0300x", "SyntaxError 2:1-2:1 invalid character '\u0300' (U+0300)", "\u0300x");
        assertError("f(\u20ac, \u00e9)", "SyntaxError 1:3-1:3 invalid character '\u20ac' (U+20AC)", "f(\u20ac, \u00e9)");
        assertError("f(a\u00a0b, \u00e9)", "SyntaxError 1:4-1:4 invalid non-printable character U+00A0", "f(a\u00a0b, \u00e9)");
        assertError("f(\u00e9\u20ac, \u00e9)", "SyntaxError 1:4-1:4 invalid character '\u20ac' (U+20AC)", "f(\u00e9\u20ac, \u00e9)");
        assertError("f(x\u00b2, \u00e9)", "SyntaxError 1:4-1:4 invalid character '\u00b2' (U+00B2)", "f(x\u00b2, \u00e9)");
        assertError("f(\u00b7, \u00e9)", "SyntaxError 1:3-1:3 invalid character '\u00b7' (U+00B7)", "f(\u00b7, \u00e9)");
        assertError("f(a\u00b7\u20ac, \u00e9)", "SyntaxError 1:5-1:5 invalid character '\u20ac' (U+20AC)", "f(a\u00b7\u20ac, \u00e9)");
        assertError("f(\u0001, \u00e9)", "SyntaxError 1:3-1:3 invalid non-printable character U+0001", "f(\u0001, \u00e9)");
        assertError("f(\u007f, \u00e9)", "SyntaxError 1:3-1:3 invalid non-printable character U+007F", "f(\u007f, \u00e9)");
        assertError("f(\u000b, \u00e9)", "SyntaxError 1:3-1:3 invalid non-printable character U+000B", "f(\u000b, \u00e9)");
        assertError("f(\ufeff, \u00e9)", "SyntaxError 1:3-1:3 invalid non-printable character U+FEFF", "f(\ufeff, \u00e9)");
        assertError("f(a\u200bb, \u00e9)", "SyntaxError 1:4-1:4 invalid non-printable character U+200B", "f(a\u200bb, \u00e9)");
        assertError("f(\ud83d\ude00, \u00e9)", "SyntaxError 1:3-1:3 invalid character '\ud83d\ude00' (U+1F600)", "f(\ud83d\ude00, \u00e9)");
        assertError("f(\u3000, \u00e9)", "SyntaxError 1:3-1:3 invalid non-printable character U+3000", "f(\u3000, \u00e9)");
        assertError("f(\u2028, \u00e9)", "SyntaxError 1:3-1:3 invalid non-printable character U+2028", "f(\u2028, \u00e9)");
        assertError("f(\u00e9\u00e9\u00a0, \u00e9)", "SyntaxError 1:5-1:5 invalid non-printable character U+00A0", "f(\u00e9\u00e9\u00a0, \u00e9)");
        assertError("f(\udb40\udd00, \u00e9)", "SyntaxError 1:3-1:3 invalid character '\udb40\udd00' (U+E0100)", "f(\udb40\udd00, \u00e9)");
        assertError("f(\u0300x, \u00e9)", "SyntaxError 1:3-1:3 invalid character '\u0300' (U+0300)", "f(\u0300x, \u00e9)");
    }

    /** Backslash continuation errors (offsets in bytes, from the start of CPython's buffer). */
    @Test
    void continuationErrors() {
        assertError("\\ x", "SyntaxError 1:2-1:0 unexpected character after line continuation character", "\\ x\n");
        assertError("\\", "SyntaxError 1:2-1:-1 unexpected EOF while parsing", "\\\n");
        assertError("1 + \\", "SyntaxError 1:6-1:-1 unexpected EOF while parsing", "1 + \\\n");
        assertError("x = 1 \\x", "SyntaxError 1:8-1:0 unexpected character after line continuation character", "x = 1 \\x\n");
        assertError("\\\n\\", "SyntaxError 2:2-2:-1 unexpected EOF while parsing", "\\\n");
        assertError("x = \\ # c", "SyntaxError 1:6-1:0 unexpected character after line continuation character", "x = \\ # c\n");
        assertError("x = \\ x", "SyntaxError 1:6-1:0 unexpected character after line continuation character", "x = \\ x\n");
        assertError("x = \\", "SyntaxError 1:6-1:-1 unexpected EOF while parsing", "x = \\\n");
        assertError("x = 1 + \\", "SyntaxError 1:10-1:-1 unexpected EOF while parsing", "x = 1 + \\\n");
        assertError("x = x = 1 \\x", "SyntaxError 1:12-1:0 unexpected character after line continuation character", "x = x = 1 \\x\n");
        assertError("x = \\\n\\", "SyntaxError 2:2-2:-1 unexpected EOF while parsing", "x = \\\n\\\n");
        assertError("x = x = \\ # c", "SyntaxError 1:10-1:0 unexpected character after line continuation character", "x = x = \\ # c\n");
        assertError("\u00e9 = 1 + \\ x", "SyntaxError 1:11-1:0 unexpected character after line continuation character", "\u00e9 = 1 + \\ x\n");
        assertError("\u00e9 = 1 + \\", "SyntaxError 1:11-1:-1 unexpected EOF while parsing", "\u00e9 = 1 + \\\n");
        assertError("\u00e9 = 1 + 1 + \\", "SyntaxError 1:15-1:-1 unexpected EOF while parsing", "\u00e9 = 1 + 1 + \\\n");
        assertError("\u00e9 = 1 + \\\n\\", "SyntaxError 2:2-2:-1 unexpected EOF while parsing", "\u00e9 = 1 + \\\n\\\n");
        assertError("x = \\\n  \\ x", "SyntaxError 2:10-2:0 unexpected character after line continuation character", "x = \\\n  \\ x\n");
        assertError("x = \\\n  \\", "SyntaxError 2:4-2:-1 unexpected EOF while parsing", "x = \\\n  \\\n");
        assertError("x = \\\n  1 + \\", "SyntaxError 2:8-2:-1 unexpected EOF while parsing", "x = \\\n  1 + \\\n");
        assertError("x = \\\n  x = 1 \\x", "SyntaxError 2:16-2:0 unexpected character after line continuation character", "x = \\\n  x = 1 \\x\n");
        assertError("x = \\\n  \\\n\\", "SyntaxError 3:2-3:-1 unexpected EOF while parsing", "x = \\\n  \\\n\\\n");
        assertError("x = \\\n  x = \\ # c", "SyntaxError 2:14-2:0 unexpected character after line continuation character", "x = \\\n  x = \\ # c\n");
        assertError("x = \"\"\"\n\"\"\" + \\ x", "SyntaxError 2:16-2:0 unexpected character after line continuation character", "x = \"\"\"\n\"\"\" + \\ x\n");
        assertError("x = \"\"\"\n\"\"\" + \\", "SyntaxError 2:8-2:-1 unexpected EOF while parsing", "x = \"\"\"\n\"\"\" + \\\n");
        assertError("x = \"\"\"\n\"\"\" + 1 + \\", "SyntaxError 2:12-2:-1 unexpected EOF while parsing", "x = \"\"\"\n\"\"\" + 1 + \\\n");
        assertError("x = \"\"\"\n\"\"\" + \\\n\\", "SyntaxError 3:2-3:-1 unexpected EOF while parsing", "x = \"\"\"\n\"\"\" + \\\n\\\n");
        assertError("if x:\n    \\ x", "SyntaxError 2:6-2:0 unexpected character after line continuation character", "    \\ x\n");
        assertError("if x:\n    \\", "SyntaxError 2:6-2:-1 unexpected EOF while parsing", "    \\\n");
        assertError("if x:\n    1 + \\", "SyntaxError 2:10-2:-1 unexpected EOF while parsing", "    1 + \\\n");
        assertError("if x:\n    x = 1 \\x", "SyntaxError 2:12-2:0 unexpected character after line continuation character", "    x = 1 \\x\n");
        assertError("if x:\n    \\\n\\", "SyntaxError 3:2-3:-1 unexpected EOF while parsing", "\\\n");
        assertError("if x:\n    x = \\ # c", "SyntaxError 2:10-2:0 unexpected character after line continuation character", "    x = \\ # c\n");
        assertError("x = (1,\n 2)\\ x", "SyntaxError 2:5-2:0 unexpected character after line continuation character", " 2)\\ x\n");
        assertError("x = (1,\n 2)\\", "SyntaxError 2:5-2:-1 unexpected EOF while parsing", " 2)\\\n");
        assertError("x = (1,\n 2)1 + \\", "SyntaxError 2:9-2:-1 unexpected EOF while parsing", " 2)1 + \\\n");
        assertError("x = (1,\n 2)\\\n\\", "SyntaxError 3:2-3:-1 unexpected EOF while parsing", " 2)\\\n\\\n");
        assertError("\\\n\\\n", "SyntaxError 2:2-2:-1 unexpected EOF while parsing", "\\\n");
        assertError("x = 1 +\\", "SyntaxError 1:9-1:-1 unexpected EOF while parsing", "x = 1 +\\\n");
        assertError("x = \\\n\\\n", "SyntaxError 2:2-2:-1 unexpected EOF while parsing", "x = \\\n\\\n");
        assertError("y = 1\n\\\n\\\n", "SyntaxError 3:2-3:-1 unexpected EOF while parsing", "\\\n");
        assertError("\\ \n1", "SyntaxError 1:2-1:0 unexpected character after line continuation character", "\\ \n");
        assertError("x = 1 \\\n\\\n\\ 2\n", "SyntaxError 3:12-3:0 unexpected character after line continuation character", "x = 1 \\\n\\\n\\ 2\n");
    }

    /** The deepest indentation and nesting CPython accepts. */
    @Test
    void deepButValid() {
        assertEquals("ENDMARKER", tokens("if x:\n if x:\n  if x:\n   if x:\n    if x:\n     if x:\n      if x:\n       if x:\n        if x:\n         if x:\n          if x:\n           if x:\n            if x:\n             if x:\n              if x:\n               if x:\n                if x:\n                 if x:\n                  if x:\n                   if x:\n                    if x:\n                     if x:\n                      if x:\n                       if x:\n                        if x:\n                         if x:\n                          if x:\n                           if x:\n                            if x:\n                             if x:\n                              if x:\n                               if x:\n                                if x:\n                                 if x:\n                                  if x:\n                                   if x:\n                                    if x:\n                                     if x:\n                                      if x:\n                                       if x:\n                                        if x:\n                                         if x:\n                                          if x:\n                                           if x:\n                                            if x:\n                                             if x:\n                                              if x:\n                                               if x:\n                                                if x:\n                                                 if x:\n                                                  if x:\n                                                   if x:\n                                                    if x:\n                                                     if x:\n                                                      if x:\n                                                       if x:\n                                                        if x:\n                                                         if x:\n                                                          if x:\n                                                           if x:\n                                                            if x:\n                                                             if x:\n                                                              if x:\n                                                               if x:\n                                                                if x:\n                                                                 if x:\n                                                                  if x:\n                                                                   if x:\n                                                                    if x:\n                                                                     if x:\n                                                                      if x:\n                                                                       if x:\n                                                                        if x:\n                                                                         if x:\n                                                                          if x:\n                                                                           if x:\n                                                                            if x:\n                                                                             if x:\n                                                                              if x:\n                                                                               if x:\n                                                                                if x:\n                                                                                 if x:\n                                                                                  if x:\n                                                                                   if x:\n                                                                                    if x:\n                                                                                     if x:\n                                                                                      if x:\n                                                                                       if x:\n                                                                                        if x:\n                                                                                         if x:\n                                                                                          if x:\n                                                                                           if x:\n                                                                                            if x:\n                                                                                             if x:\n                                                                                              if x:\n                                                                                               if x:\n                                                                                                if x:\n                                                                                                 if x:\n                                                                                                  if x:\n                                                                                                   pass\n").getLast().split(" ")[0]);
        assertEquals("ENDMARKER", tokens("(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((())))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))").getLast().split(" ")[0]);
        assertEquals("ENDMARKER", tokens("if x:\n (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((())))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))").getLast().split(" ")[0]);
    }

    /** TabError, unindent mismatch and the depth limit. */
    @Test
    void indentationErrors() {
        assertError("if x:\n    y\n  z\n", "IndentationError 3:4-3:-1 unindent does not match any outer indentation level", "  z\n");
        assertError("if x:\n\ty\n        z\n", "TabError 3:1-3:0 inconsistent use of tabs and spaces in indentation", "        z\n");
        assertError("if x:\n        y\n\tz\n", "TabError 3:1-3:0 inconsistent use of tabs and spaces in indentation", "\tz\n");
        assertError("if x:\n  \ty\n\t  z\n", "TabError 3:1-3:0 inconsistent use of tabs and spaces in indentation", "\t  z\n");
        assertError("if x:\n    y\n  zzzz = 1\n", "IndentationError 3:11-3:-1 unindent does not match any outer indentation level", "  zzzz = 1\n");
        assertError("if x:\n    y\n  \u00e9\n", "IndentationError 3:5-3:-1 unindent does not match any outer indentation level", "  \u00e9\n");
        assertError("if x:\n    y\n\f  z\n", "IndentationError 3:5-3:-1 unindent does not match any outer indentation level", "\f  z\n");
        assertError("if x:\n    y\n  # c\n z\n", "IndentationError 4:3-4:-1 unindent does not match any outer indentation level", " z\n");
        assertError("if x:\n    y\n  \\\n z\n", "IndentationError 4:3-4:-1 unindent does not match any outer indentation level", " z\n");
        assertError("if x:\n    y\n  \\\n    z\n", "IndentationError 4:6-4:-1 unindent does not match any outer indentation level", "    z\n");
        assertError("def f():\n    x = 1\n    if y:\n        z\n  w\n", "IndentationError 5:4-5:-1 unindent does not match any outer indentation level", "  w\n");
        assertError("if x:\n  y\n z", "IndentationError 3:3-3:-1 unindent does not match any outer indentation level", " z\n");
        assertError("if x:\n\tif y:\n\t\tz\n\t    w\n", "IndentationError 4:7-4:-1 unindent does not match any outer indentation level", "\t    w\n");
        assertError("if 1:\n\t\tx\n\t        y\n", "TabError 3:1-3:0 inconsistent use of tabs and spaces in indentation", "\t        y\n");
        assertError("if x:\n if x:\n  if x:\n   if x:\n    if x:\n     if x:\n      if x:\n       if x:\n        if x:\n         if x:\n          if x:\n           if x:\n            if x:\n             if x:\n              if x:\n               if x:\n                if x:\n                 if x:\n                  if x:\n                   if x:\n                    if x:\n                     if x:\n                      if x:\n                       if x:\n                        if x:\n                         if x:\n                          if x:\n                           if x:\n                            if x:\n                             if x:\n                              if x:\n                               if x:\n                                if x:\n                                 if x:\n                                  if x:\n                                   if x:\n                                    if x:\n                                     if x:\n                                      if x:\n                                       if x:\n                                        if x:\n                                         if x:\n                                          if x:\n                                           if x:\n                                            if x:\n                                             if x:\n                                              if x:\n                                               if x:\n                                                if x:\n                                                 if x:\n                                                  if x:\n                                                   if x:\n                                                    if x:\n                                                     if x:\n                                                      if x:\n                                                       if x:\n                                                        if x:\n                                                         if x:\n                                                          if x:\n                                                           if x:\n                                                            if x:\n                                                             if x:\n                                                              if x:\n                                                               if x:\n                                                                if x:\n                                                                 if x:\n                                                                  if x:\n                                                                   if x:\n                                                                    if x:\n                                                                     if x:\n                                                                      if x:\n                                                                       if x:\n                                                                        if x:\n                                                                         if x:\n                                                                          if x:\n                                                                           if x:\n                                                                            if x:\n                                                                             if x:\n                                                                              if x:\n                                                                               if x:\n                                                                                if x:\n                                                                                 if x:\n                                                                                  if x:\n                                                                                   if x:\n                                                                                    if x:\n                                                                                     if x:\n                                                                                      if x:\n                                                                                       if x:\n                                                                                        if x:\n                                                                                         if x:\n                                                                                          if x:\n                                                                                           if x:\n                                                                                            if x:\n                                                                                             if x:\n                                                                                              if x:\n                                                                                               if x:\n                                                                                                if x:\n                                                                                                 if x:\n                                                                                                  if x:\n                                                                                                   if x:\n                                                                                                    pass\n", "IndentationError 101:1-101:0 too many levels of indentation", "                                                                                                    pass\n");
    }

    /** Characters CPython makes error tokens of: "invalid syntax" at them (text as the parser shows it). */
    @Test
    void errorTokens() {
        assertError("$", "SyntaxError 1:1-1:2 invalid syntax", "$\n");
        assertError("a ? b", "SyntaxError 1:3-1:4 invalid syntax", "a ? b\n");
        assertError("`x`", "SyntaxError 1:1-1:2 invalid syntax", "`x`\n");
        assertError("a ! b", "SyntaxError 1:3-1:4 invalid syntax", "a ! b\n");
        assertError("a!b", "SyntaxError 1:2-1:3 invalid syntax", "a!b\n");
        assertError("x = \\\n  $", "SyntaxError 2:3-2:4 invalid syntax", "x = \\\n  $\n");
        assertError("x = \"\"\"\n\"\"\" + ?", "SyntaxError 2:7-2:8 invalid syntax", "x = \"\"\"\n\"\"\" + ?\n");
        assertError("\u00e9 = $", "SyntaxError 1:6-1:7 invalid syntax", "\u00e9 = $\n");
    }

    /** INDENT carries the position CPython reports "unexpected indent" at. */
    @Test
    void indentPositions() {
        assertIndent("  \\\nx\n", "INDENT 2:0");
        assertIndent("x\n  y\n", "INDENT 2:2");
        assertIndent("x\n\ty\n", "INDENT 2:1");
        assertIndent("x\n      \\\nz\n", "INDENT 3:0");
        assertIndent("x\n  \u00e9 = 1\n", "INDENT 2:2");
        assertIndent("x = (\n1)\n  y\n", "INDENT 3:2");
        assertIndent("x\n  '''a\nb'''\n", "INDENT 2:2");
        assertIndent("if x:\n  \f  y\n    z\n", "INDENT 3:4");
        assertIndent("x\n\f   y\n", "INDENT 2:4");
    }

    /** Numbers.parse agrees with Python on every value, floats to the bit. */
    @Test
    void numberValues() {
        assertNumber("0", "Long 0");
        assertNumber("00", "Long 0");
        assertNumber("7", "Long 7");
        assertNumber("1_000", "Long 1000");
        assertNumber("9223372036854775807", "Long 9223372036854775807");
        assertNumber("9223372036854775808", "BigInteger 9223372036854775808");
        assertNumber("0", "Long 0");
        assertNumber("0x7fffffffffffffff", "Long 9223372036854775807");
        assertNumber("0x8000000000000000", "BigInteger 9223372036854775808");
        assertNumber("0xFFFF_FFFF", "Long 4294967295");
        assertNumber("0o777", "Long 511");
        assertNumber("0b1010", "Long 10");
        assertNumber("0b1111111111111111111111111111111111111111111111111111111111111111", "BigInteger 18446744073709551615");
        assertNumber("0b111111111111111111111111111111111111111111111111111111111111111", "Long 9223372036854775807");
        assertNumber("0o1777777777777777777777", "BigInteger 18446744073709551615");
        assertNumber("123456789012345678901234567890", "BigInteger 123456789012345678901234567890");
        assertNumber("1.5", "Double 4609434218613702656");
        assertNumber(".5", "Double 4602678819172646912");
        assertNumber("5.", "Double 4617315517961601024");
        assertNumber("1e10", "Double 4756540486875873280");
        assertNumber("1E-10", "Double 4457293557087583675");
        assertNumber("1.7976931348623157e308", "Double 9218868437227405311");
        assertNumber("1e309", "Double 9218868437227405312");
        assertNumber("4.9e-324", "Double 1");
        assertNumber("2e-324", "Double 0");
        assertNumber("1e-400", "Double 0");
        assertNumber("0.1", "Double 4591870180066957722");
        assertNumber("1_0.0_1e1_0", "Double 4771368559357984768");
        assertNumber("3.141592653589793238462643383279", "Double 4614256656552045848");
        assertNumber("09.5", "Double 4621537642612260864");
        assertNumber("00e0", "Double 0");
        assertNumber("1j", "ComplexValue 4607182418800017408");
        assertNumber("1.5J", "ComplexValue 4609434218613702656");
        assertNumber("1e400j", "ComplexValue 9218868437227405312");
        assertNumber("0j", "ComplexValue 0");
        assertNumber("09j", "ComplexValue 4621256167635550208");
        assertNumber("1_1j", "ComplexValue 4622382067542392832");
        assertNumber("2.5e-3j", "ComplexValue 4567911030049346683");
        assertNumber("0.30000000000000004", "Double 4599075939470750516");
    }

    /** Invalid UTF-8 outside comments and strings: CPython's "(unicode error)". */
    @Test
    void undecodableBytes() {
        assertBytesError(bytes("\u00ff"), "SyntaxError 1:1-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "\ufffd\n");
        assertBytesError(bytes("a\u00ff"), "SyntaxError 1:2-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "a\ufffd\n");
        assertBytesError(bytes("a\u00ffb"), "SyntaxError 1:3-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "a\ufffdb\n");
        assertBytesError(bytes("\u00e9t\u00e9"), "SyntaxError 1:3-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", "\ufffdt\ufffd\n");
        assertBytesError(bytes("\u00f0\u009f\u0098"), "SyntaxError 1:3-1:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", "\ufffd\n");
        assertBytesError(bytes("\u00ed\u00a0\u0080"), "SyntaxError 1:3-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", "\ufffd\ufffd\ufffd\n");
        assertBytesError(bytes("\u00c0\u00af"), "SyntaxError 1:2-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", "\ufffd\ufffd\n");
        assertBytesError(bytes("\u00fe\u00ffx"), "SyntaxError 1:3-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xfe in position 0: invalid start byte", "\ufffd\ufffdx\n");
        assertBytesError(bytes("\u00c3"), "SyntaxError 1:1-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", "\ufffd\n");
        assertBytesError(bytes("\u00e2\u0082"), "SyntaxError 1:2-1:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "\ufffd\n");
        assertBytesError(bytes("\u00c3\u00a9\u00ff"), "SyntaxError 1:3-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", "\u00e9\ufffd\n");
        assertBytesError(bytes("x = \u00ff"), "SyntaxError 1:5-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "x = \ufffd\n");
        assertBytesError(bytes("x = a\u00ff"), "SyntaxError 1:6-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "x = a\ufffd\n");
        assertBytesError(bytes("x = a\u00ffb"), "SyntaxError 1:7-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "x = a\ufffdb\n");
        assertBytesError(bytes("x = \u00e9t\u00e9"), "SyntaxError 1:7-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", "x = \ufffdt\ufffd\n");
        assertBytesError(bytes("x = \u00f0\u009f\u0098"), "SyntaxError 1:7-1:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", "x = \ufffd\n");
        assertBytesError(bytes("x = \u00ed\u00a0\u0080"), "SyntaxError 1:7-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", "x = \ufffd\ufffd\ufffd\n");
        assertBytesError(bytes("x = \u00c0\u00af"), "SyntaxError 1:6-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", "x = \ufffd\ufffd\n");
        assertBytesError(bytes("x = \u00fe\u00ffx"), "SyntaxError 1:7-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xfe in position 0: invalid start byte", "x = \ufffd\ufffdx\n");
        assertBytesError(bytes("x = \u00c3"), "SyntaxError 1:5-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", "x = \ufffd\n");
        assertBytesError(bytes("x = \u00e2\u0082"), "SyntaxError 1:6-1:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "x = \ufffd\n");
        assertBytesError(bytes("x = \u00c3\u00a9\u00ff"), "SyntaxError 1:7-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", "x = \u00e9\ufffd\n");
        assertBytesError(bytes("x = 1 # \u00ff\n\u00ff"), "SyntaxError 2:1-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "\ufffd\n");
        assertBytesError(bytes("x = 1 # a\u00ff\na\u00ff"), "SyntaxError 2:2-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "a\ufffd\n");
        assertBytesError(bytes("x = 1 # a\u00ffb\na\u00ffb"), "SyntaxError 2:3-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "a\ufffdb\n");
        assertBytesError(bytes("x = 1 # \u00e9t\u00e9\n\u00e9t\u00e9"), "SyntaxError 2:3-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", "\ufffdt\ufffd\n");
        assertBytesError(bytes("x = 1 # \u00f0\u009f\u0098\n\u00f0\u009f\u0098"), "SyntaxError 2:3-2:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", "\ufffd\n");
        assertBytesError(bytes("x = 1 # \u00ed\u00a0\u0080\n\u00ed\u00a0\u0080"), "SyntaxError 2:3-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", "\ufffd\ufffd\ufffd\n");
        assertBytesError(bytes("x = 1 # \u00c0\u00af\n\u00c0\u00af"), "SyntaxError 2:2-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", "\ufffd\ufffd\n");
        assertBytesError(bytes("x = 1 # \u00fe\u00ffx\n\u00fe\u00ffx"), "SyntaxError 2:3-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xfe in position 0: invalid start byte", "\ufffd\ufffdx\n");
        assertBytesError(bytes("x = 1 # \u00c3\n\u00c3"), "SyntaxError 2:1-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", "\ufffd\n");
        assertBytesError(bytes("x = 1 # \u00e2\u0082\n\u00e2\u0082"), "SyntaxError 2:2-2:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "\ufffd\n");
        assertBytesError(bytes("x = 1 # \u00c3\u00a9\u00ff\n\u00c3\u00a9\u00ff"), "SyntaxError 2:3-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", "\u00e9\ufffd\n");
        assertBytesError(bytes("\u00c3\u00a9 = \u00ff + 1"), "SyntaxError 1:6-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "\u00e9 = \ufffd + 1\n");
        assertBytesError(bytes("\u00c3\u00a9 = a\u00ff + 1"), "SyntaxError 1:7-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "\u00e9 = a\ufffd + 1\n");
        assertBytesError(bytes("\u00c3\u00a9 = a\u00ffb + 1"), "SyntaxError 1:8-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "\u00e9 = a\ufffdb + 1\n");
        assertBytesError(bytes("\u00c3\u00a9 = \u00e9t\u00e9 + 1"), "SyntaxError 1:8-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", "\u00e9 = \ufffdt\ufffd + 1\n");
        assertBytesError(bytes("\u00c3\u00a9 = \u00f0\u009f\u0098 + 1"), "SyntaxError 1:8-1:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", "\u00e9 = \ufffd + 1\n");
        assertBytesError(bytes("\u00c3\u00a9 = \u00ed\u00a0\u0080 + 1"), "SyntaxError 1:8-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", "\u00e9 = \ufffd\ufffd\ufffd + 1\n");
        assertBytesError(bytes("\u00c3\u00a9 = \u00c0\u00af + 1"), "SyntaxError 1:7-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", "\u00e9 = \ufffd\ufffd + 1\n");
        assertBytesError(bytes("\u00c3\u00a9 = \u00fe\u00ffx + 1"), "SyntaxError 1:8-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xfe in position 0: invalid start byte", "\u00e9 = \ufffd\ufffdx + 1\n");
        assertBytesError(bytes("\u00c3\u00a9 = \u00c3 + 1"), "SyntaxError 1:6-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", "\u00e9 = \ufffd + 1\n");
        assertBytesError(bytes("\u00c3\u00a9 = \u00e2\u0082 + 1"), "SyntaxError 1:7-1:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "\u00e9 = \ufffd + 1\n");
        assertBytesError(bytes("\u00c3\u00a9 = \u00c3\u00a9\u00ff + 1"), "SyntaxError 1:8-1:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", "\u00e9 = \u00e9\ufffd + 1\n");
        assertBytesError(bytes("(\n  \u00ff)"), "SyntaxError 2:3-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "  \ufffd)\n");
        assertBytesError(bytes("(\n  a\u00ff)"), "SyntaxError 2:4-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "  a\ufffd)\n");
        assertBytesError(bytes("(\n  a\u00ffb)"), "SyntaxError 2:5-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "  a\ufffdb)\n");
        assertBytesError(bytes("(\n  \u00e9t\u00e9)"), "SyntaxError 2:5-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", "  \ufffdt\ufffd)\n");
        assertBytesError(bytes("(\n  \u00f0\u009f\u0098)"), "SyntaxError 2:5-2:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", "  \ufffd)\n");
        assertBytesError(bytes("(\n  \u00ed\u00a0\u0080)"), "SyntaxError 2:5-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", "  \ufffd\ufffd\ufffd)\n");
        assertBytesError(bytes("(\n  \u00c0\u00af)"), "SyntaxError 2:4-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", "  \ufffd\ufffd)\n");
        assertBytesError(bytes("(\n  \u00fe\u00ffx)"), "SyntaxError 2:5-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xfe in position 0: invalid start byte", "  \ufffd\ufffdx)\n");
        assertBytesError(bytes("(\n  \u00c3)"), "SyntaxError 2:3-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", "  \ufffd)\n");
        assertBytesError(bytes("(\n  \u00e2\u0082)"), "SyntaxError 2:4-2:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "  \ufffd)\n");
        assertBytesError(bytes("(\n  \u00c3\u00a9\u00ff)"), "SyntaxError 2:5-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", "  \u00e9\ufffd)\n");
        assertBytesError(bytes("x = \\\n \u00ff"), "SyntaxError 2:2-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "x = \\\n \ufffd\n");
        assertBytesError(bytes("x = \\\n a\u00ff"), "SyntaxError 2:3-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "x = \\\n a\ufffd\n");
        assertBytesError(bytes("x = \\\n a\u00ffb"), "SyntaxError 2:4-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "x = \\\n a\ufffdb\n");
        assertBytesError(bytes("x = \\\n \u00e9t\u00e9"), "SyntaxError 2:4-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", "x = \\\n \ufffdt\ufffd\n");
        assertBytesError(bytes("x = \\\n \u00f0\u009f\u0098"), "SyntaxError 2:4-2:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", "x = \\\n \ufffd\n");
        assertBytesError(bytes("x = \\\n \u00ed\u00a0\u0080"), "SyntaxError 2:4-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", "x = \\\n \ufffd\ufffd\ufffd\n");
        assertBytesError(bytes("x = \\\n \u00c0\u00af"), "SyntaxError 2:3-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", "x = \\\n \ufffd\ufffd\n");
        assertBytesError(bytes("x = \\\n \u00fe\u00ffx"), "SyntaxError 2:4-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xfe in position 0: invalid start byte", "x = \\\n \ufffd\ufffdx\n");
        assertBytesError(bytes("x = \\\n \u00c3"), "SyntaxError 2:2-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", "x = \\\n \ufffd\n");
        assertBytesError(bytes("x = \\\n \u00e2\u0082"), "SyntaxError 2:3-2:-1 (unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "x = \\\n \ufffd\n");
        assertBytesError(bytes("x = \\\n \u00c3\u00a9\u00ff"), "SyntaxError 2:4-2:-1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", "x = \\\n \u00e9\ufffd\n");
    }

    /** PEP 263: cookies, BOM, codec errors (CPython reports no line: 0, offset -1). */
    @Test
    void decoderErrors() {
        assertBytesError(bytes("# -*- coding: foo -*-\nx=1"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("\n# coding: foo\nx=1"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("\u00ef\u00bb\u00bf# coding: latin-1\nx=1"), "SyntaxError 0:-1-0:0 encoding problem: iso-8859-1 with BOM", null);
        assertBytesError(bytes("# coding=utf8\nx=\"\u00e9\""), "SyntaxError 0:-1-0:0 'utf-8' codec can't decode byte 0xe9 in position 17: invalid continuation byte", null);
        assertBytesError(bytes("\u00ef\u00bb\u00bf# coding: latin1\nx=1"), "SyntaxError 0:-1-0:0 encoding problem: latin1 with BOM", null);
        assertBytesError(bytes("#coding:ascii\nx=\"\u00e9\""), "SyntaxError 0:-1-0:0 'ascii' codec can't decode byte 0xe9 in position 17: ordinal not in range(128)", null);
        assertBytesError(bytes("  # coding: foo\nx=1"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("\f# coding: foo\nx=1"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("\f\n# coding: foo\nx=1"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("#!python\n  # coding: foo\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("# coding: FOO\n"), "SyntaxError 0:-1-0:0 unknown encoding: FOO", null);
        assertBytesError(bytes("# coding: UTF8\nx=\"\u00ff\""), "SyntaxError 0:-1-0:0 'utf-8' codec can't decode byte 0xff in position 18: invalid start byte", null);
        assertBytesError(bytes("\u00ef\u00bb\u00bf# coding: utf8\n"), "SyntaxError 0:-1-0:0 encoding problem: utf8 with BOM", null);
        assertBytesError(bytes("# coding: cp1252\nx=\"\u0081\""), "SyntaxError 0:-1-0:0 'charmap' codec can't decode byte 0x81 in position 20: character maps to <undefined>", null);
        assertBytesError(bytes("# coding: ascii\nx=1\nx=\"\u0081\""), "SyntaxError 0:-1-0:0 'ascii' codec can't decode byte 0x81 in position 23: ordinal not in range(128)", null);
        assertBytesError(bytes("\u00ef\u00bb\u00bf\n# coding: ascii\nx=1\nx=\"\u0081\""), "SyntaxError 0:-1-0:0 encoding problem: ascii with BOM", null);
        assertBytesError(bytes("#\tcoding: foo"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("# coding:\tfoo"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("# coding: foo.bar\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo.bar", null);
        assertBytesError(bytes("# coding: latin-9\nx=1"), "SyntaxError 0:-1-0:0 unknown encoding: latin-9", null);
        assertBytesError(bytes("# coding: rot13\nx=1"), "SyntaxError 0:-1-0:0 'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs", null);
        assertBytesError(bytes("# coding: rot-13\nx=1"), "SyntaxError 0:-1-0:0 'rot-13' is not a text encoding; use codecs.decode() to handle arbitrary codecs", null);
        assertBytesError(bytes("# coding: Base64\nx=1"), "SyntaxError 0:-1-0:0 'Base64' is not a text encoding; use codecs.decode() to handle arbitrary codecs", null);
        assertBytesError(bytes("# coding: UNDEFINED\nx=1"), "SyntaxError 0:-1-0:0 decoding with 'UNDEFINED' codec failed (UnicodeError: undefined encoding)", null);
        assertBytesError(bytes("# coding: idna\nx=\"\u00e9\""), "SyntaxError 0:-1-0:0 'ascii' codec can't decode byte 0xe9 in position 18: ordinal not in range(128)", null);
        assertBytesError(bytes("# coding: foo\r\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("\r\n# coding: foo\r\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("\r# coding: foo\r"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("#\r# coding: foo\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("\u0000"), "SyntaxError 0:0-0:0 source code string cannot contain null bytes", null);
        assertBytesError(bytes("x = 1\u0000"), "SyntaxError 0:0-0:0 source code string cannot contain null bytes", null);
        assertBytesError(bytes("# \u0000\n"), "SyntaxError 0:0-0:0 source code string cannot contain null bytes", null);
        assertBytesError(bytes("# coding: foo\n\u0000"), "SyntaxError 0:0-0:0 source code string cannot contain null bytes", null);
        assertBytesError(bytes("\u00ef\u00bb\u00bf# coding: latin-1\n\u0000"), "SyntaxError 0:0-0:0 source code string cannot contain null bytes", null);
        assertBytesError(bytes("\u00ff\u0000"), "SyntaxError 0:0-0:0 source code string cannot contain null bytes", null);
        assertBytesError(bytes("\u00ef\u00bb\u00bf\u00ef\u00bb\u00bfx=1"), "SyntaxError 1:1-1:1 invalid non-printable character U+FEFF", "\ufeffx=1");
        assertBytesError(bytes("# coding: cp1252\n\u0080 = 1"), "SyntaxError 2:1-2:1 invalid character '\u20ac' (U+20AC)", "\u20ac = 1");
        assertBytesError(bytes("# coding: shift_jis\nx = \"\u0081\"\n"), "SyntaxError 0:-1-0:0 'shift_jis' codec can't decode byte 0x81 in position 25: illegal multibyte sequence", null);
    }

    /** Sources that decode, and the text they decode to (as Python decodes them). */
    @Test
    void decoding() {
        assertDecodes(bytes("x=1"), "x=1");
        assertDecodes(bytes("\u00ef\u00bb\u00bfx=1"), "x=1");
        assertDecodes(bytes("\u00ef\u00bb\u00bf# coding: utf-8\nx=1"), "# coding: utf-8\nx=1");
        assertDecodes(bytes("# coding: latin-1\nx = \"\u00ff\""), "# coding: latin-1\nx = \"\u00ff\"");
        assertDecodes(bytes("x=1\n# coding: foo\nx=1"), "x=1\n# coding: foo\nx=1");
        assertDecodes(bytes("\n\n# coding: foo\nx=1"), "\n\n# coding: foo\nx=1");
        assertDecodes(bytes("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx=\"\u00a4\""), "#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx=\"\u20ac\"");
        assertDecodes(bytes("# coding: utf-8-sig\nx=1"), "# coding: utf-8-sig\nx=1");
        assertDecodes(bytes("\u00ef\u00bb\u00bf# coding: utf-8-sig\nx=1"), "# coding: utf-8-sig\nx=1");
        assertDecodes(bytes("\u00ef\u00bb\u00bf# coding: UTF_8\n"), "# coding: UTF_8\n");
        assertDecodes(bytes("# coding: Latin-1\n"), "# coding: Latin-1\n");
        assertDecodes(bytes("# coding: ISO-LATIN-1-x\n"), "# coding: ISO-LATIN-1-x\n");
        assertDecodes(bytes("# coding: utf-8-foo\n"), "# coding: utf-8-foo\n");
        assertDecodes(bytes("#coding:latin-1\n\u00ff = 1"), "#coding:latin-1\n\u00ff = 1");
        assertDecodes(bytes("# coding:  \n"), "# coding:  \n");
        assertDecodes(bytes("# coding: \u00ff\n"), "# coding: \udcff\n");
        assertDecodes(bytes("# coding=koi8-r\nx = \"\u00c1\"\n"), "# coding=koi8-r\nx = \"\u0430\"\n");
        assertDecodes(bytes("# codingg: foo\n"), "# codingg: foo\n");
        assertDecodes(bytes("x = 1 # coding: foo\n"), "x = 1 # coding: foo\n");
        assertDecodes(bytes("# \u00ff\nx=1"), "# \udcff\nx=1");
        assertDecodes(bytes("x = 1 # \u00e9\n"), "x = 1 # \udce9\n");
        assertDecodes(bytes("# coding: cp1252\nx = \"\u0080\""), "# coding: cp1252\nx = \"\u20ac\"");
        assertDecodes(bytes("# coding: iso8859-15\nx = \"\u00a4\""), "# coding: iso8859-15\nx = \"\u20ac\"");
        assertDecodes(bytes("# coding: windows-1252\nx = 1"), "# coding: windows-1252\nx = 1");
        assertDecodes(bytes("# coding: l1\nx=1"), "# coding: l1\nx=1");
        assertDecodes(bytes("# coding: us-ascii\nx=1"), "# coding: us-ascii\nx=1");
        assertDecodes(bytes("# coding: mac-roman\nx=\"\u0080\""), "# coding: mac-roman\nx=\"\u00c4\"");
        assertDecodes(bytes("# coding: cp437\nx=\"\u0080\""), "# coding: cp437\nx=\"\u00c7\"");
        assertDecodes(bytes("# coding: euc-jp\nx=1"), "# coding: euc-jp\nx=1");
        assertDecodes(bytes("# coding: shift_jis\nx = \"\u0082\u00a0\"\n"), "# coding: shift_jis\nx = \"\u3042\"\n");
        assertDecodes(bytes("# coding: big5\nx=1"), "# coding: big5\nx=1");
        assertDecodes(bytes("# coding: gbk\nx=1"), "# coding: gbk\nx=1");
        assertDecodes(bytes("# coding: ascii\r\nx=1\r\n"), "# coding: ascii\r\nx=1\r\n");
        assertDecodes(bytes("# coding: utf8\nx = \"\u00c3\u00a9\""), "# coding: utf8\nx = \"\u00e9\"");
        assertDecodes(bytes("# -*- coding: latin-1 -*-\nx = \"\u00e9\""), "# -*- coding: latin-1 -*-\nx = \"\u00e9\"");
        assertDecodes(bytes("\u00c3\u00a9 = 1\n"), "\u00e9 = 1\n");
    }

    /** The cookie pattern: anywhere in a comment, first usable match. */
    @Test
    void cookieSyntaxErrors() {
        assertBytesError(bytes("# coding=  # coding: foo\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("# xcoding: foo\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("#coding:foo\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("# coding: foo bar\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("# vim:fileencoding=foo\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("# codingcoding: foo\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("# coding:\n# coding: foo\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes(" \t\f# coding: foo\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
        assertBytesError(bytes("\u00ef\u00bb\u00bf\n# coding: foo\n"), "SyntaxError 0:-1-0:0 encoding problem: foo with BOM", null);
        assertBytesError(bytes("#!x\n#!y coding=foo\n"), "SyntaxError 0:-1-0:0 unknown encoding: foo", null);
    }

    /** Comments that are no cookie, or come too late. */
    @Test
    void cookieSyntaxIgnored() {
        assertDecodes(bytes("# coding : foo\n"), "# coding : foo\n");
        assertDecodes(bytes("# coding: \"foo\"\n"), "# coding: \"foo\"\n");
        assertDecodes(bytes("# -*- coding: utf-8 -*- coding: foo\n"), "# -*- coding: utf-8 -*- coding: foo\n");
        assertDecodes(bytes("#\n#\n# coding: foo\n"), "#\n#\n# coding: foo\n");
        assertDecodes(bytes("x # coding: foo\n"), "x # coding: foo\n");
    }

    /** ENDMARKER position, checked against CPython's error at it ("expected 'except' or 'finally' block"); a final CRLF adds an empty line. */
    @Test
    void finalCrLf() {
        assertEndmarker("try:\r\n  pass\r\n", "ENDMARKER 3:1");
        assertEndmarker("try:\n  pass\r\n", "ENDMARKER 3:1");
        assertEndmarker("try:\r\n  pass\r", "ENDMARKER 2:7");
        assertEndmarker("try:\r\n  pass", "ENDMARKER 2:7");
        assertEndmarker("try:\n  pass\n\r\n", "ENDMARKER 4:1");
        assertEndmarker("try:\n  pass\n", "ENDMARKER 2:7");
        assertEndmarker("try:\n  pass\n\n", "ENDMARKER 3:1");
        assertEndmarker("try:\n  pass\n# foo\n", "ENDMARKER 3:6");
        assertEndmarker("try:\n  pass\n   # foo", "ENDMARKER 3:9");
        assertEndmarker("try:\n  pass  # x\n", "ENDMARKER 2:12");
        assertEndmarker("try:\n  pass\\\n\n", "ENDMARKER 3:1");
        assertEndmarker("try:\n  pass # \u00e9\n", "ENDMARKER 2:12");
        assertEndmarker("try:\n  pass\n   ", "ENDMARKER 3:4");
    }

    /** After a final CRLF a backslash is no longer at the end. */
    @Test
    void finalCrLfOk() {
        assertEquals("ENDMARKER", tokens("\\\r\n").getLast().split(" ")[0]);
        assertEquals("ENDMARKER", tokens("x = 1\\\r\n").getLast().split(" ")[0]);
        assertEquals("ENDMARKER", tokens("x = 1 + \\\r\n  2\r\n").getLast().split(" ")[0]);
    }

    /** Error lines with a final CRLF; a backslash at the start of a line restarts CPython's buffer. */
    @Test
    void finalCrLfErrors() {
        assertError("x = \"\"\"a\r\n", "SyntaxError 1:5-1:5 unterminated triple-quoted string literal (detected at line 2)", "x = \"\"\"a");
        assertError("x = \"\"\"a\nb\r\n", "SyntaxError 1:5-1:5 unterminated triple-quoted string literal (detected at line 3)", "x = \"\"\"a");
        assertError("x = \"\"\"a\rb\r", "SyntaxError 1:5-1:5 unterminated triple-quoted string literal (detected at line 2)", "x = \"\"\"a");
        assertError("x = \"\"\"a\r\nb", "SyntaxError 1:5-1:5 unterminated triple-quoted string literal (detected at line 2)", "x = \"\"\"a");
        assertError("\\\n(a  \\\"\"\"\nin!)", "SyntaxError 2:6-2:0 unexpected character after line continuation character", "(a  \\\"\"\"\n");
        assertError("\\\n\\\n", "SyntaxError 2:2-2:-1 unexpected EOF while parsing", "\\\n");
        assertError("  \\\n  \\\n\\ x", "SyntaxError 3:2-3:0 unexpected character after line continuation character", "\\ x\n");
    }

    /** With a BOM (or a cookie, or str input) CPython reports byte-counted offsets in characters. */
    @Test
    void characterOffsets() {
        assertCharOffsetError(bytes("\u00ef\u00bb\u00bf\u00c3\u00a9 = 1 \\ 2"), "SyntaxError 1:8-1:0 unexpected character after line continuation character", "\u00e9 = 1 \\ 2\n");
        assertCharOffsetError(bytes("\u00ef\u00bb\u00bf\u00c3\u00a9 = 1 + \\"), "SyntaxError 1:10-1:-1 unexpected EOF while parsing", "\u00e9 = 1 + \\\n");
        assertCharOffsetError(bytes("\u00ef\u00bb\u00bfif x:\n    \u00c3\u00a9\n  \u00c3\u00a9 = 1\n"), "IndentationError 3:8-3:-1 unindent does not match any outer indentation level", "  \u00e9 = 1\n");
        assertCharOffsetError(bytes("\u00ef\u00bb\u00bf\u00c3\u00a9 = \\\n\\\n"), "SyntaxError 2:1-2:-1 unexpected EOF while parsing", "\u00e9 = \\\n\\\n");
        assertCharOffsetError(bytes("\u00ef\u00bb\u00bf\u00c3\u00a9\u00c3\u00a9 = 1 \\\n  + 2 \\ 3"), "SyntaxError 2:17-2:0 unexpected character after line continuation character", "\u00e9\u00e9 = 1 \\\n  + 2 \\ 3\n");
        assertCharOffsetError(bytes("\u00ef\u00bb\u00bfx = \"\"\"\u00c3\u00a9\n\"\"\" + 1 \\ 2"), "SyntaxError 2:19-2:0 unexpected character after line continuation character", "x = \"\"\"\u00e9\n\"\"\" + 1 \\ 2\n");
        assertCharOffsetError(bytes("\u00ef\u00bb\u00bf\u00c3\u00a9 = 012"), "SyntaxError 1:6-1:7 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "\u00e9 = 012");
        assertCharOffsetError(bytes("\u00ef\u00bb\u00bf\u00c3\u00a9 = 0x"), "SyntaxError 1:6-1:6 invalid hexadecimal literal", "\u00e9 = 0x");
        assertCharOffsetError(bytes("\u00ef\u00bb\u00bf\u00c3\u00a9 = \u00e2\u0082\u00ac"), "SyntaxError 1:5-1:5 invalid character '\u20ac' (U+20AC)", "\u00e9 = \u20ac");
        assertCharOffsetError(bytes("\u00ef\u00bb\u00bf\u00c3\u00a9 = \"abc"), "SyntaxError 1:5-1:5 unterminated string literal (detected at line 1)", "\u00e9 = \"abc");
        assertCharOffsetError(bytes("\u00ef\u00bb\u00bf\u00c3\u00a9 = (]"), "SyntaxError 1:6-1:6 closing parenthesis ']' does not match opening parenthesis '('", "\u00e9 = (]");
    }

    /** python3 FILE checks the bytes line by line, with messages of its own. */
    @Test
    void fileModeDecoding() {
        assertFileError(bytes("# coding: ASCII\nx = \"\u00c3\u00a9\"\n"), "SyntaxError 0:0-0:0 encoding problem: ASCII", null);
        assertFileError(bytes("# coding: cp1252\nx = 1\ny = \"\u0081\"\n"), "SyntaxError 0:0-0:0 encoding problem: cp1252", null);
        assertFileError(bytes("x = 1 # \u00e9\n"), "SyntaxError 0:0-0:0 Non-UTF-8 code starting with '\\xe9' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details", null);
        assertFileError(bytes("x = 1\ny = 2\n\u0000z\n"), "SyntaxError 3:0-3:0 source code cannot contain null bytes", "");
        assertFileError(bytes("# coding: foo\n\u0000\n"), "SyntaxError 0:0-0:0 encoding problem: foo", null);
        assertFileError(bytes("x = 1\n\u00ff\n"), "SyntaxError 0:0-0:0 Non-UTF-8 code starting with '\\xff' in file x.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details", null);
        assertFileError(bytes("x = \"\u00c3\"\n"), "SyntaxError 0:0-0:0 Non-UTF-8 code starting with '\\xc3' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details", null);
        assertFileError(bytes("# coding: latin-1\nx = 1\u0000\n"), "SyntaxError 2:0-2:0 source code cannot contain null bytes", "x = 1");
        assertFileError(bytes("x = \"\u00f0\u009f\u0098\"\n"), "SyntaxError 0:0-0:0 Non-UTF-8 code starting with '\\xf0' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details", null);
        assertFileError(bytes("\u00ef\u00bb\u00bf# coding: foo\n"), "SyntaxError 0:0-0:0 encoding problem: foo with BOM", null);
        assertFileError(bytes("# coding: utf8\nx = \"\u00e9\"\n"), "SyntaxError 0:0-0:0 encoding problem: utf8", null);
        assertFileError(bytes("x=1\r\ny=\"\u00e9\"\r\n"), "SyntaxError 0:0-0:0 Non-UTF-8 code starting with '\\xe9' in file x.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details", null);
        assertFileError(bytes("x = \"\"\"\n\u00e9\"\"\"\n"), "SyntaxError 0:0-0:0 Non-UTF-8 code starting with '\\xe9' in file x.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details", null);
        assertFileError(bytes("x = \"\u00c3\u00a9\u00ff\"\n"), "SyntaxError 0:0-0:0 Non-UTF-8 code starting with '\\xff' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details", null);
        assertFileError(bytes("x = \"\u00c3\u00a9\"\n\u00c3\u00a9\u00e2\u0082\n"), "SyntaxError 0:0-0:0 Non-UTF-8 code starting with '\\xe2' in file x.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details", null);
        assertFileError(bytes("\u0000\u00ff\n"), "SyntaxError 1:0-1:0 source code cannot contain null bytes", "");
        assertFileError(bytes("\u00ff\u0000\n"), "SyntaxError 0:0-0:0 Non-UTF-8 code starting with '\\xff' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details", null);
        assertFileError(bytes("# coding: foo\u0000\n"), "SyntaxError 0:0-0:0 encoding problem: foo", null);
        assertFileError(bytes("\n# coding: foo\n\u0000\n"), "SyntaxError 0:0-0:0 encoding problem: foo", null);
        assertFileError(bytes("\u0000\n# coding: foo\n"), "SyntaxError 1:0-1:0 source code cannot contain null bytes", "");
        assertFileError(bytes("x = 1\u0000\ny = \"\u00ff\"\n"), "SyntaxError 1:0-1:0 source code cannot contain null bytes", "x = 1");
        assertFileError(bytes("x = \"\u00ff\"\ny = 1\u0000\n"), "SyntaxError 0:0-0:0 Non-UTF-8 code starting with '\\xff' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details", null);
        assertFileError(bytes("# coding: rot13\nx=1\n"), "SyntaxError 0:0-0:0 encoding problem: rot13", null);
        assertFileError(bytes("x = 'a\u0000b'\n"), "SyntaxError 1:0-1:0 source code cannot contain null bytes", "x = 'a");
        assertFileError(bytes("\u00ef\u00bb\u00bf# coding: latin-1\nx = 1\n"), "SyntaxError 0:0-0:0 encoding problem: iso-8859-1 with BOM", null);
        assertFileError(bytes("# -*- coding: nosuch -*-\nx = 1\n"), "SyntaxError 0:0-0:0 encoding problem: nosuch", null);
    }

    // ---------------------------------------------------------------------------------------
    // Hand-written checks; each expectation quotes what python3 reported for the source.

    static List<Token> all(Tokenizer t) {
        List<Token> out = new ArrayList<>();
        while (true) {
            Token tok = t.next();
            out.add(tok);
            if (tok.kind() == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    @Test
    void evalInputHasNoImplicitNewline() {
        // compile(b'1 +', 'x.py', 'eval'): invalid syntax 1:0-1:0 (a NEWLINE without column).
        List<Token> t = all(new Tokenizer("1 +", "x.py", false));
        assertEquals("NEWLINE  1:-1-1:3", t.get(2).toString());
        assertEquals("ENDMARKER  1:-1-1:3", t.get(3).toString());
        // compile(b'if x:', 'x.py', 'single'): expected an indented block ... 1:5-1:-1.
        assertEquals(5, all(new Tokenizer("if x:", "x.py", false)).getLast().endColOffset());
        // compile(b'  ', 'x.py', 'eval'): unexpected indent 1:2-1:-1 (the line is not blank).
        assertEquals("INDENT  1:-1-1:2", new Tokenizer("  ", "x.py", false).next().toString());
        // compile(b'1\n  ', 'x.py', 'eval'): unexpected indent 2:2-2:-1.
        Tokenizer t2 = new Tokenizer("1\n  ", "x.py", false);
        t2.next();
        t2.next();
        assertEquals("INDENT  2:-1-2:2", t2.next().toString());
        // compile(b'\\', 'x.py', 'eval'): unexpected character after line continuation character 1:1-1:0, text '\\'.
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> all(new Tokenizer("\\", "x.py", false)));
        assertEquals("SyntaxError 1:1-1:0 unexpected character after line continuation character", e.summary());
        assertEquals("\\", e.text);
        // The same sources as exec input: compile(b'1 +', ..., 'exec'): invalid syntax 1:4-1:4.
        assertEquals("NEWLINE \n 1:3-1:3", all(new Tokenizer("1 +", "x.py")).get(2).toString());
        assertEquals("x = 1 # c", new Tokenizer("x = 1 # c", "x.py", false).lineText(1));
    }

    static String errorText(String src, int line) {
        Tokenizer t = new Tokenizer(src, "x.py");
        all(t);
        return t.errorText(line);
    }

    @Test
    void errorTextIsWhatTheParserShows() {
        assertEquals("x = \n", errorText("x = ", 1));                       // invalid syntax 1:5
        assertEquals("x = (1,", errorText("x = (1,\n2\n", 1));              // '(' was never closed 1:5
        assertEquals("(\n", errorText("(\n", 1));                           // '(' was never closed 1:1
        assertEquals("  pass\\\n\n", errorText("try:\n  pass\\\n\n", 3));   // expected 'except' ... 3:1
        assertEquals("1 +\\\n# c\n", errorText("1 +\\\n# c\n", 2));         // invalid syntax 2:1-2:4
        assertEquals("\n", errorText("@dec\n\n\n", 3));                    // invalid syntax 3:0
        assertEquals("x = 1 +\\\n\n", errorText("x = 1 +\\\n\n", 2));       // invalid syntax 2:1
        assertEquals("[{(1,\n", errorText("[{(1,\n", 1));                   // '(' was never closed 1:3
    }

    @Test
    void errorTokensCanBeSkipped() {
        // compile(b'1 2 $ 3'): invalid syntax at "2" (1:3-1:4): '$' is no tokenizer error, so
        // a scan of the rest of the source must be able to go past it.
        Tokenizer t = new Tokenizer("1 2 $ 3 ? `", "x.py");
        assertEquals("NUMBER 1 1:0-1:1", t.next().toString());
        assertEquals("NUMBER 2 1:2-1:3", t.next().toString());
        PySyntaxError e = assertThrows(PySyntaxError.class, t::next);
        assertTrue(Tokenizer.isErrorToken(e));
        assertEquals("SyntaxError 1:5-1:6 invalid syntax", e.summary());
        assertEquals("NUMBER 3 1:6-1:7", t.next().toString());
        assertTrue(Tokenizer.isErrorToken(assertThrows(PySyntaxError.class, t::next)));
        assertTrue(Tokenizer.isErrorToken(assertThrows(PySyntaxError.class, t::next)));
        assertEquals(TokenKind.NEWLINE, t.next().kind());
        PySyntaxError real = assertThrows(PySyntaxError.class, () -> tokens("x = \u20ac"));
        assertTrue(!Tokenizer.isErrorToken(real));
    }

    @Test
    void diamondIsNotEqualForTheParserToReject() {
        // compile(b'1 <> 2'): invalid syntax 1:3-1:5, i.e. at a token spanning columns 2-4.
        assertEquals(List.of("NUMBER 1 1:0-1:1", "NOTEQUAL <> 1:2-1:4", "NUMBER 2 1:5-1:6", "NEWLINE \n 1:6-1:6",
                "ENDMARKER  1:-1-1:7"), tokens("1 <> 2"));
    }

    @Test
    void openBracketAtEof() {
        // compile(b'x = (1,\n2\n'): '(' was never closed 1:5-1:0
        Tokenizer t = new Tokenizer("x = (1,\n2\n", "x.py");
        List<Token> toks = all(t);
        assertEquals("NUMBER 2 2:0-2:1", toks.get(toks.size() - 2).toString()); // no NEWLINE inside brackets
        assertEquals("LPAR ( 1:4-1:5", t.openBracketAtEof().toString());
        // compile(b'[{(1,\n'): '(' was never closed 1:3-1:0
        Tokenizer t2 = new Tokenizer("[{(1,\n", "x.py");
        all(t2);
        assertEquals("LPAR ( 1:2-1:3", t2.openBracketAtEof().toString());
        assertEquals(3, t2.level());
        Tokenizer t3 = new Tokenizer("{\n[\n", "x.py");
        all(t3);
        assertEquals("LSQB [ 2:0-2:1", t3.openBracketAtEof().toString());
        Tokenizer t4 = new Tokenizer("(x)\n", "x.py");
        all(t4);
        assertNull(t4.openBracketAtEof());
    }

    @Test
    void softKeywordsAreMatchedAsSpelled() {
        // ast.parse('\uff4d\uff41\uff54\uff43\uff48 = 1'): Name(id='match'); with "x:" after it,
        // invalid syntax: the fullwidth spelling is no soft keyword.
        Token full = new Tokenizer("\uff4d\uff41\uff54\uff43\uff48 x:", "x.py").next();
        assertEquals("NAME match 1:0-1:15", full.toString());
        assertTrue(!Tokenizer.isSpelled(full, "match"));
        assertTrue(Tokenizer.isSpelled(new Tokenizer("match x:", "x.py").next(), "match"));
        assertTrue(Tokenizer.isSpelled(new Tokenizer("_", "x.py").next(), "_"));
        assertTrue(!Tokenizer.isSpelled(new Tokenizer("case", "x.py").next(), "match"));
    }

    @Test
    void endmarkerForever() {
        Tokenizer t = new Tokenizer("x", "x.py");
        all(t);
        assertEquals(TokenKind.ENDMARKER, t.next().kind());
        assertEquals(TokenKind.ENDMARKER, t.next().kind());
    }

    @Test
    void lineText() {
        Tokenizer t = new Tokenizer("a\r\nb\rc", "x.py");
        assertEquals("a\n", t.lineText(1));
        assertEquals("b\n", t.lineText(2));
        assertEquals("c\n", t.lineText(3));
        assertEquals("", t.lineText(4));
        assertEquals("", t.lineText(0));
        assertEquals(3, t.lineCount());
        assertEquals(0, new Tokenizer("", "x.py").lineCount());
        // Undecodable bytes show as U+FFFD, one per maximal invalid sequence (Python's "replace").
        Tokenizer u = new Tokenizer(SourceDecoder.decode(bytes("x = \u00ed\u00a0\u0080 + \u00f0\u009f\u0098\n"), "x.py"), "x.py");
        assertEquals("x = \ufffd\ufffd\ufffd + \ufffd\n", u.lineText(1));
    }

    @Test
    void utf8ErrorMessages() {
        // b'\xff'.decode(), b'\xe9t'.decode(), b'ab\xf0\x9f\x98'.decode(), b'\xc3'.decode()
        assertEquals("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                SourceDecoder.utf8Error(SourceDecoder.decode(bytes("\u00ff"), "x")));
        assertEquals("'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte",
                SourceDecoder.utf8Error(SourceDecoder.decode(bytes("\u00e9t"), "x")));
        assertEquals("'utf-8' codec can't decode bytes in position 2-4: unexpected end of data",
                SourceDecoder.utf8Error(SourceDecoder.decode(bytes("ab\u00f0\u009f\u0098"), "x")));
        assertEquals("'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data",
                SourceDecoder.utf8Error(SourceDecoder.decode(bytes("a\u00c3"), "x")));
        assertNull(SourceDecoder.utf8Error("\u00e9\ud83d\ude00"));
    }
}
