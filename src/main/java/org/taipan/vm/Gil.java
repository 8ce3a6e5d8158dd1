package org.taipan.vm;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock: Python code runs only in the thread that holds it, so the object
 * model needs no locks of its own and {@link ThreadState#current()} is a plain static field,
 * set by whoever takes the GIL.
 *
 * <p>As in CPython 3.2+: a thread that waits longer than the switch interval without the GIL
 * changing hands sets {@link #dropRequest} (and {@link ThreadState#interruptPending}); the
 * holder sees it where the eval loop and compiled code already look for Ctrl-C (backward jumps
 * and calls), releases the GIL and waits until another thread has taken it, so that it cannot
 * take it straight back. With one thread nobody ever asks, and the only cost is an uncontended
 * lock around blocking calls ({@link ThreadState#releaseGil}).
 *
 * <p>The GIL is a state ({@link #holder}) guarded by a Java lock, not a Java lock held across
 * Python code: any thread may hand it on, and a thread waiting for it cannot be interrupted
 * out of the wait (an interrupt meant for a blocking call is kept for that call).
 */
final class Gil {
    /** Set by a thread that waited a whole switch interval; cleared when the GIL changes hands. */
    static volatile boolean dropRequest;

    private final ReentrantLock mutex = new ReentrantLock();
    /** Signalled when the GIL is released. */
    private final Condition released = mutex.newCondition();
    /** Signalled when a thread takes the GIL (a thread that dropped it on request waits for that). */
    private final Condition taken = mutex.newCondition();
    private ThreadState holder;
    private long switches;
    private volatile int waiting;
    /** The interpreter's threads that run Python code (or are about to); changed only under the GIL. */
    final java.util.List<ThreadState> threads = new java.util.ArrayList<>();
    /** 1: the interpreter is finishing, threads other than the main one may not take the GIL; 2: it is gone. */
    private int closed;

    /** Thrown in a thread that wants the GIL of an interpreter that has ended: the thread ends quietly. */
    static final class ThreadExit extends Error {
        ThreadExit() {
            super("interpreter ended", null, false, false);
        }
    }

    /** A GIL held by {@code ts} from the start (the interpreter's main thread). */
    Gil(ThreadState ts) {
        holder = ts;
        threads.add(ts);
    }

    void acquire(ThreadState ts) {
        boolean interrupted = false;
        mutex.lock();
        try {
            if (holder != null && closed == 0) {
                waiting++;
                try {
                    while (holder != null && closed == 0) {
                        long seen = switches;
                        long left;
                        try {
                            left = released.awaitNanos(intervalNanos());
                        } catch (InterruptedException e) {
                            interrupted = true;
                            continue;
                        }
                        if (left <= 0 && holder != null && seen == switches) {
                            dropRequest = true;
                            ThreadState.interruptPending = true;
                        }
                    }
                } finally {
                    waiting--;
                }
            }
            if (closed == 2 || closed == 1 && !ts.main) {
                throw new ThreadExit();
            }
            holder = ts;
            switches++;
            dropRequest = false;
            ThreadState.current = ts;
            taken.signalAll();
        } finally {
            mutex.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        ThreadState.afterAcquire(ts);
    }

    void release() {
        mutex.lock();
        try {
            holder = null;
            released.signal();
        } finally {
            mutex.unlock();
        }
    }

    /**
     * What the holder does when asked to drop the GIL: releases it, waits until a waiting thread
     * has taken it (CPython's forced switching), then waits for its turn again.
     */
    void yieldTo(ThreadState ts) {
        mutex.lock();
        try {
            if (holder != ts) {
                return;
            }
            holder = null;
            released.signal();
            long seen = switches;
            while (switches == seen && waiting > 0 && closed == 0) {
                taken.awaitUninterruptibly();
            }
        } finally {
            mutex.unlock();
        }
        acquire(ts);
    }

    /**
     * {@code level} 1 at interpreter shutdown: threads still waiting for the GIL (daemon threads)
     * end instead of running on; 2 when a new interpreter replaces this one: every thread ends.
     */
    void close(int level) {
        mutex.lock();
        try {
            closed = Math.max(closed, level);
            released.signalAll();
            taken.signalAll();
        } finally {
            mutex.unlock();
        }
    }

    /** Whether a thread other than the holder waits for the GIL. */
    boolean contended() {
        return waiting > 0;
    }

    private static long intervalNanos() {
        Interpreter interp = Interpreter.current();
        double s = interp == null ? 0.005 : interp.switchInterval;
        return Math.max(1000L, (long) (s * 1e9));
    }
}
