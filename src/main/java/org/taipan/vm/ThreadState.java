package org.taipan.vm;

import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyException;
import org.taipan.objects.PyObject;

/**
 * The state of one thread running Python code: its frame stack and recursion depth. Only the
 * thread holding the GIL runs Python code, so the running thread's state can be reached
 * through {@link #current()} without a ThreadLocal look-up on every call.
 */
public final class ThreadState {
    private static ThreadState current = new ThreadState();

    PyFrame frame;
    /** The exception being handled ({@code sys.exc_info()}), or null. */
    PyObject handled;
    int depth;
    int recursionLimit = 1000;

    public static ThreadState current() {
        return current;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    public PyFrame frame() {
        return frame;
    }

    /** Counts a Python-level call; raises RecursionError past the limit, as CPython does. */
    void enter() {
        if (++depth > recursionLimit) {
            depth--;
            throw recursionError();
        }
    }

    void leave() {
        depth--;
    }

    static PyException recursionError() {
        return Errors.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
}
