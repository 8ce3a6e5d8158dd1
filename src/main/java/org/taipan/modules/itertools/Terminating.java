package org.taipan.modules.itertools;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Iter;
import org.taipan.objects.NumberOp;
import org.taipan.objects.PyGenericAlias;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/** The iterators that end with their input: accumulate, chain, compress, the *while family, starmap, pairwise. */
final class Terminating {
    private Terminating() {}

    static final class Accumulate extends ItIter {
        static final ArgParser ARGS = ArgParser.clinic("accumulate", "iterable, func=None, *, initial=None");
        static final PyType TYPE = type("accumulate", Accumulate.class, Accumulate::make, t -> { });

        private final PyObject it, func;
        private PyObject total, initial;

        private Accumulate(PyObject it, PyObject func, PyObject initial) {
            super(TYPE);
            this.it = it;
            this.func = func;
            this.initial = initial;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            PyObject[] a = bind(ARGS, args, kw);
            return new Accumulate(Iter.of(a[0]), given(a[1]) ? a[1] : null, given(a[2]) ? a[2] : null);
        }

        @Override
        PyObject next() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            PyObject v = Iter.next(it);
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else if (func == null) {
                total = Abstract.binaryOp(total, v, NumberOp.ADD);
            } else {
                total = Abstract.call(func, new PyObject[] {total, v}, null);
            }
            return total;
        }
    }

    static final class Chain extends ItIter {
        static final PyType TYPE = type("chain", Chain.class, Chain::make, t -> {
            Seq.classMethod(t, "from_iterable", (cls, args, start, kw) -> {
                PyObject[] a = ArgParser.unpack("from_iterable", 1, 1).bind(args, start, kw);
                return typed(new Chain(Iter.of(a[0])), (PyType) cls);
            });
            t.dict().setItem(PyStr.of("__class_getitem__"), PyGenericAlias.classGetitem(t));
        });

        private PyObject source, active;

        private Chain(PyObject source) {
            super(TYPE);
            this.source = source;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            noKeywords("chain", TYPE, type, kw);
            return new Chain(Iter.of(PyTuple.of(Seq.positional(args, kw))));
        }

        @Override
        PyObject next() {
            while (source != null || active != null) {
                if (active == null) {
                    PyObject iterable = Iter.next(source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    active = Iter.of(iterable);
                }
                PyObject v = Iter.next(active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }
    }

    static final class Compress extends ItIter {
        static final ArgParser ARGS = ArgParser.clinic("compress", "data, selectors");
        static final PyType TYPE = type("compress", Compress.class, Compress::make, t -> { });

        private final PyObject data, selectors;

        private Compress(PyObject data, PyObject selectors) {
            super(TYPE);
            this.data = data;
            this.selectors = selectors;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            PyObject[] a = bind(ARGS, args, kw);
            return new Compress(Iter.of(a[0]), Iter.of(a[1]));
        }

        @Override
        PyObject next() {
            for (;;) {
                PyObject d = Iter.next(data);
                if (d == null) {
                    return null;
                }
                PyObject s = Iter.next(selectors);
                if (s == null) {
                    return null;
                }
                if (Abstract.isTrue(s)) {
                    return d;
                }
            }
        }
    }

    /** dropwhile, takewhile and filterfalse: a predicate over one iterator. */
    // One Java class per type, so that two of them as bases are a lay-out conflict, as in CPython.
    static final class DropWhile extends Predicated {
        DropWhile(PyObject pred, PyObject it) {
            super(DROPWHILE, 0, pred, it);
        }
    }

    static final class TakeWhile extends Predicated {
        TakeWhile(PyObject pred, PyObject it) {
            super(TAKEWHILE, 1, pred, it);
        }
    }

    static final class FilterFalse extends Predicated {
        FilterFalse(PyObject pred, PyObject it) {
            super(FILTERFALSE, 2, pred, it);
        }
    }

    abstract static class Predicated extends ItIter {
        static final ArgParser DROP_ARGS = ArgParser.unpack("dropwhile", 2, 2);
        static final ArgParser TAKE_ARGS = ArgParser.unpack("takewhile", 2, 2);
        static final ArgParser FILTER_ARGS = ArgParser.unpack("filterfalse", 2, 2);
        static final PyType DROPWHILE = type("dropwhile", DropWhile.class, (t, a, k) -> make(0, "dropwhile", a, k), t -> { });
        static final PyType TAKEWHILE = type("takewhile", TakeWhile.class, (t, a, k) -> make(1, "takewhile", a, k), t -> { });
        static final PyType FILTERFALSE = type("filterfalse", FilterFalse.class, (t, a, k) -> make(2, "filterfalse", a, k), t -> { });

        private final int kind;
        private final PyObject pred, it;
        private boolean done; // dropwhile: stopped dropping; takewhile: stopped taking

        Predicated(PyType type, int kind, PyObject pred, PyObject it) {
            super(type);
            this.kind = kind;
            this.pred = pred;
            this.it = it;
        }

        private static PyObject make(int kind, String name, PyObject[] args, String[] kw) {
            PyObject[] a = (kind == 0 ? DROP_ARGS : kind == 1 ? TAKE_ARGS : FILTER_ARGS).bind(args, 0, kw);
            PyObject it = Iter.of(a[1]);
            return kind == 0 ? new DropWhile(a[0], it) : kind == 1 ? new TakeWhile(a[0], it) : new FilterFalse(a[0], it);
        }

        private boolean test(PyObject v) {
            if (kind == 2 && pred == PyNone.INSTANCE) {
                return Abstract.isTrue(v);
            }
            return Abstract.isTrue(Abstract.call(pred, new PyObject[] {v}, null));
        }

        @Override
        PyObject next() {
            switch (kind) {
                case 0 -> {
                    for (;;) {
                        PyObject v = Iter.next(it);
                        if (v == null || done) {
                            return v;
                        }
                        if (!test(v)) {
                            done = true;
                            return v;
                        }
                    }
                }
                case 1 -> {
                    if (done) {
                        return null;
                    }
                    PyObject v = Iter.next(it);
                    if (v == null) {
                        return null;
                    }
                    if (test(v)) {
                        return v;
                    }
                    done = true;
                    return null;
                }
                default -> {
                    for (;;) {
                        PyObject v = Iter.next(it);
                        if (v == null || !test(v)) {
                            return v;
                        }
                    }
                }
            }
        }
    }

    static final class Starmap extends ItIter {
        static final ArgParser ARGS = ArgParser.unpack("starmap", 2, 2);
        static final PyType TYPE = type("starmap", Starmap.class, Starmap::make, t -> { });

        private final PyObject func, it;

        private Starmap(PyObject func, PyObject it) {
            super(TYPE);
            this.func = func;
            this.it = it;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            PyObject[] a = bind(ARGS, args, kw);
            return new Starmap(a[0], Iter.of(a[1]));
        }

        @Override
        PyObject next() {
            PyObject v = Iter.next(it);
            return v == null ? null : Abstract.call(func, Iter.toArray(v), null);
        }
    }

    static final class Pairwise extends ItIter {
        static final ArgParser ARGS = ArgParser.unpack("pairwise", 1, 1);
        static final PyType TYPE = type("pairwise", Pairwise.class, Pairwise::make, t -> { });

        private PyObject it, old;

        private Pairwise(PyObject it) {
            super(TYPE);
            this.it = it;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            return new Pairwise(Iter.of(bind(ARGS, args, kw)[0]));
        }

        @Override
        PyObject next() {
            if (it == null) {
                return null;
            }
            if (old == null) {
                old = Iter.next(it);
                if (old == null) {
                    it = null;
                    return null;
                }
            }
            PyObject v = Iter.next(it);
            if (v == null) {
                it = null;
                old = null;
                return null;
            }
            PyTuple r = PyTuple.of(old, v);
            old = v;
            return r;
        }
    }
}
