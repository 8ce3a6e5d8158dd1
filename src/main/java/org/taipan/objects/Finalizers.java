package org.taipan.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code __del__} for instances of classes that define it. Each such instance holds a
 * {@link Token} that holds the instance back. When the JVM finds the pair unreachable it calls
 * the token's (deprecated, but still supported) {@code finalize()} once, on its own finalizer
 * thread; that only queues the instance, which stays alive through the queue, and asks the
 * interpreter thread to run {@code __del__} at its next safe point (see {@code vm.Collector}).
 * The JVM calls {@code finalize()} at most once per token, which is Python's rule that an
 * object is finalized once even if {@code __del__} resurrects it (PEP 442).
 *
 * <p>Instances of other classes pay nothing: no token, no registration with the JVM.
 */
public final class Finalizers {
    private Finalizers() {}

    static final int TRACKED = 0, QUEUED = 1, DONE = 2;

    /**
     * The finalization state of one object, shared by its token and the weak references to it
     * (which must not reach the object itself).
     */
    static final class State {
        volatile int phase;
        /** Set once the finalizer thread has queued the object (after {@code phase} became QUEUED). */
        volatile boolean handed;
    }

    /** Reachable only from its instance; the JVM finalizes both together. */
    static final class Token {
        final PyInstance obj;
        final long seq;
        final int generation;
        final State state = new State();
        /** The object's weak-reference record, for reviving its weakrefs when it is queued. */
        WeakRefs.Record record;

        Token(PyInstance obj, long seq, int generation) {
            this.obj = obj;
            this.seq = seq;
            this.generation = generation;
        }

        @Override
        @SuppressWarnings({"removal", "deprecation"})
        protected void finalize() {
            if (state.phase == TRACKED) {
                state.phase = QUEUED;
                PENDING.add(this);
                state.handed = true;
                WeakRefs.signal();
            }
        }
    }

    /** Marks an instance whose {@code __del__} has run, once its token is no longer needed. */
    private static final Token DONE_MARK = new Token(null, -1, -1);

    static {
        DONE_MARK.state.phase = DONE;
    }

    private static final ConcurrentLinkedQueue<Token> PENDING = new ConcurrentLinkedQueue<>();
    /** Every instance with a finalizer, in creation order, for the finalizers that run at exit. */
    private static final ArrayList<Live> LIVE = new ArrayList<>();

    /** The entry of an instance in {@link #LIVE}: cleared when the JVM finds it unreachable. */
    private static final class Live extends WeakReference<PyInstance> {
        final State state;

        Live(PyInstance o, State state) {
            super(o);
            this.state = state;
        }
    }
    private static int liveLimit = 1024;
    private static final boolean DEBUG = System.getenv("TAIPAN_GCDEBUG") != null;
    private static long nextSeq;
    private static int generation;

    /** Gives a new instance of a class with {@code __del__} its token (object.__new__ calls this). */
    static void track(PyInstance obj) {
        Token t = new Token(obj, nextSeq++, generation);
        obj.finalizer = t;
        LIVE.add(new Live(obj, t.state));
        if (LIVE.size() > liveLimit) {
            LIVE.removeIf(r -> r.get() == null);
            liveLimit = Math.max(1024, LIVE.size() * 2);
        }
    }

    /** A fresh interpreter: what an earlier one left queued is dropped, never run. */
    public static void reset() {
        generation++;
        PENDING.clear();
        LIVE.clear();
    }

    /** A queued object whose {@code __del__} is due, with its place in creation order. */
    public record Due(PyInstance obj, long seq) {}

    /**
     * Takes the objects the JVM found unreachable, marks them finalized and revives their weak
     * references (Python clears those only after {@code __del__}, and not at all if it
     * resurrects the object). The caller runs {@code __del__} for each, in creation order.
     */
    public static List<Due> takePending() {
        List<Due> out = new ArrayList<>();
        for (Token t; (t = PENDING.poll()) != null; ) {
            if (t.generation != generation) {
                continue;
            }
            t.state.phase = DONE;
            if (t.record != null) {
                WeakRefs.revive(t.record, t.obj);
            }
            out.add(new Due(t.obj, t.seq));
        }
        out.sort((a, b) -> Long.compare(a.seq, b.seq));
        return out;
    }

    /**
     * Right after System.gc(): waits (at most {@code millis}) until the JVM's finalizer thread
     * has handed over every object with {@code __del__} that the collection found unreachable.
     * Those are known exactly: their entries here have just been cleared.
     */
    @SuppressWarnings({"removal", "deprecation"})
    public static void awaitHandOver(long millis) {
        List<State> awaited = new ArrayList<>();
        LIVE.removeIf(r -> {
            if (r.get() != null) {
                return false;
            }
            if (r.state.phase != DONE && !r.state.handed) {
                awaited.add(r.state);
            }
            return true;
        });
        if (DEBUG) {
            System.err.println("gc: live " + LIVE.size() + " awaited " + awaited.size());
        }
        long deadline = System.nanoTime() + millis * 1_000_000L;
        for (State s : awaited) {
            while (s.phase != DONE && !s.handed && System.nanoTime() < deadline) {
                Runtime.getRuntime().runFinalization();
                if (s.phase != DONE && !s.handed) {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    public static boolean hasPending() {
        return !PENDING.isEmpty();
    }

    /**
     * At exit: the objects not yet finalized, in creation order, each marked finalized (the
     * caller runs their {@code __del__}). Includes objects still reachable, as CPython's
     * shutdown finalizes what module teardown frees.
     */
    public static List<Due> takeAllAlive() {
        List<Due> out = new ArrayList<>();
        for (Live r : LIVE) {
            PyInstance o = r.get();
            if (o != null && o.finalizer instanceof Token t && t.state.phase == TRACKED) {
                t.state.phase = DONE;
                out.add(new Due(o, t.seq));
            }
        }
        LIVE.clear();
        return out;
    }

    /** Marks one object finalized now (exit order puts some first); false if it already was. */
    public static boolean claim(PyObject o) {
        if (o instanceof PyInstance i && i.finalizer instanceof Token t && t != DONE_MARK
                && t.state.phase == TRACKED) {
            t.state.phase = DONE;
            return true;
        }
        return false;
    }

    /** Records that the object's {@code __del__} has returned (CPython sets the flag after the call). */
    public static void finished(PyObject o) {
        if (o instanceof PyInstance i) {
            i.finalizer = DONE_MARK;
        }
    }

    /** {@code gc.is_finalized}: whether the object's {@code __del__} has been called by the collector. */
    public static boolean isFinalized(PyObject o) {
        return o instanceof PyInstance i && i.finalizer == DONE_MARK;
    }

    /** The finalization state of {@code o} if it still awaits its {@code __del__}, else null. */
    static Token pendingToken(PyObject o) {
        if (o instanceof PyInstance i && i.finalizer != null && i.finalizer.state.phase != DONE) {
            return i.finalizer;
        }
        return null;
    }
}
