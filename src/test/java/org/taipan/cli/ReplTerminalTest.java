package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interactive prompt on a real terminal, used as a person would: Taipan runs in a tmux
 * pane, keys are sent with send-keys and the screen is read with capture-pane. Skipped only
 * when tmux is not installed. The test has a tmux server of its own (its socket in the test's
 * directory), so that it neither sees nor disturbs anyone else's sessions.
 */
class ReplTerminalTest {
    private final String session = "taipan-repl-" + ProcessHandle.current().pid();
    private Path home;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(tmuxPresent(), "tmux is not installed");
        home = Files.createTempDirectory("taipan-repl-home");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "HOME=" + home + " exec " + java + " -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "
                + System.getProperty("java.class.path") + " org.taipan.cli.Main";
        tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "40", cmd);
        tmux("set-option", "-t", session, "remain-on-exit", "on");
        screen(s -> s.contains(">>>"), "the banner and the first prompt");
    }

    @AfterEach
    void stop() throws Exception {
        if (home != null) {
            tmux("kill-server");
            try (var files = Files.walk(home)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void sessionAsAPersonUsesIt() throws Exception {
        String s = screen(x -> x.contains("Type \"help\""), "the banner");
        assertTrue(s.startsWith("Python 3.11.7 (Taipan "), s);

        type("6 * 7");
        screen(x -> x.contains(">>> 6 * 7\n42\n>>>"), "an expression's value echoed");
        type("_ + 1");
        screen(x -> x.contains("43\n>>>"), "_ holding the last value");

        type("def f(x):");
        screen(x -> x.endsWith("\n..."), "the continuation prompt");
        type("    return x * 3");
        screen(x -> x.endsWith("return x * 3\n..."), "the continuation prompt again");
        type("");
        screen(x -> x.endsWith("\n...\n>>>"), "the end of the block");
        type("f(5)");
        screen(x -> x.contains("15\n>>>"), "a function defined over several lines");

        type("1/0");
        screen(x -> x.contains("ZeroDivisionError: division by zero\n>>>"), "a traceback that does not end the session");

        // Tab completion of a name, then of attributes.
        keys("impo", "Tab");
        screen(x -> x.endsWith(">>> import"), "completion of a keyword");
        type("sys");
        screen(x -> x.endsWith(">>> import sys\n>>>"), "the prompt after an import");
        keys("sys.vers", "Tab");
        screen(x -> x.contains("\n>>> sys.version\n") && lastLine(x).contains("sys.version_info"),
                "completion of an attribute, and the candidates");
        keys("_i", "Tab", "Enter");
        screen(x -> x.contains("sys.version_info(major=3, minor=11") && x.endsWith(">>>"),
                "the completed attribute evaluated");

        // History: the up arrow brings back the line before.
        keys("Up", "Enter");
        screen(x -> count(x, "sys.version_info(major=3") >= 2 && x.endsWith(">>>"), "a line recalled from history");

        // Ctrl-C at the prompt drops the line; Ctrl-C in a running loop raises KeyboardInterrupt in it.
        keys("abc");
        screen(x -> x.endsWith(">>> abc"), "a line being typed");
        keys("C-c");
        screen(x -> x.contains(">>> abc\nKeyboardInterrupt\n>>>"), "Ctrl-C at the prompt");
        type("while True: pass");
        screen(x -> x.endsWith("while True: pass\n..."), "the loop's continuation prompt");
        type("");
        Thread.sleep(1500);
        keys("C-c");
        screen(x -> x.contains("  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n>>>"),
                "Ctrl-C interrupting running code");
        type("print('still', 'here')");
        screen(x -> x.contains("still here\n>>>"), "the session going on after Ctrl-C");

        // Ctrl-D on an empty line ends the session (exit status 0) and saves the history.
        keys("C-d");
        String end = ended();
        assertTrue(end.contains("status 0"), end);
        List<String> history = Files.readAllLines(home.resolve(".taipan_history"), StandardCharsets.UTF_8);
        assertTrue(history.stream().anyMatch(l -> l.contains("6 * 7")), history.toString());
    }

    private void type(String line) throws Exception {
        if (!line.isEmpty()) {
            tmux("send-keys", "-t", session, "-l", line);
        }
        tmux("send-keys", "-t", session, "Enter");
    }

    private void keys(String... keys) throws Exception {
        for (String k : keys) {
            List<String> cmd = new ArrayList<>(List.of("send-keys", "-t", session));
            if (k.length() > 1 && (Character.isUpperCase(k.charAt(0)) || k.startsWith("C-"))) {
                cmd.add(k);
            } else {
                cmd.add("-l");
                cmd.add(k);
            }
            tmux(cmd.toArray(new String[0]));
        }
    }

    /** Waits (up to 90 s: CI machines can be slow) until the screen satisfies {@code ok}; returns it. */
    private String screen(Predicate<String> ok, String what) throws Exception {
        String s = "";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            s = tmux("capture-pane", "-p", "-t", session, "-S", "-200").stripTrailing();
            if (ok.test(s)) {
                return s;
            }
            Thread.sleep(100);
        }
        fail("waiting for " + what + "; the screen shows:\n" + s);
        return s;
    }

    /**
     * Waits for tmux to report the end of the pane's process, with its exit status. tmux built
     * with libutempter (Debian's is) can miss the process's SIGCHLD: when the session leader
     * exits, its terminal is hung up first; tmux, reading the hang-up, runs the utempter helper
     * with SIGCHLD set to SIG_DFL, and a SIGCHLD arriving meanwhile is discarded, so the exited
     * process stays an unreaped zombie and "Pane is dead" never shows (tmux issue 311; here it
     * happens in one run out of a few, to any program: `cat` and CPython as well). So, while
     * waiting, the server is asked every second to look for exited children again: a SIGCHLD,
     * on which it calls waitpid and reports the status it gets from the kernel.
     */
    private String ended() throws Exception {
        String pid = tmux("display-message", "-p", "-t", session, "#{pid}").strip();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String s = "";
        for (int i = 1; System.nanoTime() < deadline; i++) {
            s = tmux("capture-pane", "-p", "-t", session, "-S", "-200").stripTrailing();
            if (s.contains("Pane is dead")) {
                return s;
            }
            if (i % 10 == 0) {
                new ProcessBuilder("kill", "-CHLD", pid).redirectErrorStream(true).start().waitFor();
            }
            Thread.sleep(100);
        }
        fail("waiting for the end of the session; the screen shows:\n" + s);
        return s;
    }

    private static String lastLine(String s) {
        return s.substring(s.lastIndexOf('\n') + 1);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static boolean tmuxPresent() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-f", "/dev/null", "-S", home.resolve("tmux").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertEquals(true, p.exitValue() == 0 || args[0].equals("kill-server"), "tmux " + String.join(" ", args) + ": " + out);
        return out;
    }
}
