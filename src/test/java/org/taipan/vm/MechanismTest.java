package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.cli.ScriptRunner;
import org.taipan.modules.Console;

/**
 * Programs exercising one VM mechanism each (generators and their send/throw/close, coroutines
 * and async generators, the with statement, class building with metaclasses and zero-argument
 * super(), except*, traceback reports). Each src/test/resources/vm/NAME.py must print what
 * CPython printed (NAME.out) and, if NAME.err exists, end with its exit status and exactly its
 * stderr (the directory shown as DIR). Each gets a fresh temporary directory as sys.argv[1].
 * The expected files come from the regen script there.
 */
class MechanismTest {
    private static final Path DIR = Path.of("src", "test", "resources", "vm").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path py : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(py.getFileName().toString(), () -> check(py)));
            }
        }
        return tests.stream();
    }

    private static void check(Path py) throws Exception {
        String base = py.toString().substring(0, py.toString().length() - 3);
        String expectedOut = Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8);
        Path errFile = Path.of(base + ".err");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "exit 0\n";
        StringWriter out = new StringWriter(), err = new StringWriter();
        int[] status = {-1};
        Thread t = new Thread(null, () -> {
            Console.redirect(out, err);
            try {
                Path tmp = Files.createTempDirectory("taipan-vm");
                status[0] = ScriptRunner.run(new Interpreter(List.of(py.toString(), tmp.toString())),
                        Files.readAllBytes(py), py.toString());
            } catch (IOException e) {
                throw new RuntimeException(e);
            } finally {
                Console.reset();
            }
        }, "mechanism", 1L << 28);
        t.start();
        t.join(60_000);
        assertEquals(expectedOut, out.toString(), "stdout of " + py.getFileName());
        assertEquals(expectedErr, "exit " + status[0] + "\n" + err.toString().replace(DIR + "/", "DIR/"),
                "exit status and stderr of " + py.getFileName());
    }
}
