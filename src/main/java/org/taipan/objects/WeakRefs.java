package org.taipan.objects;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The weak references of the running program. Every object that has Python weakrefs has one
 * {@link Record}: a Java weak reference to the object, shared by all its Python weakrefs (so
 * they all see it die at the same moment) and holding them, weakly, in CPython's order. When
 * the JVM clears a record, a daemon thread moves it to a queue and signals the interpreter,
 * which calls the callbacks at its next safe point, on its own thread ({@code vm.Collector}).
 * Everything but that hand-over runs on the interpreter thread.
 */
public final class WeakRefs {
    private WeakRefs() {}

    /** The weak references to one object; cleared by the JVM when the object is unreachable. */
    static final class Record extends WeakReference<PyObject> {
        final int hash;
        final long seq;
        final int generation;
        /** Non-null while the object awaits its {@code __del__}: its weakrefs must outlive that. */
        final Finalizers.State fin;
        /** CPython's order: the basic ref, the basic proxy, then the others newest first. */
        final ArrayList<WeakReference<PyWeakRef>> refs;
        /** Replaced by a new record when the object was handed back for {@code __del__}. */
        boolean superseded;
        /** Its death has been taken care of (found by a scan or come out of the queue). */
        boolean done;

        Record(PyObject o, long seq, int generation, Finalizers.State fin, ArrayList<WeakReference<PyWeakRef>> refs) {
            super(o, QUEUE);
            this.hash = System.identityHashCode(o);
            this.seq = seq;
            this.generation = generation;
            this.fin = fin;
            this.refs = refs;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Looks a record up by its object without making one. */
    private record Probe(PyObject o) {
        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Record r && r.get() == o;
        }
    }

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final ConcurrentLinkedQueue<Record> DEAD = new ConcurrentLinkedQueue<>();
    private static final HashMap<Object, Record> RECORDS = new HashMap<>();
    /** Dead records of objects whose {@code __del__} has not been handed over yet. */
    private static final ArrayList<Record> DEFERRED = new ArrayList<>();
    private static long nextSeq;
    private static int generation;
    private static Thread watcher;
    /** Builtin types whose instances may be weakly referenced (heap types decide by their slots). */
    private static final java.util.Set<PyType> BUILTINS = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Set by the interpreter: tells it, from any thread, that callbacks or finalizers are due. */
    public static volatile Runnable onPending = () -> {};

    static void signal() {
        onPending.run();
    }

    /** A fresh interpreter: the weakrefs of an earlier one are forgotten, their callbacks never run. */
    public static void reset() {
        generation++;
        RECORDS.clear();
        DEFERRED.clear();
        DEAD.clear();
        Finalizers.reset();
    }

    // ---- weak-referenceability

    /** Declares builtin types whose instances support weak references (as their CPython types do). */
    public static void allowBuiltin(PyType... types) {
        for (PyType t : types) {
            if (BUILTINS.add(t)) {
                t.weakrefable = 0;
            }
        }
    }

    /** Whether instances of {@code t} may be weakly referenced: CPython's tp_weaklistoffset != 0. */
    public static boolean weakrefable(PyType t) {
        if (t.weakrefable == 0) {
            t.weakrefable = computeWeakrefable(t) ? 1 : 2;
        }
        return t.weakrefable == 1;
    }

    private static boolean computeWeakrefable(PyType t) {
        if (!t.isHeapType()) {
            return BUILTINS.contains(t);
        }
        if (t.base() != null && weakrefable(t.base())) {
            return true;
        }
        for (PyType b : t.bases()) {
            if (weakrefable(b)) {
                return true;
            }
        }
        return addsWeakrefSlot(t);
    }

    /** A class statement adds {@code __weakref__} unless {@code __slots__} leaves it out or the base is variable-sized. */
    static boolean addsWeakrefSlot(PyType t) {
        PyObject slots = t.dict().getItem(PyStr.of("__slots__"));
        if (slots == null) {
            PyType solid = t.base();
            while (solid != null && solid.isHeapType()) {
                solid = solid.base();
            }
            return solid == null || !VARSIZE.contains(solid.name());
        }
        if (slots instanceof PyStr s) {
            return s.toString().equals("__weakref__");
        }
        try {
            for (PyObject item : Iter.toArray(slots)) {
                if (item instanceof PyStr s && s.toString().equals("__weakref__")) {
                    return true;
                }
            }
        } catch (PyException e) {
            return false;
        }
        return false;
    }

    /** Builtins whose instances vary in size: CPython gives their subclasses no weakref slot. */
    /** Whether instances of {@code t} have their items inline (CPython's tp_itemsize != 0): no weakref slot. */
    static boolean variableSized(PyType t) {
        PyType solid = t;
        while (solid != null && solid.isHeapType()) {
            solid = solid.base();
        }
        return solid != null && VARSIZE.contains(solid.name());
    }

    private static final java.util.Set<String> VARSIZE = java.util.Set.of("int", "bool", "tuple", "bytes");

    static PyException notWeakrefable(PyObject o) {
        return Errors.typeError("cannot create weak reference to '" + o.type().name() + "' object");
    }

    // ---- records

    private static Record find(PyObject o) {
        return RECORDS.get(new Probe(o));
    }

    private static Record recordFor(PyObject o) {
        Record r = find(o);
        if (r == null) {
            startWatcher();
            Finalizers.Token tok = Finalizers.pendingToken(o);
            r = new Record(o, nextSeq++, generation, tok == null ? null : tok.state, new ArrayList<>(2));
            if (tok != null) {
                tok.record = r;
            }
            RECORDS.put(r, r);
        }
        return r;
    }

    /**
     * {@code weakref.ref(o, callback)} for type {@code type} (ref or a subclass): the existing
     * basic ref when there is one and no callback is asked for, else a new one.
     */
    public static PyWeakRef ref(PyType type, PyObject o, PyObject callback) {
        return make(type, o, callback, false);
    }

    /** {@code weakref.proxy(o, callback)}. */
    public static PyWeakRef proxy(PyObject o, PyObject callback) {
        return make(null, o, callback, true);
    }

    private static PyWeakRef make(PyType type, PyObject o, PyObject callback, boolean proxy) {
        if (!weakrefable(o.type())) {
            throw notWeakrefable(o);
        }
        if (callback == PyNone.INSTANCE) {
            callback = null;
        }
        Record r = recordFor(o);
        boolean basic = callback == null && (proxy || type == PyWeakRef.TYPE);
        int basics = 0;
        for (WeakReference<PyWeakRef> wr : r.refs) {
            PyWeakRef w = wr.get();
            if (w != null && w.isBasic()) {
                if (basic && w.isProxy() == proxy) {
                    return w;
                }
                basics++;
            } else {
                break;
            }
        }
        PyWeakRef w = proxy ? PyWeakProxy.make(o, r, callback) : new PyWeakRef(type, r, callback);
        int at = basic && !proxy ? 0 : basics;
        r.refs.add(at, new WeakReference<>(w));
        if (r.refs.size() > 16 && (r.refs.size() & (r.refs.size() - 1)) == 0) {
            r.refs.removeIf(x -> x.get() == null);
        }
        return w;
    }

    /** {@code weakref.ProxyType} or {@code weakref.CallableProxyType}. */
    public static PyType proxyType(boolean callable) {
        return callable ? PyWeakProxy.CALLABLE : PyWeakProxy.PROXY;
    }

    /** The live weakrefs to {@code o} in CPython's order ({@code weakref.getweakrefs}). */
    public static List<PyWeakRef> refsTo(PyObject o) {
        List<PyWeakRef> out = new ArrayList<>();
        Record r = find(o);
        if (r != null) {
            for (WeakReference<PyWeakRef> wr : r.refs) {
                PyWeakRef w = wr.get();
                if (w != null && w.record == r) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** {@code o.__weakref__}: the first weakref to it, or None. */
    public static PyObject first(PyObject o) {
        List<PyWeakRef> refs = refsTo(o);
        return refs.isEmpty() ? PyNone.INSTANCE : refs.get(0);
    }

    /**
     * The object was handed back for {@code __del__}: its weakrefs point at it again through a
     * new record, and the cleared one is ignored when it comes out of the queue.
     */
    static void revive(Record old, PyObject o) {
        if (old.get() != null || old.superseded) {
            return;
        }
        old.superseded = true;
        RECORDS.remove(old);
        Record r = new Record(o, old.seq, generation, null, old.refs);
        for (WeakReference<PyWeakRef> wr : r.refs) {
            PyWeakRef w = wr.get();
            if (w != null && w.record == old) {
                w.record = r;
            }
        }
        RECORDS.put(r, r);
    }

    /** The weakrefs of one object that died, whose callbacks are due, in the order to call them. */
    public record Death(long seq, List<PyWeakRef> refs) {}

    /**
     * Takes the objects that died since the last call, in the order their first weakref was
     * made: each weakref is cleared (its {@code __callback__} too), and those with a callback
     * are listed for the caller to call. Objects still awaiting {@code __del__} wait.
     */
    public static List<Death> takeDead(boolean scan) {
        List<Record> ready = new ArrayList<>();
        for (int i = DEFERRED.size() - 1; i >= 0; i--) {
            Record r = DEFERRED.get(i);
            if (r.fin.phase == Finalizers.DONE) {
                DEFERRED.remove(i);
                ready.add(r);
            }
        }
        if (scan) {
            // Right after System.gc() the cleared records are known without waiting for the queue.
            for (Record r : RECORDS.values()) {
                if (r.get() == null) {
                    consider(r, ready);
                }
            }
        }
        for (Record r; (r = DEAD.poll()) != null; ) {
            consider(r, ready);
        }
        ready.sort((a, b) -> Long.compare(a.seq, b.seq));
        List<Death> out = new ArrayList<>();
        for (Record r : ready) {
            if (r.superseded) {
                continue;
            }
            RECORDS.remove(r);
            List<PyWeakRef> calls = new ArrayList<>();
            for (WeakReference<PyWeakRef> wr : r.refs) {
                PyWeakRef w = wr.get();
                if (w != null && w.record == r) {
                    w.record = null;
                    if (w.callback != null) {
                        calls.add(w);
                    }
                }
            }
            if (!calls.isEmpty()) {
                out.add(new Death(r.seq, calls));
            }
        }
        return out;
    }

    private static void consider(Record r, List<Record> ready) {
        if (r.done || r.generation != generation || r.superseded) {
            return;
        }
        r.done = true;
        if (r.fin != null && r.fin.phase != Finalizers.DONE) {
            DEFERRED.add(r);
        } else {
            ready.add(r);
        }
    }

    /** Whether dead objects wait to be processed (or for their finalizer). */
    public static boolean hasDead() {
        return !DEAD.isEmpty();
    }

    public static boolean hasDeferred() {
        return !DEFERRED.isEmpty();
    }

    // ---- the hand-over thread

    private static synchronized void startWatcher() {
        if (watcher != null) {
            return;
        }
        watcher = Thread.ofPlatform().daemon().name("taipan-weakrefs").start(() -> {
            while (true) {
                Reference<?> ref;
                try {
                    ref = QUEUE.remove();
                } catch (InterruptedException e) {
                    continue;
                }
                if (ref instanceof Record r) {
                    DEAD.add(r);
                    signal();
                }
            }
        });
    }
}
