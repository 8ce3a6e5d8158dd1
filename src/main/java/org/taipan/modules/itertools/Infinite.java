package org.taipan.modules.itertools;

import java.util.ArrayList;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.Iter;
import org.taipan.objects.NumberOp;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/** The infinite iterators: {@code count}, {@code cycle}, {@code repeat}. */
final class Infinite {
    private Infinite() {}

    static final class Count extends ItIter {
        static final ArgParser ARGS = ArgParser.clinic("count", "start=0, step=1");
        static final PyType TYPE = type("count", Count.class, Count::make, t -> { });

        static {
            TYPE.repr = self -> ((Count) self).repr();
        }

        // With an int start and a step of 1 the count runs in a long until it would overflow.
        private boolean fast;
        private long cnt;
        private PyObject start;
        private final PyObject step;

        private Count(PyObject start, PyObject step) {
            super(TYPE);
            this.step = step;
            if (start instanceof PyInt i && i.isLong() && step instanceof PyInt s && s.isLong() && s.longValue() == 1) {
                fast = true;
                cnt = i.longValue();
            } else {
                this.start = start;
            }
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            PyObject[] a = bind(ARGS, args, kw);
            PyObject start = a[0] == null ? PyInt.of(0) : a[0], step = a[1] == null ? PyInt.of(1) : a[1];
            if (!isNumber(start) || !isNumber(step)) {
                throw Errors.typeError("a number is required");
            }
            return new Count(start, step);
        }

        private static boolean isNumber(PyObject o) {
            PyType t = o.type();
            return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex
                    || t.index != null || t.asInt != null || t.asFloat != null;
        }

        @Override
        PyObject next() {
            if (fast) {
                if (cnt != Long.MAX_VALUE) {
                    return PyInt.of(cnt++);
                }
                fast = false;
                start = PyInt.of(cnt);
            }
            PyObject r = start;
            start = Abstract.binaryOp(start, step, NumberOp.ADD);
            return r;
        }

        private PyStr repr() {
            String s = Abstract.repr(fast ? PyInt.of(cnt) : start).toString();
            if (step instanceof PyInt i && i.isLong() && i.longValue() == 1) {
                return PyStr.of(typeName() + "(" + s + ")");
            }
            return PyStr.of(typeName() + "(" + s + ", " + Abstract.repr(step) + ")");
        }
    }

    static final class Cycle extends ItIter {
        static final ArgParser ARGS = ArgParser.unpack("cycle", 1, 1);
        static final PyType TYPE = type("cycle", Cycle.class, Cycle::make, t -> { });

        private PyObject it;
        private final ArrayList<PyObject> saved = new ArrayList<>();
        private int index;

        private Cycle(PyObject it) {
            super(TYPE);
            this.it = it;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            return new Cycle(Iter.of(bind(ARGS, args, kw)[0]));
        }

        @Override
        PyObject next() {
            if (it != null) {
                PyObject v = Iter.next(it);
                if (v != null) {
                    saved.add(v);
                    return v;
                }
                it = null;
            }
            if (saved.isEmpty()) {
                return null;
            }
            PyObject v = saved.get(index);
            index = index + 1 == saved.size() ? 0 : index + 1;
            return v;
        }
    }

    static final class Repeat extends ItIter {
        static final ArgParser ARGS = ArgParser.clinic("repeat", "object, times=None");
        static final PyType TYPE = type("repeat", Repeat.class, Repeat::make, t -> t.method("__length_hint__", self -> {
            Repeat r = (Repeat) self;
            if (r.left < 0) {
                throw Errors.typeError("len() of unsized object");
            }
            return PyInt.of(r.left);
        }));

        static {
            TYPE.repr = self -> {
                Repeat r = (Repeat) self;
                String e = Abstract.repr(r.element).toString();
                String n = r.typeName();
                return PyStr.of(r.left < 0 ? n + "(" + e + ")" : n + "(" + e + ", " + r.left + ")");
            };
            TYPE.length = null;
        }

        private final PyObject element;
        private long left; // -1: forever

        private Repeat(PyObject element, long left) {
            super(TYPE);
            this.element = element;
            this.left = left;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            PyObject[] a = bind(ARGS, args, kw);
            long n = a[1] == null ? -1 : Math.max(0, Seq.asSsize(a[1]));
            return new Repeat(a[0], n);
        }

        @Override
        PyObject next() {
            if (left == 0) {
                return null;
            }
            if (left > 0) {
                left--;
            }
            return element;
        }
    }
}
