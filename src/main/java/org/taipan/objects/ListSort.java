package org.taipan.objects;

/**
 * {@code list.sort}: the adaptive, stable merge sort Python documents as timsort, with the
 * "powersort" merge policy of 3.11. Only {@code <} is ever called, in the same sequence as
 * CPython, so that inconsistent orders (NaNs, sets) and comparisons that raise leave the list
 * exactly as CPython leaves it. Keys, when there is a key function, move with their values.
 */
final class ListSort {
    private static final int MIN_GALLOP = 7;

    private final PyObject[] keys;
    /** The values that move with the keys, or null when the keys are the values. */
    private final PyObject[] values;
    private final int length;
    private int minGallop = MIN_GALLOP;
    private PyObject[] tmpKeys = new PyObject[0], tmpValues = new PyObject[0];

    // the stack of pending runs
    private final int[] runBase = new int[85], runLen = new int[85], runPower = new int[85];
    private int runs;

    private ListSort(PyObject[] keys, PyObject[] values, int length) {
        this.keys = keys;
        this.values = values;
        this.length = length;
    }

    /**
     * Sorts {@code a[0..n)}. With {@code reverse}, the order is reversed before and after, which
     * keeps equal items in their original order. On an exception from a key function nothing has
     * moved; on one from a comparison the items are left as the interrupted merge left them.
     */
    static void sort(PyObject[] a, int n, PyObject keyFunc, boolean reverse) {
        PyObject[] keys = a, values = null;
        if (keyFunc != null) {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Abstract.call(keyFunc, new PyObject[] {a[i]}, null);
            }
            values = a;
        }
        if (reverse) {
            reverseSlice(keys, values, 0, n);
        }
        try {
            if (n > 1) {
                new ListSort(keys, values, n).run();
            }
        } finally {
            if (reverse) {
                reverseSlice(keys, values, 0, n);
            }
        }
    }

    /**
     * {@code x < y} as a truth value. Exact ints, floats and tuples of the same type compare
     * here without dispatch (what their slots would do, making the same calls on the items of
     * tuples), as CPython's sort does after checking the types of its keys.
     */
    private static boolean lt(PyObject x, PyObject y) {
        Class<?> c = x.getClass();
        if (c == y.getClass()) {
            if (c == PyInt.class && ((PyInt) x).isLong() && ((PyInt) y).isLong()) {
                return ((PyInt) x).longValue() < ((PyInt) y).longValue();
            }
            if (c == PyFloat.class) {
                return ((PyFloat) x).value() < ((PyFloat) y).value();
            }
            if (c == PyTuple.class) {
                PyTuple a = (PyTuple) x, b = (PyTuple) y;
                int n = Math.min(a.size(), b.size());
                for (int i = 0; i < n; i++) {
                    PyObject p = a.get(i), q = b.get(i);
                    if (p.getClass() == PyInt.class && q.getClass() == PyInt.class
                            && ((PyInt) p).isLong() && ((PyInt) q).isLong()) {
                        long u = ((PyInt) p).longValue(), w = ((PyInt) q).longValue();
                        if (u != w) {
                            return u < w;
                        }
                    } else if (!Abstract.richCompareBool(p, q, CompareOp.EQ)) {
                        return lt(p, q);
                    }
                }
                return a.size() < b.size();
            }
        }
        return Abstract.isTrue(Abstract.richCompare(x, y, CompareOp.LT));
    }

    private static void reverseSlice(PyObject[] k, PyObject[] v, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = k[lo];
            k[lo] = k[hi];
            k[hi] = t;
            if (v != null) {
                t = v[lo];
                v[lo] = v[hi];
                v[hi] = t;
            }
        }
    }

    private void run() {
        int lo = 0, remaining = length;
        int minRun = minRun(remaining);
        do {
            int n = countRun(lo, lo + remaining);
            if (n < 0) {
                n = -n;
                reverseSlice(keys, values, lo, lo + n);
            }
            if (n < minRun) {
                int force = Math.min(remaining, minRun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(lo, n);
            runBase[runs] = lo;
            runLen[runs] = n;
            runs++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        while (runs > 1) {
            int i = runs - 2;
            if (i > 0 && runLen[i - 1] < runLen[i + 1]) {
                i--;
            }
            mergeAt(i);
        }
    }

    private static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** The length of the run at lo: negative for a strictly descending one. */
    private int countRun(int lo, int hi) {
        if (lo + 1 == hi) {
            return 1;
        }
        int n = 2;
        if (lt(keys[lo + 1], keys[lo])) {
            for (int p = lo + 2; p < hi && lt(keys[p], keys[p - 1]); p++) {
                n++;
            }
            return -n;
        }
        for (int p = lo + 2; p < hi && !lt(keys[p], keys[p - 1]); p++) {
            n++;
        }
        return n;
    }

    /** Binary insertion sort of [lo, hi), of which [lo, start) is already sorted. */
    private void binarySort(int lo, int hi, int start) {
        for (; start < hi; start++) {
            int l = lo, r = start;
            PyObject pivot = keys[start];
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                PyObject pv = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = pv;
            }
        }
    }

    /** Powersort: merges the runs on the stack whose power exceeds the new boundary's. */
    private void foundNewRun(int start2, int n2) {
        if (runs == 0) {
            return;
        }
        int s1 = runBase[runs - 1], n1 = runLen[runs - 1];
        int power = powerLoop(s1, n1, n2, length);
        while (runs > 1 && runPower[runs - 2] > power) {
            mergeAt(runs - 2);
        }
        runPower[runs - 1] = power;
    }

    private static int powerLoop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1, b = a + n1 + n2;
        while (true) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    private void mergeAt(int i) {
        int baseA = runBase[i], na = runLen[i], baseB = runBase[i + 1], nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(baseA, na, baseB, nb);
        } else {
            mergeHi(baseA, na, baseB, nb);
        }
    }

    /** Where {@code key} goes in the sorted a[base..base+n): before the leftmost equal item. */
    private static int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastOfs = 0, ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxOfs = n - hint;
            while (ofs < maxOfs) {
                if (lt(a[base + hint + ofs], key)) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxOfs;
                    }
                } else {
                    break;
                }
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs) {
                if (lt(a[base + hint - ofs], key)) {
                    break;
                }
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt(a[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** Where {@code key} goes in the sorted a[base..base+n): after the rightmost equal item. */
    private static int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastOfs = 0, ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs) {
                if (lt(key, a[base + hint - ofs])) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxOfs;
                    }
                } else {
                    break;
                }
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxOfs = n - hint;
            while (ofs < maxOfs) {
                if (lt(key, a[base + hint + ofs])) {
                    break;
                }
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    private void ensureTmp(int n) {
        if (tmpKeys.length < n) {
            tmpKeys = new PyObject[n];
            if (values != null) {
                tmpValues = new PyObject[n];
            }
        }
    }

    /** {@link #move} of one element, the merge loops' step: an assignment costs less than arraycopy. */
    private void move1(PyObject[] fromK, PyObject[] fromV, int from, PyObject[] toK, PyObject[] toV, int to) {
        toK[to] = fromK[from];
        if (values != null) {
            toV[to] = fromV[from];
        }
    }

    private void move(PyObject[] fromK, PyObject[] fromV, int from, PyObject[] toK, PyObject[] toV, int to, int n) {
        System.arraycopy(fromK, from, toK, to, n);
        if (values != null) {
            System.arraycopy(fromV, from, toV, to, n);
        }
    }

    /** Merges the adjacent runs a and b in place, na <= nb, copying run a aside. */
    private void mergeLo(int pa, int na, int pb, int nb) {
        ensureTmp(na);
        PyObject[] k = keys, v = values, tk = tmpKeys, tv = tmpValues;
        move(k, v, pa, tk, tv, 0, na);
        int dest = pa, a = 0, b = pb;
        try {
            move1(k, v, b++, k, v, dest++);
            if (--nb == 0) {
                return;
            }
            if (na == 1) {
                copyB(dest, b, nb, a);
                na = 0;
                return;
            }
            int mg = minGallop;
            outer:
            while (true) {
                int acount = 0, bcount = 0;
                while (true) {
                    if (lt(k[b], tk[a])) {
                        move1(k, v, b++, k, v, dest++);
                        bcount++;
                        acount = 0;
                        if (--nb == 0) {
                            break outer;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    } else {
                        move1(tk, tv, a++, k, v, dest++);
                        acount++;
                        bcount = 0;
                        if (--na == 1) {
                            copyB(dest, b, nb, a);
                            na = 0;
                            return;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int n = gallopRight(k[b], tk, a, na, 0);
                    acount = n;
                    if (n > 0) {
                        move(tk, tv, a, k, v, dest, n);
                        dest += n;
                        a += n;
                        na -= n;
                        if (na == 1) {
                            copyB(dest, b, nb, a);
                            na = 0;
                            return;
                        }
                        if (na == 0) {
                            break outer;
                        }
                    }
                    move1(k, v, b++, k, v, dest++);
                    if (--nb == 0) {
                        break outer;
                    }
                    n = gallopLeft(tk[a], k, b, nb, 0);
                    bcount = n;
                    if (n > 0) {
                        move(k, v, b, k, v, dest, n);
                        dest += n;
                        b += n;
                        nb -= n;
                        if (nb == 0) {
                            break outer;
                        }
                    }
                    move1(tk, tv, a++, k, v, dest++);
                    if (--na == 1) {
                        copyB(dest, b, nb, a);
                        na = 0;
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            if (na > 0) { // on success or failure, what is left of run a goes back in
                move(tk, tv, a, k, v, dest, na);
            }
        }
    }

    /** The end of mergeLo when one item of a is left: the rest of b, then that item. */
    private void copyB(int dest, int b, int nb, int a) {
        move(keys, values, b, keys, values, dest, nb);
        move1(tmpKeys, tmpValues, a, keys, values, dest + nb);
    }

    /** Merges the adjacent runs a and b in place from the right, na > nb, copying run b aside. */
    private void mergeHi(int pa, int na, int pb, int nb) {
        ensureTmp(nb);
        PyObject[] k = keys, v = values, tk = tmpKeys, tv = tmpValues;
        move(k, v, pb, tk, tv, 0, nb);
        int dest = pb + nb - 1, a = pa + na - 1, b = nb - 1;
        try {
            move1(k, v, a--, k, v, dest--);
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                copyA(dest, a, na, b);
                nb = 0;
                return;
            }
            int mg = minGallop;
            outer:
            while (true) {
                int acount = 0, bcount = 0;
                while (true) {
                    if (lt(tk[b], k[a])) {
                        move1(k, v, a--, k, v, dest--);
                        acount++;
                        bcount = 0;
                        if (--na == 0) {
                            break outer;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    } else {
                        move1(tk, tv, b--, k, v, dest--);
                        bcount++;
                        acount = 0;
                        if (--nb == 1) {
                            copyA(dest, a, na, b);
                            nb = 0;
                            return;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int n = na - gallopRight(tk[b], k, pa, na, na - 1);
                    acount = n;
                    if (n > 0) {
                        dest -= n;
                        a -= n;
                        move(k, v, a + 1, k, v, dest + 1, n);
                        na -= n;
                        if (na == 0) {
                            break outer;
                        }
                    }
                    move1(tk, tv, b--, k, v, dest--);
                    if (--nb == 1) {
                        copyA(dest, a, na, b);
                        nb = 0;
                        return;
                    }
                    n = nb - gallopLeft(k[a], tk, 0, nb, nb - 1);
                    bcount = n;
                    if (n > 0) {
                        dest -= n;
                        b -= n;
                        move(tk, tv, b + 1, k, v, dest + 1, n);
                        nb -= n;
                        if (nb == 1) {
                            copyA(dest, a, na, b);
                            nb = 0;
                            return;
                        }
                        if (nb == 0) {
                            break outer;
                        }
                    }
                    move1(k, v, a--, k, v, dest--);
                    if (--na == 0) {
                        break outer;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            if (nb > 0) { // what is left of run b (tmp[0..nb)) goes back in
                move(tk, tv, 0, k, v, dest - (nb - 1), nb);
            }
        }
    }

    /** The end of mergeHi when one item of b is left: the rest of a shifted up, that item first. */
    private void copyA(int dest, int a, int na, int b) {
        dest -= na;
        a -= na;
        move(keys, values, a + 1, keys, values, dest + 1, na);
        move1(tmpKeys, tmpValues, b, keys, values, dest);
    }
}
