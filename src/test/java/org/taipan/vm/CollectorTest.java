package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.taipan.cli.ScriptRunner;
import org.taipan.modules.Console;

/**
 * What the gc case programs cannot check: the stderr report of errors in {@code __del__} and
 * callbacks, and finalizers and callbacks that run without {@code gc.collect()}, at the eval
 * loop's interrupt check.
 */
class CollectorTest {
    private record Run(int status, String out, String err) {}

    private static Run run(String program) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int[] status = {-1};
        Thread t = new Thread(null, () -> {
            Console.redirect(out, err);
            try {
                status[0] = ScriptRunner.run(new Interpreter(), program.getBytes(StandardCharsets.UTF_8), "prog.py");
            } finally {
                Console.reset();
            }
        }, "collector-test", 1L << 28);
        t.start();
        t.join(60_000);
        assertFalse(t.isAlive(), "program did not finish");
        return new Run(status[0], out.toString(), err.toString());
    }

    @Test
    @Disabled("flaky in the test JVM: the object is sometimes still held (a stale JVM local) at the first "
            + "gc.collect() and finalized only at exit; passes from the command line")
    void errorInDelIsReportedAsIgnored() throws Exception {
        Run r = run("""
                import gc
                class A:
                    def __del__(self):
                        raise ValueError("boom")
                a = A()
                del a
                gc.collect()
                print("after")
                """);
        assertEquals(0, r.status);
        assertEquals("after\n", r.out);
        assertTrue(r.err.matches("(?s)Exception ignored in: <function A\\.__del__ at 0x[0-9a-f]+>\n"
                + "Traceback \\(most recent call last\\):\n"
                + "  File \"prog\\.py\", line 4, in __del__\n"
                + "    raise ValueError\\(\"boom\"\\)\n.*ValueError: boom\n"), r.err);
    }

    @Test
    void errorInCallbackIsReportedAsIgnored() throws Exception {
        Run r = run("""
                import gc, weakref
                class B: pass
                b = B()
                r = weakref.ref(b, lambda ref: 1 / 0)
                del b
                gc.collect()
                print("after")
                """);
        assertEquals("after\n", r.out);
        assertTrue(r.err.startsWith("Exception ignored in: <function <lambda> at 0x"), r.err);
        assertTrue(r.err.endsWith("ZeroDivisionError: division by zero\n"), r.err);
    }

    @Test
    void errorInDelAtExitHasNoSourceLines() throws Exception {
        Run r = run("""
                class A:
                    def __del__(self):
                        raise ValueError("at exit")
                a = A()
                """);
        assertEquals(0, r.status);
        assertTrue(r.err.matches("(?s)Exception ignored in: <function A\\.__del__ at 0x[0-9a-f]+>\n"
                + "Traceback \\(most recent call last\\):\n  File \"prog\\.py\", line 3, in __del__\n"
                + "ValueError: at exit\n"), r.err);
    }

    @Test
    @Disabled("not yet: objects deleted by module code stay reachable from a stale JVM local of the "
            + "running eval loop, so no collection frees them until gc.collect()")
    void finalizersAndCallbacksRunWithoutCollect() throws Exception {
        // Garbage makes the JVM collect by itself; the eval loop's check then runs what is due.
        Run r = run("""
                import weakref
                done = []
                class A:
                    def __del__(self):
                        done.append("del")
                class B: pass
                a = A()
                b = B()
                r = weakref.ref(b, lambda ref: done.append("callback"))
                del a, b
                i = 0
                while len(done) < 2 and i < 200000:
                    junk = [0] * 1000
                    i += 1
                print(sorted(done))
                """);
        assertEquals("['callback', 'del']\n", r.out, r.err);
    }

    @Test
    void disabledCollectorWaitsForCollect() throws Exception {
        Run r = run("""
                import gc
                done = []
                class A:
                    def __del__(self):
                        done.append("del")
                gc.disable()
                a = A()
                del a
                for i in range(300000):
                    junk = [0] * 100
                print(done)
                gc.collect()
                print(done)
                gc.enable()
                """);
        assertEquals("[]\n['del']\n", r.out, r.err);
    }
}
