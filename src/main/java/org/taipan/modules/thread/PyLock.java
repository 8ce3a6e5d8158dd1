package org.taipan.modules.thread;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.taipan.objects.ArgParser;
import org.taipan.objects.BuiltinMethod;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Ids;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.vm.ThreadState;

/**
 * {@code _thread.lock} ({@code _thread.allocate_lock()}, {@code threading.Lock}): a lock that
 * any thread may release. Its state is only changed holding the GIL; a thread that has to wait
 * for it releases the GIL meanwhile.
 */
final class PyLock extends PyObject {
    static final PyType TYPE = PyType.builtin("_thread.lock", PyLock.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> PyStr.of("<" + (((PyLock) self).isLocked() ? "locked" : "unlocked") + " _thread.lock object at "
                + Ids.address(self) + ">");
    }, t -> {
        BuiltinMethod.General acquire = (self, a, start, kw) -> PyBool.of(((PyLock) self).acquire(a, start, kw));
        t.method("acquire", acquire);
        t.method("acquire_lock", acquire);
        t.method("__enter__", acquire);
        t.method("release", self -> ((PyLock) self).release());
        t.method("release_lock", self -> ((PyLock) self).release());
        t.method("__exit__", (self, a, start, kw) -> ((PyLock) self).release());
        t.method("locked", self -> PyBool.of(((PyLock) self).isLocked()));
        t.method("locked_lock", self -> PyBool.of(((PyLock) self).isLocked()));
    });

    private static final ArgParser ACQUIRE = ArgParser.clinic("acquire", "blocking=True, timeout=-1");
    /** {@code _thread.TIMEOUT_MAX}: the longest timeout, in seconds (what fits in nanoseconds in a signed 64-bit int). */
    static final double TIMEOUT_MAX = 9223372036.0;

    private final Semaphore sem = new Semaphore(1);

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Releases the lock if it is held (a sentinel lock, as its thread ends). */
    void untake() {
        if (isLocked()) {
            sem.release();
        }
    }

    boolean isLocked() {
        return sem.availablePermits() == 0;
    }

    private boolean acquire(PyObject[] a, int start, String[] kw) {
        PyObject[] p = ACQUIRE.bind(a, start, kw);
        return acquire(sem, waitNanos(p[0], p[1]));
    }

    private PyObject release() {
        if (!isLocked()) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "release unlocked lock");
        }
        sem.release();
        return PyNone.INSTANCE;
    }

    /**
     * The arguments of both lock types' {@code acquire(blocking, timeout)}, as the longest wait
     * in nanoseconds: -1 for ever, 0 for a non-blocking call.
     */
    static long waitNanos(PyObject blocking, PyObject timeout) {
        PyInt b = blocking == null ? null : Seq.index(blocking);
        boolean block = b == null || b.signum() != 0;
        long nanos = timeoutNanos(timeout);
        if (!block && nanos != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        return block ? nanos : 0;
    }

    /** Takes the semaphore, waiting {@code nanos} at most (-1: for ever). */
    static boolean acquire(Semaphore sem, long nanos) {
        return sem.tryAcquire() || nanos != 0 && await(sem, nanos);
    }

    /**
     * Waits for the semaphore without the GIL, {@code nanos} at most (-1: for ever). A
     * KeyboardInterrupt that came meanwhile (Ctrl-C wakes the main thread) is raised as the wait
     * ends, as CPython raises it after the call; the lock is then left free, so that an
     * interrupted acquire never leaves it held.
     */
    static boolean await(Semaphore sem, long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (true) {
            long left = nanos < 0 ? -1 : deadline - System.nanoTime();
            if (nanos >= 0 && left <= 0) {
                ThreadState.poll();
                return sem.tryAcquire();
            }
            int r = ThreadState.blocking(() -> {
                try {
                    if (left < 0) {
                        sem.acquire();
                        return 1;
                    }
                    return sem.tryAcquire(left, TimeUnit.NANOSECONDS) ? 1 : 0;
                } catch (InterruptedException e) {
                    return 2;
                }
            });
            if (r == 1) {
                if (ThreadState.keyboardInterruptPending()) {
                    sem.release();
                    ThreadState.poll();
                }
                return true;
            }
            ThreadState.poll();
            if (r == 0) {
                return false;
            }
        }
    }

    /**
     * A timeout argument in nanoseconds (rounded up), -1 for none, with CPython's errors: -1 is
     * the only negative value allowed.
     */
    static long timeoutNanos(PyObject timeout) {
        if (timeout == null) {
            return -1;
        }
        double secs;
        if (timeout instanceof PyFloat f) {
            secs = f.value();
            if (Double.isNaN(secs)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
        } else {
            PyInt i = Seq.index(timeout);
            if (!i.isLong() || Math.abs(i.longValue()) > Long.MAX_VALUE / 1_000_000_000L) {
                throw Errors.of(ExceptionTypes.OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t");
            }
            secs = i.longValue();
        }
        if (secs == -1) {
            return -1;
        }
        if (secs < 0) {
            throw Errors.valueError("timeout value must be positive");
        }
        double ns = Math.ceil(secs * 1e9);
        if (!(ns < 0x1p63)) {
            throw Errors.of(ExceptionTypes.OVERFLOW_ERROR, "timestamp out of range for platform time_t");
        }
        return (long) ns;
    }
}
