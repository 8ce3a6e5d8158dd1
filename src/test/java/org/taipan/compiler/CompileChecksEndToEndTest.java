package org.taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taipan.cli.FrontEnd;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.AstDump;
import org.taipan.parser.ast.Mod;

/**
 * The error cases of {@link SymtableTest} through Taipan's own parser, with the source text:
 * same errors, and {@code text} is the error's source line. Cases where Taipan's parser does
 * not yet produce CPython's tree are the parser's business (its corpus tests them): they are
 * listed, not failed.
 */
class CompileChecksEndToEndTest {
    @Test
    void errorsThroughTaipansParser() throws IOException {
        Map<String, String> sources = sources("errors.txt");
        List<String> failures = new ArrayList<>();
        List<String> parserDiffers = new ArrayList<>();
        List<SymtableTest.Case> cases = SymtableTest.cases("errors.expected");
        for (SymtableTest.Case c : cases) {
            String src = sources.get(c.name());
            String mode = SymtableTest.mode(c.name());
            Mod mod;
            try {
                mod = FrontEnd.parse(src, "x.py", mode);
                if (!AstDump.dump(mod, true).equals(AstDump.dump(AstReader.read(c.ast()), true))) {
                    parserDiffers.add(c.name() + " (different tree)");
                    continue;
                }
            } catch (RuntimeException e) {
                parserDiffers.add(c.name() + " (" + e + ")");
                continue;
            }
            String expected = c.expected().get(0);
            try {
                CompileChecks.check(mod, "x.py", src, SymtableTest.flags(c.name()), SymtableTest.optimize(c.name()));
                if (!expected.equals("ok")) {
                    failures.add(c.name() + ": no error, expected " + expected);
                }
            } catch (PySyntaxError e) {
                String line = e.lineno >= 1 ? src.split("(?<=\n)", -1)[e.lineno - 1] : null;
                if (!e.summary().equals(expected)) {
                    failures.add(c.name() + ": got " + e.summary() + ", expected " + expected);
                } else if (line == null ? e.text != null : !line.equals(e.text)) {
                    failures.add(c.name() + ": text " + e.text + ", expected " + line);
                }
            }
        }
        if (!parserDiffers.isEmpty()) {
            System.out.println("compile errors end to end: the parser differs from CPython on "
                    + parserDiffers.size() + " cases: " + String.join(", ", parserDiffers));
        }
        SymtableTest.report("compile errors end to end", cases.size() - parserDiffers.size(), failures);
    }

    /** The case sources of a .txt file, by name. */
    static Map<String, String> sources(String file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder src = new StringBuilder();
        for (String line : Files.readAllLines(SymtableTest.DIR.resolve(file))) {
            if (line.startsWith("#### ")) {
                if (name != null) {
                    out.put(name, src.toString());
                }
                name = line.substring(5).strip();
                src.setLength(0);
            } else {
                src.append(line).append('\n');
            }
        }
        if (name != null) {
            out.put(name, src.toString());
        }
        return out;
    }
}
