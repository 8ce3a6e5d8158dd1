package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.taipan.parser.ast.AstDump;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Loc;
import org.taipan.parser.ast.Mod;

/**
 * Unit tests of {@link Strings} with a stand-in host whose "parser" only understands a lone
 * name, so decoding, concatenation, f-string splitting and relocation are tested without the
 * real parser. Expectations come from python3 via src/test/resources/strings/gen_unit_cases.py.
 */
class StringsTest {

    /** Parses a lone name; records warnings; reports errors like CPython (1-based char offsets). */
    static final class FakeHost implements FStringHost, FStringHostHooks {
        final String source;
        final Token lookahead;
        final List<String> warnings = new ArrayList<>();

        FakeHost(String source, Token lookahead) {
            this.source = source;
            this.lookahead = lookahead;
        }

        @Override
        public Expr parseFStringExpr(String expr, UnaryOperator<Token> relocate) {
            String wrapped = "(" + expr + ")";
            int start = -1;
            int stop = -1;
            for (int i = 1; i < wrapped.length() - 1; i++) {
                char c = wrapped.charAt(i);
                if (Character.isLetterOrDigit(c) || c == '_') {
                    if (start < 0) {
                        start = i;
                    } else if (stop >= 0) {
                        fail("fake host parses only a name: " + expr);
                    }
                } else if (start >= 0 && stop < 0) {
                    stop = i;
                }
                if (!Character.isLetterOrDigit(c) && c != '_' && !Character.isWhitespace(c)) {
                    fail("fake host parses only a name: " + expr);
                }
            }
            if (stop < 0) {
                stop = wrapped.length() - 1;
            }
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < start; i++) {
                if (wrapped.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String id = wrapped.substring(start, stop);
            int col = Strings.utf8Length(wrapped, lineStart, start);
            Token t = relocate.apply(new Token(TokenKind.NAME, id, line, col, line, col + id.length()));
            return new Expr.Name(id, ExprContext.Load, new Loc(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset()));
        }

        @Override
        public PySyntaxError error(String msg, int lineno, int col, int endLineno, int endCol) {
            String[] lines = source.split("\n", -1);
            String text = lines[lineno - 1];
            String endText = lines[endLineno - 1];
            return PySyntaxError.syntax(msg, "x.py", lineno, PySyntaxError.charOffset(text, col),
                endLineno, PySyntaxError.charOffset(endText, endCol), text);
        }

        @Override
        public int fstringDepth() {
            return 0;
        }

        @Override
        public Token lastFetchedToken() {
            return lookahead;
        }

        @Override
        public void warn(String category, String message, Token token) {
            warnings.add(category + " " + enc(message));
        }
    }

    record Case(String source, List<Token> tokens, Token lookahead, String ok, String err, List<String> warnings) {}

    @TestFactory
    Stream<DynamicTest> pythonCases() throws IOException {
        List<Case> cases = readCases();
        assertTrue(cases.size() > 250, "cases read: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.source, () -> check(c)));
    }

    private static void check(Case c) {
        FakeHost host = new FakeHost(c.source + " + 0", c.lookahead);
        String got;
        try {
            got = "ok " + dump(Strings.concatenate(c.tokens, host));
        } catch (PySyntaxError e) {
            got = "err " + enc(e.msg) + " " + e.lineno + " " + e.offset + " " + e.endLineno + " " + e.endOffset;
        }
        String want = c.ok != null ? "ok " + c.ok : "err " + c.err;
        assertEquals(want, got, c.source);
        if (c.ok != null) {
            assertEquals(c.warnings, host.warnings, "warnings of " + c.source);
        }
    }

    @Test
    void surrogateEscapeIsKept() {
        Token t = new Token(TokenKind.STRING, "'\\ud800x'", 1, 0, 1, 9);
        Expr.Constant c = (Expr.Constant) Strings.concatenate(List.of(t), new FakeHost("'\\ud800x'", null));
        assertEquals("\ud800x", c.value());
    }

    @Test
    void errorWithoutLookaheadLandsAfterTheLastString() {
        Token t = new Token(TokenKind.STRING, "f'{}'", 1, 4, 1, 9);
        FStringHost plain = new FStringHost() {
            @Override
            public Expr parseFStringExpr(String source, UnaryOperator<Token> relocate) {
                throw new AssertionError();
            }

            @Override
            public PySyntaxError error(String msg, int l, int c, int el, int ec) {
                return PySyntaxError.syntax(msg, "x.py", l, c + 1, el, ec + 1, null);
            }

            @Override
            public int fstringDepth() {
                return 0;
            }
        };
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Strings.concatenate(List.of(t), plain));
        assertEquals("SyntaxError 1:10-1:10 f-string: empty expression not allowed", e.summary());
    }

    @Test
    void relocationShiftsOnlyTokensEndingOnTheFirstLine() {
        FStringRelocation r = new FStringRelocation(5, 7);
        assertEquals(new Token(TokenKind.NAME, "a", 5, 8, 5, 9), r.apply(new Token(TokenKind.NAME, "a", 1, 1, 1, 2)));
        // A multi-line string starting on the first line is not shifted at all (3.11 quirk).
        assertEquals(new Token(TokenKind.STRING, "s", 5, 1, 6, 2), r.apply(new Token(TokenKind.STRING, "s", 1, 1, 2, 2)));
        assertEquals(new Token(TokenKind.NAME, "b", 6, 0, 6, 1), r.apply(new Token(TokenKind.NAME, "b", 2, 0, 2, 1)));
        assertEquals(7, r.firstLineShift());
    }

    /**
     * Whole modules through the real parser (src/test/resources/strings/gen_e2e_cases.py),
     * compared with ast.dump(ast.parse(src), include_attributes=True) or the SyntaxError.
     */
    @TestFactory
    Stream<DynamicTest> endToEnd() throws IOException {
        return wholeModules("/strings/e2e_expected.txt", 400);
    }

    /** Random sources (src/test/resources/strings/gen_fuzz_cases.py), checked the same way. */
    @TestFactory
    Stream<DynamicTest> fuzz() throws IOException {
        return wholeModules("/strings/fuzz_expected.txt", 1000);
    }

    private Stream<DynamicTest> wholeModules(String expectations, int atLeast) throws IOException {
        Method parse = parserEntry(String.class);
        Method parseBytes = parserEntry(byte[].class);
        Assumptions.assumeTrue(parse != null, "Parser.parse is not on main yet");
        List<Object[]> cases = new ArrayList<>();
        Object src = null;
        String want = null;
        for (String line : resource(expectations).split("\n")) {
            if (line.startsWith("case ")) {
                src = dec(line.substring(5));
            } else if (line.startsWith("bcase ")) {
                src = dec(line.substring(6)).getBytes(StandardCharsets.ISO_8859_1);
            } else if (line.startsWith("ok ")) {
                want = "ok " + dec(line.substring(3));
            } else if (line.startsWith("err ")) {
                want = line;
            } else if (line.equals("end")) {
                cases.add(new Object[] {src, want});
            }
        }
        assertTrue(cases.size() > atLeast, "cases read: " + cases.size());
        java.util.Map<String, String> known = knownFailures();
        return cases.stream().map(c -> DynamicTest.dynamicTest(name(c[0]), () -> {
            String got;
            try {
                Method m = c[0] instanceof byte[] ? parseBytes : parse;
                got = "ok " + AstDump.dump((Mod) m.invoke(null, c[0], "x.py", "exec"), true);
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof PySyntaxError se)) {
                    throw e.getCause();
                }
                got = "err " + enc(se.msg) + " " + se.lineno + " " + se.offset + " " + se.endLineno + " " + se.endOffset;
            }
            String why = known.get(name(c[0]));
            if (why != null && !c[1].equals(got)) {
                Assumptions.abort("known failure outside Strings: " + why);
            }
            assertEquals(c[1], got, name(c[0]));
        }));
    }

    /** e2e_known_failures.txt: pairs of lines, the case (encoded like the expectations), the reason. */
    private static java.util.Map<String, String> knownFailures() throws IOException {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        String[] lines = resource("/strings/e2e_known_failures.txt").split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("case ") || lines[i].startsWith("bcase ")) {
                boolean b = lines[i].startsWith("b");
                String src = dec(lines[i].substring(b ? 6 : 5));
                m.put(b ? "bytes " + src : src, lines[++i]);
            }
        }
        return m;
    }

    private static String name(Object src) {
        return src instanceof byte[] b ? "bytes " + new String(b, StandardCharsets.ISO_8859_1) : (String) src;
    }

    private static Method parserEntry(Class<?> source) {
        try {
            return Class.forName("org.taipan.parser.Parser").getMethod("parse", source, String.class, String.class);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    // ---- reading the expectations ----

    private static String resource(String name) throws IOException {
        try (InputStream in = StringsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Case> readCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        {
            String[] lines = resource("/strings/unit_expected.txt").split("\n");
            String src = null;
            List<Token> tokens = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            Token la = null;
            String ok = null;
            String err = null;
            for (String line : lines) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "case" -> {
                        src = dec(f[1]);
                        tokens = new ArrayList<>();
                        warnings = new ArrayList<>();
                        ok = null;
                        err = null;
                    }
                    case "tok" -> tokens.add(new Token(TokenKind.STRING, dec(f[1]), i(f[2]), i(f[3]), i(f[4]), i(f[5])));
                    case "la" -> la = new Token(TokenKind.PLUS, "+", i(f[1]), i(f[2]), i(f[3]), i(f[4]));
                    case "ok" -> ok = dec(f[1]);
                    case "err" -> err = line.substring(4);
                    case "warn" -> warnings.add(f[1] + " " + f[2]);
                    case "end" -> cases.add(new Case(src, tokens, la, ok, err, warnings));
                    default -> fail("bad line " + line);
                }
            }
        }
        return cases;
    }

    private static int i(String s) {
        return Integer.parseInt(s);
    }

    /** Printable ASCII except backslash as is, anything else as \{HEX} (code point). */
    static String enc(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c > ' ' && c < 0x7F && c != '\\') {
                b.append((char) c);
            } else {
                b.append("\\{").append(Integer.toHexString(c).toUpperCase()).append('}');
            }
        });
        return b.toString();
    }

    static String dec(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int close = s.indexOf('}', i);
                b.appendCodePoint(Integer.parseInt(s.substring(i + 2, close), 16));
                i = close;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** The compact form gen_unit_cases.py prints. */
    static String dump(Expr e) {
        return switch (e) {
            case Expr.Constant c -> "C(" + (c.value() instanceof byte[] bs
                ? "b'" + enc(new String(bs, StandardCharsets.ISO_8859_1)) + "'"
                : "s'" + enc((String) c.value()) + "'") + "," + (c.kind() == null ? "-" : c.kind()) + "," + loc(c.loc()) + ")";
            case Expr.JoinedStr j -> "J(" + loc(j.loc()) + ")["
                + String.join(";", j.values().stream().map(StringsTest::dump).toList()) + "]";
            case Expr.FormattedValue f -> "F(" + dump(f.value()) + "," + f.conversion() + ","
                + (f.formatSpec() == null ? "-" : dump(f.formatSpec())) + "," + loc(f.loc()) + ")";
            case Expr.Name n -> "N(" + n.id() + "," + loc(n.loc()) + ")";
            default -> "?" + e;
        };
    }

    private static String loc(Loc l) {
        return l.lineno() + ":" + l.colOffset() + "-" + l.endLineno() + ":" + l.endColOffset();
    }
}
