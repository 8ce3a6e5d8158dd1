package org.taipan.vm;

import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyException;
import org.taipan.objects.PyObject;

/**
 * The state of one thread running Python code: its frame stack, the stack of exceptions being
 * handled, and the recursion depth. Only the thread holding the GIL ({@link Gil}) runs Python
 * code, and taking the GIL sets {@link #current}, so the running thread's state is reached
 * through a plain static field, without a ThreadLocal look-up on every call.
 */
public final class ThreadState {
    /** The state of the thread holding the GIL (written only by {@link Gil#acquire}). */
    static ThreadState current;
    /** The running interpreter's GIL. */
    private static Gil gil;

    static {
        reset();
    }

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
    /** The interpreter's main thread, which Ctrl-C wakes from blocking calls. */
    private static volatile Thread mainThread;
    /** The limit new threads start with (sys.setrecursionlimit is the interpreter's, not a thread's). */
    private static int defaultRecursionLimit = 1000;

    /** The Java thread that runs this state's Python code. */
    private final Thread thread;
    /** Whether this is the interpreter's main thread (the one that made it): it alone gets KeyboardInterrupt. */
    final boolean main;
    /** {@code _thread.get_ident()}. */
    public final long ident;
    private long nativeId;
    /** Run when the thread ends, holding the GIL (the sentinel locks of {@code _thread._set_sentinel}). */
    private java.util.List<Runnable> onExit;
    /** This thread's dicts of {@code _thread._local} objects. */
    private java.util.WeakHashMap<PyObject, PyObject> locals;

    /** Set when a new interpreter replaced this state's: see {@link #reset}. */
    private boolean dead;
    PyFrame frame;
    ExcInfo excInfo = new ExcInfo();
    int depth;
    int recursionLimit = defaultRecursionLimit;

    private ThreadState(Thread thread, boolean main) {
        this.thread = thread;
        this.main = main;
        this.ident = thread.threadId();
    }

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

    /**
     * A fresh state for a new interpreter run (tests run several programs in one JVM): the
     * calling thread becomes the main thread, holding a new GIL; threads of the previous
     * interpreter end when they next want theirs.
     */
    public static void reset() {
        if (gil != null) {
            // Threads still running the old interpreter's code (a test that timed out) end at
            // their next call instead of running on with the new interpreter's state.
            for (ThreadState ts : gil.threads) {
                ts.dead = true;
            }
            gil.close(2);
            interruptPending = true;
        }
        defaultRecursionLimit = 1000;
        sigintPending = false;
        current = new ThreadState(Thread.currentThread(), true);
        mainThread = Thread.currentThread();
        gil = new Gil(current);
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    /** sys.setrecursionlimit: for every thread, as in CPython. */
    public void setRecursionLimit(int limit) {
        defaultRecursionLimit = limit;
        for (ThreadState ts : gil.threads) {
            ts.recursionLimit = limit;
        }
    }

    // ---- threads

    /** Whether this is the interpreter's main thread. */
    public boolean isMain() {
        return main;
    }

    /** {@code _thread.get_native_id()}: the operating system's id of the thread (Linux's TID). */
    public long nativeId() {
        if (nativeId == 0 && Thread.currentThread() == thread) {
            try {
                // /proc/thread-self links to PID/task/TID.
                nativeId = Long.parseLong(java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/thread-self"))
                        .getFileName().toString());
            } catch (java.io.IOException | RuntimeException e) {
                nativeId = ident;
            }
        }
        return nativeId;
    }

    /** The states of the interpreter's threads (a copy; call holding the GIL). */
    public static java.util.List<ThreadState> threads() {
        return java.util.List.copyOf(gil.threads);
    }

    /** Runs {@code action} (holding the GIL) when this thread ends. */
    public void atExit(Runnable action) {
        if (onExit == null) {
            onExit = new java.util.ArrayList<>();
        }
        onExit.add(action);
    }

    /** This thread's value for {@code key} (a {@code _thread._local}), or null. */
    public PyObject local(PyObject key) {
        return locals == null ? null : locals.get(key);
    }

    public void setLocal(PyObject key, PyObject value) {
        if (locals == null) {
            locals = new java.util.WeakHashMap<>();
        }
        locals.put(key, value);
    }

    /**
     * Starts a Java thread that runs {@code body} as a new Python thread, holding the GIL, and
     * returns its ident. The thread counts as running from now on ({@code _thread._count}).
     */
    public static long start(long stackSize, Runnable body) {
        Gil g = gil;
        ThreadState[] self = {null};
        Thread t = Thread.ofPlatform().daemon().stackSize(stackSize).name("python-thread")
                .unstarted(() -> run(g, self[0], body));
        ThreadState ts = new ThreadState(t, false);
        self[0] = ts;
        g.threads.add(ts);
        try {
            t.start();
        } catch (OutOfMemoryError | IllegalStateException e) {
            g.threads.remove(ts);
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "can't start new thread");
        }
        return ts.ident;
    }

    private static void run(Gil g, ThreadState ts, Runnable body) {
        try {
            g.acquire(ts);
        } catch (Gil.ThreadExit e) {
            return;
        }
        boolean holding = true;
        try {
            body.run();
        } catch (Gil.ThreadExit e) {
            holding = false;
        } finally {
            if (holding) {
                try {
                    if (ts.onExit != null) {
                        for (Runnable r : ts.onExit) {
                            r.run();
                        }
                    }
                } finally {
                    g.threads.remove(ts);
                    g.release();
                }
            }
        }
    }

    /** A blocking operation run without the GIL. */
    @FunctionalInterface
    public interface Blocking<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code op}, which must not touch Python objects, with the GIL released so that other
     * threads run meanwhile (sleeps, lock waits, reads). With one thread there is nobody to hand
     * the GIL to, and nobody can start one meanwhile, so it is kept.
     */
    public static <T, E extends Exception> T blocking(Blocking<T, E> op) throws E {
        Gil g = gil;
        if (g.threads.size() == 1) {
            return op.run();
        }
        ThreadState ts = current;
        g.release();
        try {
            return op.run();
        } finally {
            g.acquire(ts);
        }
    }

    /** Lets a thread waiting for the GIL take it now, if there is one (time.sleep(0)). */
    public static void yieldGil() {
        if (gil.contended()) {
            gil.yieldTo(current);
        }
    }

    /** What follows taking the GIL: a Ctrl-C that came while the main thread waited is raised at its next check. */
    static void afterAcquire(ThreadState ts) {
        if (ts.main && sigintPending) {
            interruptPending = true;
        }
    }

    /**
     * At interpreter shutdown, once threading has joined its threads: daemon threads and
     * {@code _thread} threads end when they next want the GIL instead of running on.
     */
    public static void closeGil() {
        gil.close(1);
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

    /**
     * What the SIGINT handler does (also called by the prompt's terminal, which owns SIGINT while
     * it is open): KeyboardInterrupt in the main thread at its next check, and the main thread
     * woken from a blocking wait, as a real signal interrupts a system call.
     */
    public static void signalInterrupt() {
        requestInterrupt();
        Thread t = mainThread;
        if (t != null) {
            t.interrupt();
        }
    }

    /**
     * {@code _thread.interrupt_main()}: KeyboardInterrupt in the main thread at its next check,
     * without waking it from a wait (as in CPython, where no signal is sent).
     */
    public static void requestInterrupt() {
        sigintPending = true;
        interruptPending = true;
    }

    /** Whether the running thread's next check raises KeyboardInterrupt. */
    public static boolean keyboardInterruptPending() {
        return sigintPending && current.main;
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
     * Hands the GIL over if another thread asked for it, runs due finalizers and callbacks, then
     * raises KeyboardInterrupt if Ctrl-C was pressed since the last check (in the main thread
     * only; it sees the signal when it next takes the GIL). The general flag is cleared before the specific ones are read, so
     * that a signal arriving meanwhile is seen at the next check.
     */
    static void checkInterrupt() {
        interruptPending = false;
        if (Gil.dropRequest) {
            gil.yieldTo(current);
        }
        if (gcPending) {
            gcPending = false;
            Collector.runPending();
        }
        if (sigintPending && current.main) {
            sigintPending = false;
            Thread.interrupted();
            throw new PyException(new org.taipan.objects.PyBaseException(ExceptionTypes.KEYBOARD_INTERRUPT,
                    org.taipan.objects.PyTuple.EMPTY));
        }
    }

    /** For long-running Java loops (a regex match): Ctrl-C and pending finalizers, as between instructions. */
    public static void poll() {
        if (interruptPending) {
            checkInterrupt();
        }
    }

    /** Counts a Python-level call; raises RecursionError past the limit, as CPython does. */
    void enter() {
        if (interruptPending) {
            if (dead) {
                throw new Gil.ThreadExit();
            }
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
