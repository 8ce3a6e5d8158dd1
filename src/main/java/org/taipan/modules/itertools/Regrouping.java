package org.taipan.modules.itertools;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.Errors;
import org.taipan.objects.Iter;
import org.taipan.objects.PyException;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/** groupby, islice, tee and zip_longest. */
final class Regrouping {
    private Regrouping() {}

    static final class GroupBy extends ItIter {
        static final ArgParser ARGS = ArgParser.clinic("groupby", "iterable, key=None");
        static final PyType TYPE = type("groupby", GroupBy.class, GroupBy::make, t -> { });

        private final PyObject it, keyfunc;
        private PyObject tgtkey, currkey, currvalue; // null: none yet
        private Grouper current;

        private GroupBy(PyObject it, PyObject keyfunc) {
            super(TYPE);
            this.it = it;
            this.keyfunc = keyfunc;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            PyObject[] a = bind(ARGS, args, kw);
            return new GroupBy(Iter.of(a[0]), given(a[1]) ? a[1] : null);
        }

        /** Reads the next value and its key; false at the end. */
        private boolean step() {
            PyObject v = Iter.next(it);
            if (v == null) {
                return false;
            }
            PyObject k = keyfunc == null ? v : Abstract.call(keyfunc, new PyObject[] {v}, null);
            currvalue = v;
            currkey = k;
            return true;
        }

        @Override
        PyObject next() {
            current = null;
            // Skip what is left of the current group.
            for (;;) {
                if (currkey != null) {
                    if (tgtkey == null || !Abstract.richCompareBool(tgtkey, currkey, CompareOp.EQ)) {
                        break;
                    }
                }
                if (!step()) {
                    return null;
                }
            }
            tgtkey = currkey;
            current = new Grouper(this, tgtkey);
            return PyTuple.of(currkey, current);
        }
    }

    /** One group of a groupby; it ends when its parent moves on. */
    static final class Grouper extends ItIter {
        static final PyType TYPE = finalType("_grouper", Grouper.class, (t, a, k) -> {
            throw Errors.typeError("cannot create 'itertools._grouper' instances");
        }, t -> { });

        private final GroupBy parent;
        private final PyObject tgtkey;

        Grouper(GroupBy parent, PyObject tgtkey) {
            super(TYPE);
            this.parent = parent;
            this.tgtkey = tgtkey;
        }

        @Override
        PyObject next() {
            GroupBy g = parent;
            if (g.current != this) {
                return null;
            }
            if (g.currvalue == null && !g.step()) {
                return null;
            }
            if (!Abstract.richCompareBool(tgtkey, g.currkey, CompareOp.EQ)) {
                return null;
            }
            PyObject r = g.currvalue;
            g.currvalue = null;
            return r;
        }
    }

    static final class ISlice extends ItIter {
        static final ArgParser ARGS = ArgParser.unpack("islice", 2, 4);
        static final PyType TYPE = type("islice", ISlice.class, ISlice::make, t -> { });

        private PyObject it;
        private long next, stop, step, count; // stop -1: no stop

        private ISlice(PyObject it, long start, long stop, long step) {
            super(TYPE);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            noKeywords("islice", TYPE, type, kw);
            PyObject[] a = bind(ARGS, Seq.positional(args, kw), null);
            long start = 0, stop, step = 1;
            if (a[2] == null) {
                stop = bound(a[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            } else {
                String msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
                start = a[1] == PyNone.INSTANCE ? 0 : bound(a[1], msg);
                stop = bound(a[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                if (a[3] != null && a[3] != PyNone.INSTANCE) {
                    long s;
                    try {
                        s = Seq.asSsize(a[3]);
                    } catch (PyException e) {
                        s = -1;
                    }
                    if (s < 1) {
                        throw Errors.valueError("Step for islice() must be a positive integer or None.");
                    }
                    step = s;
                }
            }
            return new ISlice(Iter.of(a[0]), start, stop, step);
        }

        private static long bound(PyObject o, String msg) {
            if (o == PyNone.INSTANCE) {
                return -1;
            }
            long v;
            try {
                v = Seq.asSsize(o);
            } catch (PyException e) {
                v = -1;
            }
            if (v < 0) {
                throw Errors.valueError(msg);
            }
            return v;
        }

        @Override
        PyObject next() {
            if (it == null) {
                return null;
            }
            while (count < next) {
                if (Iter.next(it) == null) {
                    it = null;
                    return null;
                }
                count++;
            }
            if (stop != -1 && count >= stop) {
                it = null;
                return null;
            }
            PyObject v = Iter.next(it);
            if (v == null) {
                it = null;
                return null;
            }
            count++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) {
                next = stop;
            }
            return v;
        }
    }

    /** The values a group of tees share, read from the source on demand. */
    private static final class TeeData {
        static final int SIZE = 57;
        final PyObject it;
        final PyObject[] values = new PyObject[SIZE];
        int read;
        TeeData nextLink;
        boolean running;

        TeeData(PyObject it) {
            this.it = it;
        }

        PyObject get(int i) {
            if (i < read) {
                return values[i];
            }
            if (running) {
                throw Errors.of(org.taipan.objects.ExceptionTypes.RUNTIME_ERROR, "cannot re-enter the tee iterator");
            }
            running = true;
            PyObject v;
            try {
                v = Iter.next(it);
            } finally {
                running = false;
            }
            if (v != null) {
                values[read++] = v;
            }
            return v;
        }

        TeeData next() {
            if (nextLink == null) {
                nextLink = new TeeData(it);
            }
            return nextLink;
        }
    }

    static final class Tee extends ItIter {
        static final PyType TYPE = finalType("_tee", Tee.class, (t, a, k) -> {
            PyObject[] p = ArgParser.unpack("_tee", 1, 1).bind(a, 0, k);
            return fromIterable(p[0]);
        }, t -> t.method("__copy__", self -> ((Tee) self).copy()));

        private TeeData data;
        private int index;

        private Tee(TeeData data, int index) {
            super(TYPE);
            this.data = data;
            this.index = index;
        }

        static Tee fromIterable(PyObject iterable) {
            PyObject it = Iter.of(iterable);
            return it instanceof Tee t ? t.copy() : new Tee(new TeeData(it), 0);
        }

        Tee copy() {
            return new Tee(data, index);
        }

        @Override
        PyObject next() {
            if (index >= TeeData.SIZE) {
                data = data.next();
                index = 0;
            }
            PyObject v = data.get(index);
            if (v != null) {
                index++;
            }
            return v;
        }

        static PyObject tee(PyObject[] args, String[] kw) {
            PyObject[] a = ArgParser.unpack("tee", 1, 2).bind(args, 0, kw);
            long n = a[1] == null ? 2 : Seq.asSsize(a[1]);
            if (n < 0) {
                throw Errors.valueError("n must be >= 0");
            }
            if (n == 0) {
                return PyTuple.EMPTY;
            }
            PyObject it = Iter.of(a[0]);
            PyObject first;
            PyObject copier = it.type().lookup("__copy__");
            first = copier != null ? it : new Tee(new TeeData(it), 0);
            PyObject[] out = new PyObject[Math.toIntExact(n)];
            out[0] = first;
            for (int i = 1; i < out.length; i++) {
                out[i] = first instanceof Tee t ? t.copy() : Abstract.callBound(copier, first);
            }
            return PyTuple.wrap(out);
        }
    }

    static final class ZipLongest extends ItIter {
        static final PyType TYPE = type("zip_longest", ZipLongest.class, ZipLongest::make, t -> { });

        private final PyObject[] its;
        private final PyObject fill;
        private int active;

        private ZipLongest(PyObject[] its, PyObject fill) {
            super(TYPE);
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            int nkw = kw == null ? 0 : kw.length;
            PyObject fill = PyNone.INSTANCE;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("fillvalue") || nkw > 1) {
                    throw Errors.typeError("zip_longest() got an unexpected keyword argument");
                }
                fill = args[args.length - nkw + k];
            }
            PyObject[] its = new PyObject[args.length - nkw];
            for (int i = 0; i < its.length; i++) {
                its[i] = Iter.of(args[i]);
            }
            return new ZipLongest(its, fill);
        }

        @Override
        PyObject next() {
            if (its.length == 0 || active == 0) {
                return null;
            }
            PyObject[] r = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = its[i] == null ? null : Iter.next(its[i]);
                if (v == null) {
                    if (its[i] != null) {
                        its[i] = null;
                        if (--active == 0) {
                            return null;
                        }
                    }
                    v = fill;
                }
                r[i] = v;
            }
            return PyTuple.wrap(r);
        }
    }
}
