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
