package org.taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.parser.Parser;
import org.taipan.parser.ast.Mod;

/**
 * Each program in src/test/resources/codegen/cases compiles to CPython 3.11's code objects:
 * the listing of Taipan's CodeUnit equals the one the regen script wrote from CPython. The AST
 * comes from CPython too (the .ast file), so this tests the code generator alone.
 */
class CodeGenCasesTest {
    static final Path CASES = Path.of("src/test/resources/codegen/cases");

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(CASES)) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    /** The same programs parsed by Taipan's parser: tests parser and code generator together. */
    @TestFactory
    Stream<DynamicTest> parsedCases() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(CASES)) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        return files.stream().map(p -> DynamicTest.dynamicTest("parsed " + p.getFileName(), () -> {
            String base = p.toString().substring(0, p.toString().length() - 3);
            String expected = Files.readString(Path.of(base + ".txt"), StandardCharsets.UTF_8);
            assertEquals(expected, compileListing(p, true));
        }));
    }

    static String compileListing(Path py) throws IOException {
        return compileListing(py, false);
    }

    /** Taipan's listing for a case; the AST from CPython's .ast file, or from Taipan's parser. */
    static String compileListing(Path py, boolean parse) throws IOException {
        String base = py.toString().substring(0, py.toString().length() - 3);
        String first = Files.readString(py, StandardCharsets.ISO_8859_1).split("\n", 2)[0];
        String mode = "exec";
        int optimize = 0;
        if (first.startsWith("# mode:")) {
            mode = first.substring(7).trim();
        }
        if (first.startsWith("# optimize:")) {
            optimize = Integer.parseInt(first.substring(11).trim());
        }
        int flags = 0;
        if (first.startsWith("# flags:")) {
            flags = Integer.decode(first.substring(8).trim());
        }
        String filename = py.getFileName().toString();
        Mod mod = parse ? Parser.parse(Files.readAllBytes(py), filename, mode)
                : CodeGenAstJson.load(Files.readString(Path.of(base + ".ast")));
        CodeUnit co = Compiler.compile(mod, filename, mode, flags, optimize);
        return CodeGenListing.of(co);
    }

    private static void check(Path py) throws IOException {
        String base = py.toString().substring(0, py.toString().length() - 3);
        String expected = Files.readString(Path.of(base + ".txt"), StandardCharsets.UTF_8);
        assertEquals(expected, compileListing(py));
    }
}
