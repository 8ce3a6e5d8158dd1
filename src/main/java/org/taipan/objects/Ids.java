package org.taipan.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * {@code id(o)}: a number unique among the objects alive at the same time, constant for an
 * object's lifetime, and the address its default repr shows ({@code <A object at 0x7f…>}).
 * Numbers are handed out on first use, so objects whose id is never asked for cost nothing.
 */
public final class Ids {
    private Ids() {}

    private static final class Key extends WeakReference<PyObject> {
        final int hash;

        Key(PyObject o, ReferenceQueue<PyObject> q) {
            super(o, q);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && (k == this || k.get() != null && k.get() == get());
        }
    }

    private static final HashMap<Key, Long> IDS = new HashMap<>();
    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    private static long next = 0x7f0000000000L;

    public static synchronized long id(PyObject o) {
        for (Object r = QUEUE.poll(); r != null; r = QUEUE.poll()) {
            IDS.remove(r);
        }
        Key k = new Key(o, QUEUE);
        Long v = IDS.get(k);
        if (v == null) {
            next += 16 * (1 + (System.identityHashCode(o) & 3));
            v = next;
            IDS.put(k, v);
        } else {
            k.clear();
        }
        return v;
    }

    /** "0x7f…": the address part of default reprs. */
    public static String address(PyObject o) {
        return "0x" + Long.toHexString(id(o));
    }
}
