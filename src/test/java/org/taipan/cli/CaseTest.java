package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.modules.Console;
import org.taipan.vm.Interpreter;

/**
 * The conformance cases: every tests/cases/AREA/NAME.py runs in-process and must print exactly
 * what CPython printed (NAME.out) and, when CPython exited non-zero, end the same way (NAME.err:
 * exit status and the last line of stderr). tests/cases/known-failures.txt lists cases expected
 * to fail; they are counted, and one that passes must be taken off the list.
 */
class CaseTest {
    private static final Path ROOT = Path.of("tests", "cases");
    private static final AtomicInteger passed = new AtomicInteger(), known = new AtomicInteger(),
            failed = new AtomicInteger();
    private static final long TIMEOUT_MS = 20_000;

    static {
        // sys.executable for cases that start Taipan as a child process (subprocess): the
        // classes under test, run as the ./taipan launcher would run the jar.
        if (System.getProperty("taipan.executable") == null) {
            try {
                Path exe = Path.of("target", "case-taipan").toAbsolutePath();
                Files.writeString(exe, "#!/bin/sh\nexec '" + System.getProperty("java.home") + "/bin/java'"
                        + " -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dtaipan.tty=00 -Dtaipan.executable='" + exe
                        + "' -cp '" + System.getProperty("java.class.path") + "' org.taipan.cli.Main \"$@\"\n");
                exe.toFile().setExecutable(true);
                System.setProperty("taipan.executable", exe.toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        Map<String, String> knownFailures = knownFailures();
        List<DynamicTest> tests = new ArrayList<>();
        if (!Files.isDirectory(ROOT)) {
            return Stream.empty();
        }
        try (Stream<Path> areas = Files.list(ROOT)) {
            for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(area)) {
                    for (Path py : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                        String id = ROOT.relativize(py).toString().replace('\\', '/');
                        tests.add(DynamicTest.dynamicTest(id, () -> check(py, id, knownFailures.get(id))));
                    }
                }
            }
        }
        return tests.stream();
    }

    /**
     * Every case again with each code object compiled by the JIT tier at its first call, so the
     * compiled code is held to CPython's output on the whole suite, not only on hot code.
     */
    @TestFactory
    Stream<DynamicTest> casesCompiled() throws IOException {
        Map<String, String> knownFailures = knownFailures();
        return cases().filter(t -> !knownFailures.containsKey(t.getDisplayName())).map(t ->
                DynamicTest.dynamicTest(t.getDisplayName() + " [compiled]", () -> {
                    org.taipan.vm.Jit.setThreshold(0);
                    try {
                        String problem = run(ROOT.resolve(t.getDisplayName()));
                        if (problem != null) {
                            fail("with the JIT: " + problem);
                        }
                    } finally {
                        org.taipan.vm.Jit.setThreshold(-1);
                    }
                }));
    }

    private static void check(Path py, String id, String knownReason) throws Exception {
        String problem = run(py);
        if (knownReason != null) {
            if (problem == null) {
                failed.incrementAndGet();
                fail(id + " passes now: remove it from tests/cases/known-failures.txt");
            }
            known.incrementAndGet();
            Assumptions.abort("known failure: " + knownReason);
        }
        if (problem != null) {
            failed.incrementAndGet();
            fail(problem);
        }
        passed.incrementAndGet();
    }

    /** Runs one case; returns null when it behaved as CPython did, else what differed. */
    private static String run(Path py) throws Exception {
        String base = py.toString().substring(0, py.toString().length() - 3);
        String expectedOut = Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8);
        Path errFile = Path.of(base + ".err");
        int expectedStatus = 0;
        String expectedLast = null;
        if (Files.exists(errFile)) {
            String[] lines = Files.readString(errFile, StandardCharsets.UTF_8).split("\n");
            expectedStatus = Integer.parseInt(lines[0].substring("exit ".length()));
            expectedLast = lines.length > 1 ? lines[1] : "";
        }
        byte[] source = Files.readAllBytes(py);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int[] status = {-1};
        Throwable[] crash = {null};
        Thread t = new Thread(null, () -> {
            Console.redirect(out, err);
            try {
                Interpreter interp = new Interpreter();
                // sys.path[0] is the case's directory, as for `python3 NAME.py` run there (imports of its modules)
                org.taipan.objects.Abstract.setItem(interp.sysAttr("path"), org.taipan.objects.PyInt.of(0),
                        org.taipan.objects.PyStr.of(py.toAbsolutePath().getParent().toString()));
                // and the current directory too, as regen runs CPython there (relative file names resolve)
                org.taipan.modules.os.Cwd.set(interp, py.toAbsolutePath().getParent());
                // the absolute name, as CPython gives __file__ and co_filename of the main script
                status[0] = ScriptRunner.run(interp, source, py.toAbsolutePath().toString());
            } catch (Throwable e) {
                crash[0] = e;
            } finally {
                Console.reset();
            }
        }, "case", 1L << 29);
        t.setDaemon(true);
        t.start();
        t.join(TIMEOUT_MS);
        if (t.isAlive()) {
            return "timed out after " + TIMEOUT_MS / 1000 + " s";
        }
        if (crash[0] != null) {
            return "Java exception escaped: " + crash[0];
        }
        String[] errLines = err.toString().split("\n");
        String last = errLines.length == 0 ? "" : errLines[errLines.length - 1];
        if (!out.toString().equals(expectedOut)) {
            return "stdout differs\n--- expected\n" + expectedOut + "--- got\n" + out + "--- stderr\n" + err;
        }
        if (status[0] != expectedStatus) {
            return "exit status " + status[0] + ", expected " + expectedStatus + "\n--- stderr\n" + err;
        }
        if (expectedLast != null && !last.equals(expectedLast)) {
            return "last line of stderr differs\n--- expected\n" + expectedLast + "\n--- got\n" + last;
        }
        return null;
    }

    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> m = new HashMap<>();
        Path p = ROOT.resolve("known-failures.txt");
        if (Files.exists(p)) {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+", 2);
                m.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return m;
    }

    @AfterAll
    static void summary() {
        System.out.println("conformance cases: " + passed + " passed, " + known + " known failures, " + failed
                + " failed");
    }
}
