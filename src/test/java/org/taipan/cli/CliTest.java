package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The command line as a user meets it: each case of tests/cli/expected.txt (written by
 * tests/cli/regen from CPython) runs Taipan's Main in a new JVM, in tests/cli/files, with the
 * same arguments, environment and standard input, and must end with the same exit status,
 * stdout and stderr. Taipan is named "python3" there, as CPython was; CPython's build line in
 * the banner and its "Try `python -h'" are Taipan's own. Cases listed in
 * tests/cli/known-failures.txt are expected to differ (one that passes fails the run).
 */
class CliTest {
    static final Path FILES = Path.of("tests", "cli", "files").toAbsolutePath();

    record Case(String name, List<String> args, Map<String, String> env, String stdin, int status, String out,
            String err) {}

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        Path kf = Path.of("tests", "cli", "known-failures.txt");
        if (Files.exists(kf)) {
            for (String l : Files.readAllLines(kf)) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    int sp = l.indexOf(' ');
                    known.put(sp < 0 ? l : l.substring(0, sp), sp < 0 ? "" : l.substring(sp + 1));
                }
            }
        }
        return read().stream().map(c -> DynamicTest.dynamicTest(c.name, () -> {
            String problem = check(c);
            if (known.containsKey(c.name)) {
                if (problem == null) {
                    fail(c.name + " passes now: remove it from tests/cli/known-failures.txt");
                }
                Assumptions.abort("known failure: " + known.get(c.name));
            }
            if (problem != null) {
                fail(problem);
            }
        }));
    }

    private static String check(Case c) throws Exception {
        Result r = run(c.args, c.env, c.stdin);
        String expectedErr = normalise(c.err);
        String actualErr = normalise(r.err);
        if (c.status != r.status || !c.out.equals(r.out) || !expectedErr.equals(actualErr)) {
            return c.name + " differs from CPython\n--- expected (status " + c.status + ")\n" + c.out + "\n--- stderr\n"
                    + expectedErr + "\n--- actual (status " + r.status + ")\n" + r.out + "\n--- stderr\n" + actualErr
                    + "\n--- first difference: stdout at " + firstDifference(c.out, r.out) + ", stderr at "
                    + firstDifference(expectedErr, actualErr);
        }
        return null;
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i == a.length() && i == b.length() ? "none" : i + " (" + a.substring(i, Math.min(a.length(), i + 20))
                .replace("\n", "\\n") + " | " + b.substring(i, Math.min(b.length(), i + 20)).replace("\n", "\\n") + ")";
    }

    /** Text that rightly differs: the build line of the banner, the help hint's program name. */
    private static String normalise(String err) {
        return err.replaceAll("Python 3\\.11\\.7 \\([^\\n]* on linux", "Python 3.11.7 (BUILD) on linux")
                .replace("Try `python -h'", "Try `taipan -h'");
    }

    record Result(int status, String out, String err) {}

    /** Runs Main in a new JVM; stdout and stderr are read from files so that neither can block. */
    static Result run(List<String> args, Map<String, String> env, String stdin) throws Exception {
        Path dir = Files.createTempDirectory("taipan-cli");
        try {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss16m", "-cp", System.getProperty("java.class.path"),
                    "-Dtaipan.program=python3", "-Dtaipan.tty=00", "org.taipan.cli.Main"));
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(FILES.toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.environment().put("LC_ALL", "C.UTF-8");
            pb.environment().putAll(env);
            Path in = dir.resolve("in");
            Files.writeString(in, stdin);
            pb.redirectInput(in.toFile());
            pb.redirectOutput(dir.resolve("out").toFile());
            pb.redirectError(dir.resolve("err").toFile());
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "", "time-out");
            }
            String cwd = FILES.toString();
            return new Result(p.exitValue(), Files.readString(dir.resolve("out")).replace(cwd, "<cwd>"),
                    Files.readString(dir.resolve("err")).replace(cwd, "<cwd>"));
        } finally {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static List<Case> read() throws IOException {
        List<Case> cases = new ArrayList<>();
        String name = null, stdin = "", out = "", err = "";
        int status = 0;
        List<String> args = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        for (String l : Files.readAllLines(Path.of("tests", "cli", "expected.txt"), StandardCharsets.UTF_8)) {
            int sp = l.indexOf(' ');
            String key = sp < 0 ? l : l.substring(0, sp);
            String v = sp < 0 ? "" : unescape(l.substring(sp + 1));
            switch (key) {
                case "case" -> {
                    name = v;
                    args = new ArrayList<>();
                    env = new LinkedHashMap<>();
                }
                case "arg" -> args.add(v);
                case "env" -> env.put(v.substring(0, v.indexOf('=')), v.substring(v.indexOf('=') + 1));
                case "stdin" -> stdin = v;
                case "status" -> status = Integer.parseInt(v);
                case "out" -> out = v;
                case "err" -> err = v;
                case "end" -> cases.add(new Case(name, args, env, stdin, status, out, err));
                default -> {
                    if (!Set.of("#").contains(key)) {
                        throw new IOException("bad line in expected.txt: " + l);
                    }
                }
            }
        }
        assertEquals(false, cases.isEmpty());
        return cases;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
