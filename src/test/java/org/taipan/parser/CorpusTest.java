package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.cli.FrontEnd;
import org.taipan.parser.ast.AstDump;
import org.taipan.parser.ast.Mod;

/**
 * The parser conformance corpus under tests/parser (see its README): each valid file must
 * parse to CPython's dump and pass the compile-time checks; each invalid file must raise the
 * SyntaxError compile() raises, reported as {@code python3 NAME.py} reports it. Entries of
 * known-failures.txt are expected to fail; one that passes is a failure until it is removed.
 */
class CorpusTest {
    private static final Path ROOT = Path.of("tests", "parser");
    private static final long TIME_LIMIT_SECONDS = 20;

    private int passed;
    private int known;
    private int failed;

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        Map<String, String> knownFailures = readKnownFailures();
        List<DynamicTest> tests = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (String folder : List.of("valid", "invalid")) {
            Path dir = ROOT.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> folder + "/" + p.getFileName())
                        .filter(n -> n.endsWith(".py")).sorted().forEach(cases::add);
            }
        }
        for (String name : knownFailures.keySet()) {
            if (!cases.contains(name)) {
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    failed++;
                    fail("known-failures.txt names " + name + ", which is not in the corpus");
                }));
            }
        }
        for (String name : cases) {
            tests.add(DynamicTest.dynamicTest(name, () -> check(name, knownFailures.get(name))));
        }
        tests.add(DynamicTest.dynamicTest("summary", () -> System.out.println(
                "parser corpus: " + passed + " passed, " + known + " known failures, " + failed + " failed")));
        return tests.stream();
    }

    private static Map<String, String> readKnownFailures() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        Path f = ROOT.resolve("known-failures.txt");
        if (!Files.exists(f)) {
            return m;
        }
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+", 2);
            String name = parts[0].startsWith("tests/parser/") ? parts[0].substring(13) : parts[0];
            m.put(name, parts.length > 1 ? parts[1] : "(no reason given)");
        }
        return m;
    }

    private void check(String name, String knownReason) {
        String problem = runWithTimeLimit(name);
        if (problem == null) {
            if (knownReason != null) {
                failed++;
                fail(name + " passes now: remove it from known-failures.txt");
            }
            passed++;
        } else if (knownReason != null) {
            known++;
            Assumptions.abort(name + ": known failure (" + knownReason + "): " + problem);
        } else {
            failed++;
            fail(name + ": " + problem);
        }
    }

    /** Runs one case on its own thread so that a hang is reported rather than waited for. */
    private static String runWithTimeLimit(String name) {
        FutureTask<String> task = new FutureTask<>(() -> runCase(name));
        Thread t = new Thread(null, task, "corpus " + name, 512L << 20);
        t.setDaemon(true);
        t.start();
        try {
            return task.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            return "no result after " + TIME_LIMIT_SECONDS + " s (hang?)";
        } catch (ExecutionException e) {
            return "Java exception escaped: " + stackTrace(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Null when the case passes, else what went wrong. */
    private static String runCase(String name) throws IOException {
        Path py = ROOT.resolve(name);
        byte[] source = Files.readAllBytes(py);
        String filename = py.getFileName().toString();
        if (name.startsWith("valid/")) {
            Path dumpFile = ROOT.resolve(name.substring(0, name.length() - 3) + ".dump");
            if (!Files.exists(dumpFile)) {
                return "no " + dumpFile.getFileName() + " (run tests/parser/regen)";
            }
            String expected = Files.readString(dumpFile, StandardCharsets.UTF_8);
            Mod mod;
            try {
                mod = FrontEnd.parse(source, filename, "exec");
            } catch (PySyntaxError e) {
                return "rejected a valid file: " + e.summary();
            }
            String got = AstDump.dump(mod, true) + "\n";
            if (!got.equals(expected)) {
                return "dump differs " + firstDifference(expected, got);
            }
            try {
                FrontEnd.checks(mod, source, filename);
            } catch (PySyntaxError e) {
                return "compile-time checks reject a valid file: " + e.summary();
            }
            return null;
        }
        Path errFile = ROOT.resolve(name.substring(0, name.length() - 3) + ".err");
        if (!Files.exists(errFile)) {
            return "no " + errFile.getFileName() + " (run tests/parser/regen)";
        }
        String err = Files.readString(errFile, StandardCharsets.UTF_8);
        int nl = err.indexOf('\n');
        String expectedSummary = err.substring(0, nl);
        String expectedReport = withBareFilename(err.substring(nl + 1), filename);
        PySyntaxError e;
        try {
            Mod mod = FrontEnd.parse(source, filename, "exec");
            FrontEnd.checks(mod, source, filename);
            return "accepted an invalid file (expected " + expectedSummary + ")";
        } catch (PySyntaxError x) {
            e = x;
        }
        if (!e.summary().equals(expectedSummary)) {
            return "wrong error:\n  expected " + expectedSummary + "\n  got      " + e.summary();
        }
        String report = e.format();
        if (!report.equals(expectedReport)) {
            return "summary right, report differs:\n--- expected\n" + expectedReport + "--- got\n" + report;
        }
        return null;
    }

    /**
     * python3 reports a script by its absolute path, which depends on where the corpus was
     * generated; the report is compared with the path cut down to the file's name.
     */
    static String withBareFilename(String report, String filename) {
        Matcher m = Pattern.compile("[^\\s\"']*/" + Pattern.quote(filename) + "(?![\\w.])").matcher(report);
        return m.replaceAll(Matcher.quoteReplacement(filename));
    }

    private static String firstDifference(String expected, String got) {
        int i = 0;
        int n = Math.min(expected.length(), got.length());
        while (i < n && expected.charAt(i) == got.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 150);
        return "at character " + i + ":\n  expected ..." + expected.substring(from, Math.min(expected.length(), i + 150))
                + "\n  got      ..." + got.substring(from, Math.min(got.length(), i + 150));
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 3000 ? s.substring(0, 3000) + "..." : s;
    }
}
