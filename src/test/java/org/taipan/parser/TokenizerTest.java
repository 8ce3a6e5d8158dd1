package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tokenizer tests. Every expected token list and error was produced by CPython 3.11.7: tokens
 * from the tokenize module (adjusted to what the C tokenizer hands the parser: no NL/COMMENT,
 * NEWLINE spanning a trailing comment, INDENT/DEDENT/ENDMARKER as documented on Tokenizer),
 * errors from compile(source_bytes, 'x.py', 'exec').
 */
class TokenizerTest {

    static List<String> tokens(String src) {
        Tokenizer t = new Tokenizer(src, "x.py");
        List<String> out = new ArrayList<>();
        while (true) {
            Token tok = t.next();
            out.add(tok.toString());
            if (tok.kind() == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    static void assertTokens(String src, String... expected) {
        assertEquals(List.of(expected), tokens(src), () -> "tokens of " + src);
    }

    /** The error from tokenizing everything: "TYPE LINE:OFFSET-ENDLINE:ENDOFFSET MSG". */
    static String error(String src) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> tokens(src), () -> "no error for " + src);
        return e.summary();
    }

    static void assertError(String src, String expected) {
        assertEquals(expected, error(src), () -> "error for " + src);
    }

    /**
     * CPython reports "unexpected indent" at the INDENT token's line with the tokenizer's
     * current position as offset: compare with the first INDENT's lineno and endColOffset.
     */
    static void assertIndent(String src, String expected) {
        for (String t : tokens(src)) {
            if (t.startsWith("INDENT ")) {
                String[] p = t.substring(t.lastIndexOf(' ') + 1).split("-");
                String line = p[0].split(":")[0];
                String cur = p[p.length - 1].split(":")[1];
                assertEquals(expected, "INDENT " + line + ":" + cur, () -> "INDENT of " + src);
                return;
            }
        }
        throw new AssertionError("no INDENT in " + src);
    }


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

    @Test
    void basicErrors() {
        assertError("x = (1,\n2]\n", "SyntaxError 2:2-2:2 closing parenthesis ']' does not match opening parenthesis '(' on line 1");
        assertError("(\n\n]", "SyntaxError 3:1-3:1 closing parenthesis ']' does not match opening parenthesis '(' on line 1");
        assertError(")", "SyntaxError 1:1-1:1 unmatched ')'");
        assertError("(]", "SyntaxError 1:2-1:2 closing parenthesis ']' does not match opening parenthesis '('");
        assertError("x = 1 \\ 2", "SyntaxError 1:8-1:0 unexpected character after line continuation character");
        assertError("x = 1 +\\", "SyntaxError 1:9-1:-1 unexpected EOF while parsing");
        assertError("\u20ac", "SyntaxError 1:1-1:1 invalid character '\u20ac' (U+20AC)");
        assertError("a\u00a0b", "SyntaxError 1:2-1:2 invalid non-printable character U+00A0");
        assertError("if x:\n    y\n  z\n", "IndentationError 3:4-3:-1 unindent does not match any outer indentation level");
        assertError("if x:\n\ty\n        z\n", "TabError 3:1-3:0 inconsistent use of tabs and spaces in indentation");
        assertError("0x", "SyntaxError 1:2-1:2 invalid hexadecimal literal");
        assertError("0o8", "SyntaxError 1:3-1:3 invalid digit '8' in octal literal");
        assertError("0b12", "SyntaxError 1:4-1:4 invalid digit '2' in binary literal");
        assertError("012", "SyntaxError 1:1-1:2 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        assertError("1__0", "SyntaxError 1:2-1:2 invalid decimal literal");
        assertError("1e", "SyntaxError 1:1-1:1 invalid decimal literal");
        assertError("1.5j_", "SyntaxError 1:4-1:4 invalid imaginary literal");
        assertError("1abc", "SyntaxError 1:1-1:1 invalid decimal literal");
        assertError("x = \"abc", "SyntaxError 1:5-1:5 unterminated string literal (detected at line 1)");
        assertError("x = \"\"\"abc\n\n\n", "SyntaxError 1:5-1:5 unterminated triple-quoted string literal (detected at line 3)");
        assertError("x = 'abc\\\ndef", "SyntaxError 1:5-1:5 unterminated string literal (detected at line 2)");
        assertError("$", "SyntaxError 1:1-1:2 invalid syntax");
        assertError("a ? b", "SyntaxError 1:3-1:4 invalid syntax");
        assertError("`x`", "SyntaxError 1:1-1:2 invalid syntax");
        assertError("a ! b", "SyntaxError 1:3-1:4 invalid syntax");
        assertError("1 <> 2", "SyntaxError 1:3-1:5 invalid syntax");
    }

    @Test
    void indentPositions() {
        assertIndent("  \\\nx\n", "INDENT 2:0");
        assertIndent("x\n  y\n", "INDENT 2:2");
        assertIndent("x\n\ty\n", "INDENT 2:1");
        assertIndent("x\n      \\\nz\n", "INDENT 3:0");
        assertIndent("x\n  \u00e9 = 1\n", "INDENT 2:2");
        assertIndent("x = (\n1)\n  y\n", "INDENT 3:2");
        assertIndent("x\n  '''a\nb'''\n", "INDENT 2:2");
    }

}
