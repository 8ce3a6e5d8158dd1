package org.taipan.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.taipan.cli.FrontEnd;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.AstDump;
import org.taipan.parser.ast.Mod;

/**
 * A development check, not a unit test: compares the symbol tables and compile errors of a
 * large generated file (cases as in scopes.expected/errors.expected, "#### S NAME" for a
 * table, "#### E NAME" for an error) with Taipan's. Generate one from a directory of Python
 * files with python3's symtable module, e.g. CPython's Lib/, then run
 * {@code java -cp target/classes:target/test-classes org.taipan.compiler.LibCheck FILE}.
 */
public final class LibCheck {
    private LibCheck() {}

    public static void main(String[] args) throws IOException {
        // --parse: parse the file named in each case ("#### S PATH") with Taipan's parser instead.
        boolean parse = args[0].equals("--parse");
        Path file = Path.of(args[parse ? 1 : 0]);
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (SymtableTest.Case c : SymtableTest.cases(file)) {
            n++;
            try {
                Mod mod = (Mod) AstReader.read(c.ast());
                if (parse) {
                    byte[] src = Files.readAllBytes(Path.of(c.name().substring(2)));
                    Mod taipan = FrontEnd.parse(src, "x.py", "exec");
                    if (!AstDump.dump(taipan, true).equals(AstDump.dump(mod, true))) {
                        failures.add(c.name() + ": Taipan's parser gives a different tree");
                        continue;
                    }
                    mod = taipan;
                }
                if (c.name().startsWith("E ")) {
                    String got;
                    try {
                        CompileChecks.run(mod, "x.py");
                        got = "ok";
                    } catch (PySyntaxError e) {
                        got = e.summary();
                    }
                    if (!got.equals(c.expected().get(0))) {
                        failures.add(c.name() + ": got " + got + ", expected " + c.expected().get(0));
                    }
                } else {
                    List<String> got = SymtableDump.dump(CompileChecks.check(mod, "x.py", null));
                    if (!got.equals(c.expected())) {
                        failures.add(c.name() + ": " + SymtableTest.firstDifference(c.expected(), got));
                    }
                }
            } catch (RuntimeException e) {
                failures.add(c.name() + ": " + e);
            }
        }
        failures.forEach(System.out::println);
        System.out.println((n - failures.size()) + "/" + n + " match");
    }
}
