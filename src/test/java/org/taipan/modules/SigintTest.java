package org.taipan.modules;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C as CPython 3.11 handles it, in a real process: KeyboardInterrupt is raised in the
 * running code (so finally blocks and atexit callbacks run), its traceback is printed, and the
 * process then dies of SIGINT (status 130 to a shell, -2 to Python's subprocess).
 */
class SigintTest {
    @TempDir
    Path dir;

    @Test
    void uncaughtKeyboardInterruptEndsByTheSignal() throws Exception {
        Path script = dir.resolve("spin.py");
        Files.writeString(script, String.join("\n",
                "import atexit, sys",
                "atexit.register(print, 'atexit ran')",
                "print('ready', flush=True)",
                "try:",
                "    while True:",
                "        pass",
                "finally:",
                "    print('finally ran')",
                ""));
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.taipan.cli.Main", script.toString());
        pb.environment().remove("PYTHONUNBUFFERED");
        Process p = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the process did not end after SIGINT");
            String rest = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("finally ran\natexit ran\n", rest);
            assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
            assertTrue(err.endsWith("\nKeyboardInterrupt\n"), err);
            assertEquals(130, p.exitValue(), "killed by SIGINT, as a Java Process reports it");
        } finally {
            p.destroyForcibly(); // a process that ignored the signal would spin on
        }
    }

    /** The same in compiled code: every code object compiled at its first call, the loop in a function. */
    @Test
    void compiledLoopIsInterruptedPromptly() throws Exception {
        Path script = dir.resolve("spin2.py");
        Files.writeString(script, String.join("\n",
                "def spin():",
                "    n = 0",
                "    while True:",
                "        n += 1",
                "        if n == 100000:",
                "            print('ready', flush=True)",
                "spin()",
                ""));
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.taipan.cli.Main", script.toString());
        pb.environment().put("TAIPAN_JIT_THRESHOLD", "0");
        Process p = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            Thread.sleep(500);
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the process did not end after SIGINT");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(err.contains("line 7, in <module>\n    spin()\n"), err);
            assertTrue(err.contains(", in spin\n") && err.endsWith("\nKeyboardInterrupt\n"), err);
            assertEquals(130, p.exitValue());
        } finally {
            p.destroyForcibly();
        }
    }
}
