package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.taipan.compiler.CodeUnit;
import org.taipan.compiler.Compiler;
import org.taipan.parser.Parser;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Stmt;
import org.taipan.vm.Interpreter;
import org.taipan.vm.PyCode;

/**
 * Runs the cases of {@code /str/NAME.out} (written by CPython through run_cases.py there) with
 * Taipan's compiler and VM, after {@code /str/prelude.py}, and compares each result.
 */
final class StrCases {
    private StrCases() {}

    private static Interpreter interp;
    private static PyDict preludeGlobals;

    private static String resource(String name) {
        try (InputStream in = StrCases.class.getResourceAsStream("/str/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static synchronized PyDict globals() {
        if (interp == null) {
            interp = new Interpreter();
            preludeGlobals = interp.newGlobals("__main__", null);
            interp.exec(compile(resource("prelude.py"), false), preludeGlobals);
        }
        return preludeGlobals.copy();
    }

    /** The case as a module whose last expression, if any, is stored in {@code __r__}. */
    private static PyCode compile(String source, boolean keepLast) {
        Mod.Module mod = (Mod.Module) Parser.parse(source, "<case>", "exec");
        List<Stmt> body = new ArrayList<>(mod.body());
        if (keepLast && !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt e) {
            Expr target = new Expr.Name("__r__", ExprContext.Store, e.loc());
            body.set(body.size() - 1, new Stmt.Assign(List.of(target), e.value(), null, e.loc()));
        }
        CodeUnit unit = Compiler.compile(new Mod.Module(body, mod.typeIgnores()), "<case>", "exec", 0, 0);
        return new PyCode(unit);
    }

    static String result(String source) {
        String text;
        try {
            PyDict g = globals();
            interp.exec(compile(source, true), g);
            PyObject r = g.getItem(PyStr.of("__r__"));
            text = Abstract.repr(r == null ? PyNone.INSTANCE : r).toString();
        } catch (PyException e) {
            text = e.value.type().name() + ": " + Abstract.str(e.value);
        } catch (PySyntaxError e) {
            text = "SyntaxError: " + e.getMessage();
        }
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }

    static List<String[]> load(String name) {
        List<String[]> out = new ArrayList<>();
        for (String line : resource(name + ".out").split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
            }
        }
        return out;
    }

    /** Checks every case of the file, reporting all mismatches at once. */
    static void check(String name) {
        List<String[]> cases = load(name);
        assertTrue(cases.size() > 0, "no cases in " + name);
        List<String> failures = new ArrayList<>();
        for (String[] c : cases) {
            String actual;
            try {
                actual = result(c[0]);
            } catch (RuntimeException e) {
                actual = "Java " + e;
            } catch (StackOverflowError e) {
                actual = "Java StackOverflowError";
            }
            if (!actual.equals(c[1])) {
                failures.add(c[0] + "\n    expected: " + c[1] + "\n    actual:   " + actual);
            }
        }
        assertEquals("", String.join("\n", failures), failures.size() + " of " + cases.size() + " cases differ");
    }
}
