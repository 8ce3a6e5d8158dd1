package org.taipan.modules.itertools;

import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.Iter;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/** product, permutations, combinations and combinations_with_replacement, over index arrays. */
final class Combinatoric {
    private Combinatoric() {}

    static final class Product extends ItIter {
        static final PyType TYPE = type("product", Product.class, Product::make, t -> { });

        private final PyObject[][] pools;
        private int[] indices; // null before the first tuple
        private PyObject[] result;
        private boolean stopped;

        private Product(PyObject[][] pools) {
            super(TYPE);
            this.pools = pools;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            int nkw = kw == null ? 0 : kw.length;
            long repeat = 1;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("repeat")) {
                    throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for product()");
                }
                repeat = Seq.asSsize(args[args.length - nkw + k]);
                if (repeat < 0) {
                    throw Errors.valueError("repeat argument cannot be negative");
                }
            }
            int n = args.length - nkw;
            PyObject[][] base = new PyObject[n][];
            for (int i = 0; i < n; i++) {
                base[i] = Iter.toArray(args[i]);
            }
            long total = n * repeat;
            if (n > 0 && total / n != repeat || total > Integer.MAX_VALUE - 8) {
                throw Errors.overflowError("repeat argument too large");
            }
            PyObject[][] pools = new PyObject[(int) total][];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = base[i % Math.max(n, 1)];
            }
            return new Product(pools);
        }

        @Override
        PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pools.length;
            if (indices == null) {
                indices = new int[n];
                result = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    if (pools[i].length == 0) {
                        stopped = true;
                        return null;
                    }
                    result[i] = pools[i][0];
                }
                return PyTuple.of(result.clone());
            }
            int i = n - 1;
            for (; i >= 0; i--) {
                PyObject[] pool = pools[i];
                if (++indices[i] < pool.length) {
                    result[i] = pool[indices[i]];
                    break;
                }
                indices[i] = 0;
                result[i] = pool[0];
            }
            if (i < 0) {
                stopped = true;
                return null;
            }
            return PyTuple.of(result.clone());
        }
    }

    static final class Permutations extends ItIter {
        static final ArgParser ARGS = ArgParser.clinic("permutations", "iterable, r=None");
        static final PyType TYPE = type("permutations", Permutations.class, Permutations::make, t -> { });

        private final PyObject[] pool;
        private final int r;
        private int[] indices, cycles; // null before the first tuple
        private boolean stopped;

        private Permutations(PyObject[] pool, int r) {
            super(TYPE);
            this.pool = pool;
            this.r = r;
            stopped = r > pool.length;
        }

        private static PyObject make(PyType type, PyObject[] args, String[] kw) {
            PyObject[] a = bind(ARGS, args, kw);
            PyObject[] pool = Iter.toArray(a[0]);
            long r = pool.length;
            if (a[1] != null && a[1] != PyNone.INSTANCE) {
                if (!(a[1] instanceof PyInt)) {
                    throw Errors.typeError("Expected int as r");
                }
                r = Seq.asSsize(a[1]);
                if (r < 0) {
                    throw Errors.valueError("r must be non-negative");
                }
            }
            return new Permutations(pool, (int) Math.min(r, Integer.MAX_VALUE));
        }

        @Override
        PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[n];
                for (int i = 0; i < n; i++) {
                    indices[i] = i;
                }
                cycles = new int[r];
                for (int i = 0; i < r; i++) {
                    cycles[i] = n - i;
                }
                return tuple();
            }
            if (n == 0) {
                stopped = true;
                return null;
            }
            for (int i = r - 1; i >= 0; i--) {
                if (--cycles[i] == 0) {
                    // Move indices[i] to the end, shifting the rest left.
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int tmp = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = tmp;
                    return tuple();
                }
            }
            stopped = true;
            return null;
        }

        private PyObject tuple() {
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return PyTuple.wrap(out);
        }
    }

    /** combinations and combinations_with_replacement. */
    // One Java class per type, so that the two as bases are a lay-out conflict, as in CPython.
    static final class Plain extends Combinations {
        Plain(PyObject[] pool, int r) {
            super(pool, r, false);
        }
    }

    static final class WithReplacement extends Combinations {
        WithReplacement(PyObject[] pool, int r) {
            super(pool, r, true);
        }
    }

    abstract static class Combinations extends ItIter {
        static final ArgParser ARGS = ArgParser.clinic("combinations", "iterable, r");
        static final ArgParser ARGS_WR = ArgParser.clinic("combinations_with_replacement", "iterable, r");
        static final PyType TYPE = type("combinations", Plain.class, (t, a, k) -> make(false, a, k), t -> { });
        static final PyType TYPE_WR = type("combinations_with_replacement", WithReplacement.class, (t, a, k) -> make(true, a, k), t -> { });

        private final PyObject[] pool;
        private final int r;
        private final boolean replace;
        private int[] indices;
        private boolean stopped;

        Combinations(PyObject[] pool, int r, boolean replace) {
            super(replace ? TYPE_WR : TYPE);
            this.pool = pool;
            this.r = r;
            this.replace = replace;
            stopped = replace ? pool.length == 0 && r > 0 : r > pool.length;
        }

        private static PyObject make(boolean replace, PyObject[] args, String[] kw) {
            PyObject[] a = bind(replace ? ARGS_WR : ARGS, args, kw);
            PyObject[] pool = Iter.toArray(a[0]);
            long r = Seq.asSsize(a[1]);
            if (r < 0) {
                throw Errors.valueError("r must be non-negative");
            }
            if (r > Integer.MAX_VALUE - 8) {
                if (replace && pool.length > 0) {
                    throw Errors.of(org.taipan.objects.ExceptionTypes.MEMORY_ERROR, "");
                }
                r = Integer.MAX_VALUE - 8;
            }
            return replace ? new WithReplacement(pool, (int) r) : new Plain(pool, (int) r);
        }

        @Override
        PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[r];
                for (int i = 0; i < r; i++) {
                    indices[i] = replace ? 0 : i;
                }
                return tuple();
            }
            int i = r - 1;
            if (replace) {
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
            } else {
                while (i >= 0 && indices[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            return tuple();
        }

        private PyObject tuple() {
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return PyTuple.wrap(out);
        }
    }
}
