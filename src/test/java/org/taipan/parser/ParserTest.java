package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.taipan.parser.ast.AstDump;
import org.taipan.parser.ast.Mod;

/**
 * The parser against CPython 3.11's expected results in src/test/resources/parser (made by
 * the regen script there): AST dumps with positions, syntax errors of the first and second
 * pass with their positions, the eval/single/func_type modes; and robustness on hostile input.
 */
class ParserTest {
    private static final Path DIR = Path.of("src", "test", "resources", "parser");

    @TestFactory
    Stream<DynamicTest> validDumps() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR.resolve("valid"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                String name = p.getFileName().toString();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    String expected = Files.readString(DIR.resolve("valid").resolve(name.replace(".py", ".dump"))).strip();
                    Mod m = Parser.parse(Files.readAllBytes(p), name, "exec");
                    assertEquals(expected, AstDump.dump(m, true));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> errors() throws IOException {
        return caseTests("errors");
    }

    @TestFactory
    Stream<DynamicTest> modes() throws IOException {
        return caseTests("modes");
    }

    /** Snippets from CPython's own syntax tests, parsed as text (compile() of a str). */
    @TestFactory
    Stream<DynamicTest> samples() throws IOException {
        return caseTests("samples");
    }

    private Stream<DynamicTest> caseTests(String file) throws IOException {
        Map<String, String> sources = readCases(DIR.resolve(file + ".txt"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(file + ".expected"), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            String name = line.substring(0, tab);
            String expected = line.substring(tab + 1);
            String source = sources.get(name);
            tests.add(DynamicTest.dynamicTest(name + ": " + source.replace("\n", "\\n"), () -> {
                String[] parts = name.split(" ");
                String mode = parts.length > 1 ? parts[1] : "exec";
                if (file.equals("samples")) {
                    assertEquals(expected, textOutcome(source).replace("\n", "\\n"));
                } else {
                    assertEquals(expected, outcome(source, mode));
                }
            }));
        }
        return tests.stream();
    }

    /** The cases of a file: a '### name' line, then the source lines up to the next one. */
    private static Map<String, String> readCases(Path p) throws IOException {
        Map<String, String> cases = new LinkedHashMap<>();
        String name = null;
        List<String> lines = new ArrayList<>();
        for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    cases.put(name, String.join("\n", lines));
                }
                name = line.substring(4).strip();
                lines.clear();
            } else {
                lines.add(line);
            }
        }
        if (name != null) {
            cases.put(name, String.join("\n", lines));
        }
        return cases;
    }

    private static String textOutcome(String source) {
        try {
            return "OK " + AstDump.dump(Parser.parse(source, "<string>", "exec"), true);
        } catch (PySyntaxError e) {
            return e.type + " " + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset + " " + e.msg;
        }
    }

    private static String outcome(String source, String mode) {
        try {
            return "OK " + AstDump.dump(Parser.parse(source.getBytes(StandardCharsets.UTF_8), "case.py", mode), true);
        } catch (PySyntaxError e) {
            return e.type + " " + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset + " " + e.msg;
        }
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        for (String src : List.of("-".repeat(100_000) + "1", "not ".repeat(50_000) + "x", "lambda: ".repeat(20_000) + "0",
                "x = " + "a if b else ".repeat(20_000) + "c", "x" + " ** x".repeat(50_000))) {
            PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(src, "deep.py", "exec"));
            assertEquals("SyntaxError", e.type);
        }
    }

    @Test
    void longFlatInputParses() {
        Mod m = Parser.parse("x = " + "a + ".repeat(50_000) + "a\n" + "f(x)\n".repeat(20_000), "flat.py", "exec");
        assertTrue(AstDump.dump(m, false).startsWith("Module(body=[Assign("));
    }

    @Test
    void tooManyNestedParenthesesComeFromTheTokenizer() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("(".repeat(300), "p.py", "exec"));
        assertEquals("too many nested parentheses", e.msg);
    }

    /** Random token soup and mangled Python must end in a SyntaxError or a parse, nothing else. */
    @Test
    void hostileInputOnlyRaisesSyntaxErrors() {
        String[] atoms = {"(", ")", "[", "]", "{", "}", ":", "=", ",", ".", "*", "**", "if", "else", "for", "in",
            "not", "lambda", "await", "yield", "x", "1", "'s'", "f'{x}'", "def", "class", "return", "@", ":=",
            "->", ";", "\n", "    ", "async", "match", "case", "_", "try", "except", "del", "...", "|", "\\\n",
            "$", "?", "#c\n", "\t", "'''", "\"", "with", "as", "import", "from", "global", "+=", "-", "~", "<>"};
        Random r = new Random(42);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(30);
            for (int j = 0; j < n; j++) {
                sb.append(atoms[r.nextInt(atoms.length)]).append(r.nextInt(3) == 0 ? "" : " ");
            }
            String src = sb.toString();
            for (String mode : List.of("exec", "eval", "single")) {
                try {
                    Parser.parse(src, "soup.py", mode);
                } catch (PySyntaxError e) {
                    // expected for most
                } catch (Throwable t) {
                    fail("input " + src.replace("\n", "\\n") + " (" + mode + ") raised " + t, t);
                }
            }
        }
    }
}
