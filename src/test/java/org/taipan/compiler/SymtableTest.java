package org.taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Mod;

/**
 * The symbol table and the compile-time errors against python3, on CPython's own ASTs
 * (serialized by src/test/resources/symtable/regen and read back with {@link AstReader}).
 */
class SymtableTest {
    static final Path DIR = Path.of("src", "test", "resources", "symtable");

    /** One case of an .expected file: name, serialized AST, expected lines. */
    record Case(String name, String ast, List<String> expected) {}

    static List<Case> cases(String file) throws IOException {
        return cases(DIR.resolve(file));
    }

    static List<Case> cases(Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        String name = null;
        String ast = null;
        List<String> lines = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#### ")) {
                if (name != null) {
                    cases.add(new Case(name, ast, lines));
                }
                name = line.substring(5);
                ast = null;
                lines = new ArrayList<>();
            } else if (ast == null && line.startsWith("ast ")) {
                ast = line.substring(4);
            } else {
                lines.add(line);
            }
        }
        if (name != null) {
            cases.add(new Case(name, ast, lines));
        }
        return cases;
    }

    @Test
    void scopesMatchPython() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Case> cases = cases("scopes.expected");
        for (Case c : cases) {
            try {
                Mod mod = (Mod) AstReader.read(c.ast());
                List<String> got = SymtableDump.dump(CompileChecks.check(mod, "x.py", null));
                if (!got.equals(c.expected())) {
                    failures.add(c.name() + ": " + firstDifference(c.expected(), got));
                }
            } catch (PySyntaxError e) {
                failures.add(c.name() + ": unexpected " + e.summary());
            } catch (RuntimeException e) {
                failures.add(c.name() + ": " + e);
            }
        }
        report("symtable scopes", cases.size(), failures);
    }

    @Test
    void errorsMatchPython() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Case> cases = cases("errors.expected");
        for (Case c : cases) {
            String expected = c.expected().get(0);
            String got;
            try {
                CompileChecks.check((Mod) AstReader.read(c.ast()), "x.py", null, flags(c.name()), optimize(c.name()));
                got = "ok";
            } catch (PySyntaxError e) {
                got = e.summary();
            } catch (RuntimeException e) {
                got = e.toString();
            }
            if (!got.equals(expected)) {
                failures.add(c.name() + ":\n    expected " + expected + "\n    got      " + got);
            }
        }
        report("compile errors", cases.size(), failures);
    }

    /** The compile() flags of a case named "NAME [MODE flags=0xHEX]". */
    static int flags(String name) {
        int at = name.indexOf("flags=0x");
        if (at < 0) {
            return 0;
        }
        int end = at + 8;
        while (end < name.length() && Character.digit(name.charAt(end), 16) >= 0) {
            end++;
        }
        return Integer.parseInt(name.substring(at + 8, end), 16);
    }

    /** The compile() optimize level of a case named "NAME [… optimize=N]" (-1, the default, counts as 0). */
    static int optimize(String name) {
        int at = name.indexOf("optimize=");
        return at < 0 ? 0 : Character.digit(name.charAt(at + 9), 10);
    }

    /** The compile() mode of a case named "NAME [MODE flags=0xHEX]". */
    static String mode(String name) {
        if (!name.endsWith("]")) {
            return "exec";
        }
        for (String opt : name.substring(name.indexOf('[') + 1, name.length() - 1).split(" ")) {
            if (!opt.contains("=")) {
                return opt;
            }
        }
        return "exec";
    }

    static String firstDifference(List<String> expected, List<String> got) {
        for (int i = 0; i < Math.max(expected.size(), got.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<end>";
            String g = i < got.size() ? got.get(i) : "<end>";
            if (!e.equals(g)) {
                return "line " + (i + 1) + "\n    expected " + e + "\n    got      " + g;
            }
        }
        return "?";
    }

    static void report(String what, int total, List<String> failures) {
        System.out.println(what + ": " + (total - failures.size()) + "/" + total + " match python3");
        assertTrue(failures.isEmpty(), failures.size() + " of " + total + " differ:\n" + String.join("\n", failures));
    }
}
