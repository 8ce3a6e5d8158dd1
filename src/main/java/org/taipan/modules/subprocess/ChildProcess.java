package org.taipan.modules.subprocess;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.taipan.objects.Errors;
import org.taipan.objects.Ids;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.vm.ThreadState;

/**
 * {@code _subprocess.Process}: a started child. {@code poll()} and {@code wait(timeout)} give
 * its exit status as CPython reports it (minus the signal number for a child a signal killed;
 * Java reports those as 128 + the number, as a shell does, so 129–159 are read that way);
 * {@code signal(n)} sends it a signal.
 */
final class ChildProcess extends PyObject {
    static final PyType TYPE = PyType.builtin("_subprocess.Process", ChildProcess.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> PyStr.of("<_subprocess.Process pid=" + ((ChildProcess) self).proc.pid() + " at "
                + Ids.address(self) + ">");
    }, t -> {
        t.method("poll", self -> ((ChildProcess) self).poll());
        t.method("wait", (self, timeout) -> ((ChildProcess) self).waitFor(timeout));
        t.method("signal", (self, sig) -> ((ChildProcess) self).signal((int) Seq.asSsize(sig)));
    });

    private final Process proc;
    private final List<Pump> pumps;

    ChildProcess(Process proc, List<Pump> pumps) {
        this.proc = proc;
        this.pumps = pumps;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject poll() {
        if (proc.isAlive()) {
            return PyNone.INSTANCE;
        }
        // the child has gone; its output may still be on its way through a copying thread
        return waitFor(PyNone.INSTANCE);
    }

    /** The status, or None when {@code timeout} seconds (None: no limit) passed first. */
    private PyObject waitFor(PyObject timeout) {
        long nanos = -1;
        if (timeout != PyNone.INSTANCE) {
            double s = timeout instanceof PyFloat f ? f.value() : Seq.asSsize(timeout);
            nanos = s <= 0 ? 0 : (long) Math.min(s * 1e9, Long.MAX_VALUE / 2);
        }
        long deadline = System.nanoTime() + nanos;
        while (true) {
            long left = nanos < 0 ? -1 : Math.max(0, deadline - System.nanoTime());
            Boolean done = ThreadState.blocking(() -> {
                try {
                    if (left < 0) {
                        proc.waitFor();
                    } else if (!proc.waitFor(left, TimeUnit.NANOSECONDS)) {
                        return false;
                    }
                    for (Pump p : pumps) {
                        if (p.fromChild()) {
                            p.join();
                        }
                    }
                    return true;
                } catch (InterruptedException e) {
                    return null;
                }
            });
            if (done == null) {
                ThreadState.pollInterrupt(); // Ctrl-C woke us: KeyboardInterrupt, else wait on
                continue;
            }
            if (!done) {
                return PyNone.INSTANCE;
            }
            break;
        }
        return PyInt.of(status(proc.exitValue()));
    }

    static int status(int javaExit) {
        return javaExit > 128 && javaExit < 128 + 32 ? 128 - javaExit : javaExit;
    }

    private PyObject signal(int sig) {
        if (!proc.isAlive()) {
            return PyNone.INSTANCE;
        }
        // Through the handle: Process.destroy would also close our ends of the pipes, where
        // CPython lets the program read what the child wrote before it died.
        if (sig == 15) {
            proc.toHandle().destroy();
        } else if (sig == 9) {
            proc.toHandle().destroyForcibly();
        } else {
            // Java can send only those two; kill(1) sends the rest.
            try {
                Process k = new ProcessBuilder("kill", "-" + sig, Long.toString(proc.pid()))
                        .redirectErrorStream(true).start();
                k.getInputStream().readAllBytes();
                if (ThreadState.blocking(k::waitFor) != 0) {
                    throw SubprocessModule.osError(22, "Invalid argument", null);
                }
            } catch (IOException | InterruptedException e) {
                throw SubprocessModule.osError(1, "Operation not permitted", null);
            }
        }
        return PyNone.INSTANCE;
    }
}
