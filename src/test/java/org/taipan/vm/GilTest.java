package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.taipan.cli.ScriptRunner;
import org.taipan.modules.Console;

/**
 * What the threading cases cannot check: Ctrl-C waking the main thread from a lock wait (the
 * cases have no real signal), the report of an uncaught exception on the real stderr, and
 * threads that end with their interpreter.
 */
class GilTest {
    private record Run(int status, String out, String err) {}

    private static Run run(String program, Runnable meanwhile) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int[] status = {-1};
        Thread t = new Thread(null, () -> {
            Console.redirect(out, err);
            try {
                status[0] = ScriptRunner.run(new Interpreter(), program.getBytes(StandardCharsets.UTF_8), "prog.py");
            } finally {
                Console.reset();
            }
        }, "gil-test", 1L << 28);
        t.start();
        if (meanwhile != null) {
            meanwhile.run();
        }
        t.join(60_000);
        assertFalse(t.isAlive(), "program did not finish");
        return new Run(status[0], out.toString(), err.toString());
    }

    private static long pythonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("python-thread") && t.isAlive()).count();
    }

    @Test
    void ctrlCWakesTheMainThreadFromALockWait() throws Exception {
        long t0 = System.nanoTime();
        Run r = run("""
                import threading, sys
                lock = threading.Lock()
                lock.acquire()
                helper = threading.Thread(target=lambda: lock.acquire(timeout=2), daemon=True)
                helper.start()
                print("waiting", flush=True)
                try:
                    lock.acquire(timeout=30)
                    print("not interrupted")
                except KeyboardInterrupt:
                    print("KeyboardInterrupt", lock.locked())
                """, () -> {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                    ThreadState.signalInterrupt();
                });
        assertEquals("waiting\nKeyboardInterrupt True\n", r.out, r.err);
        assertTrue(System.nanoTime() - t0 < 20e9, "the wait was not woken");
    }

    @Test
    void uncaughtExceptionInAThreadIsReportedOnStderr() throws Exception {
        Run r = run("""
                import threading
                def work():
                    raise ValueError("boom")
                t = threading.Thread(target=work, name="worker")
                t.start()
                t.join(20)
                print("joined", t.is_alive())
                """, null);
        assertEquals(0, r.status);
        assertEquals("joined False\n", r.out);
        assertTrue(r.err.startsWith("Exception in thread worker:\nTraceback (most recent call last):\n"), r.err);
        assertTrue(r.err.contains("  File \"prog.py\", line 3, in work\n"), r.err);
        assertTrue(r.err.endsWith("ValueError: boom\n"), r.err);
    }

    @Test
    void daemonThreadsEndWithTheirInterpreter() throws Exception {
        long before = pythonThreads();
        Run r = run("""
                import threading
                def spin():
                    while True:
                        pass
                for _ in range(3):
                    threading.Thread(target=spin, daemon=True).start()
                print("started", threading.active_count())
                """, null);
        assertEquals("started 4\n", r.out, r.err);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (pythonThreads() > before && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(pythonThreads() <= before, "spinning daemon threads outlived their interpreter");
    }
}
