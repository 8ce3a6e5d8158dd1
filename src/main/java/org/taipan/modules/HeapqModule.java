package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;

/**
 * {@code _heapq}: the heap operations of {@code heapq} in Java, sifting exactly as CPython's
 * (so heaps have its layout); a comparison that changes the list's size raises RuntimeError.
 * The max-heap variants serve {@code heapq.merge(reverse=True)}.
 */
public final class HeapqModule {
    private HeapqModule() {}

    private static final ArgParser PUSH = ArgParser.unpack("heappush", 2, 2);
    private static final ArgParser PUSHPOP = ArgParser.unpack("heappushpop", 2, 2);
    private static final ArgParser REPLACE = ArgParser.unpack("heapreplace", 2, 2);
    private static final ArgParser REPLACE_MAX = ArgParser.unpack("_heapreplace_max", 2, 2);

    public static PyModule create() {
        PyModule m = new PyModule("_heapq", new PyDict());
        m.builtin = true;
        m.def("heappush", (self, a, start, kw) -> {
            PyObject[] p = PUSH.bind(a, start, kw);
            PyList heap = list("heappush", p[0], true);
            heap.append(p[1]);
            siftDown(heap, 0, heap.size() - 1, false);
            return PyNone.INSTANCE;
        });
        m.def("heappop", (self, h) -> pop(list("heappop", h, false), false));
        m.def("_heappop_max", (self, h) -> pop(list("_heappop_max", h, false), true));
        m.def("heapreplace", (self, a, start, kw) -> replace("heapreplace", a, start, kw, false));
        m.def("_heapreplace_max", (self, a, start, kw) -> replace("_heapreplace_max", a, start, kw, true));
        m.def("heappushpop", (self, a, start, kw) -> {
            PyObject[] p = PUSHPOP.bind(a, start, kw);
            PyList heap = list("heappushpop", p[0], true);
            PyObject item = p[1];
            if (heap.size() == 0 || !Abstract.richCompareBool(heap.get(0), item, CompareOp.LT)) {
                return item;
            }
            if (heap.size() == 0) {
                throw Errors.indexError("index out of range");
            }
            PyObject top = heap.get(0);
            heap.set(0, item);
            siftUp(heap, 0, false);
            return top;
        });
        m.def("heapify", (self, h) -> heapify(list("heapify", h, false), false));
        m.def("_heapify_max", (self, h) -> heapify(list("_heapify_max", h, false), true));
        return m;
    }

    private static PyList list(String fn, PyObject o, boolean first) {
        if (!(o instanceof PyList l)) {
            throw Errors.typeError(fn + "() argument" + (first ? " 1" : "") + " must be list, not " + o.type().name());
        }
        return l;
    }

    private static PyObject pop(PyList heap, boolean max) {
        if (heap.size() == 0) {
            throw Errors.indexError("index out of range");
        }
        PyObject last = heap.popLast();
        if (heap.size() == 0) {
            return last;
        }
        PyObject top = heap.get(0);
        heap.set(0, last);
        siftUp(heap, 0, max);
        return top;
    }

    private static PyObject replace(String fn, PyObject[] a, int start, String[] kw, boolean max) {
        PyObject[] p = (max ? REPLACE_MAX : REPLACE).bind(a, start, kw);
        PyList heap = list(fn, p[0], true);
        if (heap.size() == 0) {
            throw Errors.indexError("index out of range");
        }
        PyObject top = heap.get(0);
        heap.set(0, p[1]);
        siftUp(heap, 0, max);
        return top;
    }

    private static PyObject heapify(PyList heap, boolean max) {
        for (int i = heap.size() / 2 - 1; i >= 0; i--) {
            siftUp(heap, i, max);
        }
        return PyNone.INSTANCE;
    }

    /** a < b for a min-heap, b < a for a max-heap. */
    private static boolean before(PyObject a, PyObject b, boolean max) {
        return max ? lessThan(b, a) : lessThan(a, b);
    }

    /** {@code a < b}, without dispatch for exact floats and small ints (what their slots would do). */
    static boolean lessThan(PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        if (ca == b.getClass()) {
            if (ca == PyFloat.class) {
                return ((PyFloat) a).value() < ((PyFloat) b).value();
            }
            if (ca == PyInt.class && ((PyInt) a).isLong() && ((PyInt) b).isLong()) {
                return ((PyInt) a).longValue() < ((PyInt) b).longValue();
            }
        }
        return Abstract.richCompareBool(a, b, CompareOp.LT);
    }

    private static void changed() {
        throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "list changed size during iteration");
    }

    /** Moves the item at pos up towards start while it comes before its parent. */
    private static void siftDown(PyList heap, int start, int pos, boolean max) {
        int size = heap.size();
        PyObject item = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            PyObject parent = heap.get(parentPos);
            boolean lt = before(item, parent, max);
            if (heap.size() != size) {
                changed();
            }
            if (!lt) {
                break;
            }
            // The comparison may have moved items: take both again, as CPython does.
            parent = heap.get(parentPos);
            item = heap.get(pos);
            heap.set(parentPos, item);
            heap.set(pos, parent);
            pos = parentPos;
        }
    }

    /** Moves the earlier child up to a leaf, then the item at pos back up into place. */
    private static void siftUp(PyList heap, int pos, boolean max) {
        int end = heap.size(), start = pos;
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end) {
                boolean lt = before(heap.get(child), heap.get(right), max);
                if (heap.size() != end) {
                    changed();
                }
                if (!lt) {
                    child = right;
                }
            }
            PyObject tmp = heap.get(child);
            heap.set(child, heap.get(pos));
            heap.set(pos, tmp);
            pos = child;
            child = 2 * pos + 1;
        }
        siftDown(heap, start, pos, max);
    }
}
