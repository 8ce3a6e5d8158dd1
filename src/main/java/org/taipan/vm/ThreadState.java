package org.taipan.vm;

import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyException;
import org.taipan.objects.PyObject;

/**
 * The state of one thread running Python code: its frame stack, the stack of exceptions being
 * handled, and the recursion depth. Only the thread holding the GIL runs Python code, so the
 * running thread's state can be reached through {@link #current()} without a ThreadLocal
 * look-up on every call.
 */
public final class ThreadState {
    private static ThreadState current = new ThreadState();

    /**
     * One level of "the exception being handled" ({@code sys.exc_info()}). The thread has one;
     * a running generator links its own in front, so that what it handles stays with it when
     * it suspends, while an empty level still shows the caller's exception.
     */
    static final class ExcInfo {
        PyObject value;
        ExcInfo previous;
    }

    /**
     * Something asynchronous awaits the interpreter thread: the eval loop checks this one flag at
     * backward jumps and calls, and {@link #checkInterrupt} sees what: Ctrl-C ({@link #sigintPending})
     * or finalizers and weakref callbacks ({@link #gcPending}, run by {@link Collector}).
     */
    static volatile boolean interruptPending;
    private static volatile boolean sigintPending;
    static volatile boolean gcPending;
    private static Thread pythonThread;

    PyFrame frame;
    ExcInfo excInfo = new ExcInfo();
    int depth;
    int recursionLimit = 1000;

    /**
     * Whether a trace or profile function is set and none is running: the one thing the eval
     * loop tests per instruction for tracing ({@link Tracing}).
     */
    boolean tracing;
    PyObject traceFunc, profileFunc;
    /** sys.set_asyncgen_hooks: called at an async generator's first iteration, and (kept on
     * the generator) when it is finalized unfinished; null when unset. */
    public PyObject asyncgenFirstiter, asyncgenFinalizer;
    /** How many trace or profile functions are running (no events meanwhile). */
    int hookDepth;
    /** Bumped by setprofile, so that a c_call made under an earlier profile function gets no c_return. */
    int profileEpoch;

    void updateTracing() {
        tracing = (traceFunc != null || profileFunc != null) && hookDepth == 0;
    }

    /** sys.gettrace(): the global trace function, or null. */
    public PyObject traceFunction() {
        return traceFunc;
    }

    /** sys.getprofile(): the profile function, or null. */
    public PyObject profileFunction() {
        return profileFunc;
    }

    public static ThreadState current() {
        return current;
    }

    /** A fresh state for a new interpreter run (tests run several programs in one JVM). */
    public static void reset() {
        current = new ThreadState();
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    public int depth() {
        return depth;
    }

    public PyFrame frame() {
        return frame;
    }

    /** The innermost exception being handled, or null: what {@code sys.exc_info()} reports. */
    public PyObject handled() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.value != null) {
                return e.value;
            }
        }
        return null;
    }

    /**
     * Makes Ctrl-C raise KeyboardInterrupt in the running Python code, as CPython's default
     * SIGINT handler does (the command line calls this; embedded interpreters need not).
     */
    public static void installSigintHandler() {
        pythonThread = Thread.currentThread();
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> signalInterrupt());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // No SIGINT here (or the JVM keeps it): Ctrl-C then ends the process as the JVM decides.
        }
    }

    /**
     * Ends the process as CPython does after an uncaught KeyboardInterrupt: by SIGINT with its
     * default action, so that the parent sees "killed by SIGINT" (a shell shows status 130).
     * Falls back to exit status 130 where the signal cannot be sent.
     */
    public static void dieOfSigint() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_DFL);
            new ProcessBuilder("kill", "-INT", Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).start().waitFor();
            Thread.sleep(1000);
        } catch (Exception | LinkageError e) {
            // No signals here: the status a shell would show instead.
        }
        Runtime.getRuntime().halt(130);
    }

    /** What the SIGINT handler does (also called by the prompt's terminal, which owns SIGINT while it is open). */
    public static void signalInterrupt() {
        sigintPending = true;
        interruptPending = true;
        Thread t = pythonThread;
        if (t != null) {
            t.interrupt();
        }
    }

    /** For blocking builtins woken by the handler: raises the pending KeyboardInterrupt, if any. */
    public static void pollInterrupt() {
        checkInterrupt();
    }

    /** Asks the interpreter thread to run finalizers and weakref callbacks at its next check (any thread). */
    static void requestGc() {
        gcPending = true;
        interruptPending = true;
    }

    /**
     * Runs due finalizers and callbacks, then raises KeyboardInterrupt if Ctrl-C was pressed
     * since the last check. The general flag is cleared before the specific ones are read, so
     * that a signal arriving meanwhile is seen at the next check.
     */
    static void checkInterrupt() {
        interruptPending = false;
        if (gcPending) {
            gcPending = false;
            Collector.runPending();
        }
        if (sigintPending) {
            sigintPending = false;
            Thread.interrupted();
            throw new PyException(new org.taipan.objects.PyBaseException(ExceptionTypes.KEYBOARD_INTERRUPT,
                    org.taipan.objects.PyTuple.EMPTY));
        }
    }

    /** Counts a Python-level call; raises RecursionError past the limit, as CPython does. */
    void enter() {
        if (interruptPending) {
            checkInterrupt();
        }
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
