package org.taipan.modules.re;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.TextAccess;

/** The loops of findall, split and sub, over successive matches of one string (as the scanner). */
final class ReOps {
    private ReOps() {}

    /** Cuts text[a:b] as an exact str or bytes. */
    static PyObject slice(int[] t, boolean isStr, int a, int b) {
        if (isStr) {
            for (int k = a; k < b; k++) {
                if (t[k] >= 0xD800 && t[k] <= 0xDFFF) {
                    return PyStr.ofCodePoints(Arrays.copyOfRange(t, a, b));
                }
            }
            return PyStr.of(new String(t, a, b - a));
        }
        byte[] out = new byte[b - a];
        for (int k = a; k < b; k++) {
            out[k - a] = (byte) t[k];
        }
        return new PyBytes(out);
    }

    private static PyObject group(ReNodes.State s, boolean isStr, int g, PyObject unset) {
        int a = s.marks[2 * g], b = s.marks[2 * g + 1];
        return a < 0 || b < 0 ? unset : slice(s.text, isStr, a, b);
    }

    /** Steps the state to the next match at or after pos (no empty match again at an empty match's end). */
    private static boolean next(ReProgram prog, ReNodes.State s, int pos) {
        return prog.run(s, pos, 2);
    }

    static PyObject findall(ReProgram prog, ReNodes.State s, boolean isStr, int pos) {
        List<PyObject> out = new ArrayList<>();
        PyObject empty = slice(s.text, isStr, 0, 0);
        int n = prog.groups - 1;
        while (pos <= s.end && next(prog, s, pos)) {
            int st = s.attemptStart, e = s.matchEnd;
            if (n == 0) {
                out.add(slice(s.text, isStr, st, e));
            } else if (n == 1) {
                out.add(group(s, isStr, 1, empty));
            } else {
                PyObject[] g = new PyObject[n];
                for (int k = 1; k <= n; k++) {
                    g[k - 1] = group(s, isStr, k, empty);
                }
                out.add(PyTuple.wrap(g));
            }
            s.noEmptyAt = st == e ? e : -1;
            pos = e;
        }
        return PyList.wrap(out.toArray(new PyObject[0]));
    }

    static PyObject split(ReProgram prog, ReNodes.State s, boolean isStr, long maxsplit) {
        List<PyObject> out = new ArrayList<>();
        int[] t = s.text;
        if (maxsplit < 0) {
            out.add(slice(t, isStr, 0, t.length));
            return PyList.wrap(out.toArray(new PyObject[0]));
        }
        int last = 0, pos = 0;
        long count = 0;
        while ((maxsplit == 0 || count < maxsplit) && pos <= s.end && next(prog, s, pos)) {
            int st = s.attemptStart, e = s.matchEnd;
            out.add(slice(t, isStr, last, st));
            for (int k = 1; k < prog.groups; k++) {
                out.add(group(s, isStr, k, PyNone.INSTANCE));
            }
            last = e;
            count++;
            s.noEmptyAt = st == e ? e : -1;
            pos = e;
        }
        out.add(slice(t, isStr, last, t.length));
        return PyList.wrap(out.toArray(new PyObject[0]));
    }

    /**
     * sub/subn: {@code template} is the parsed replacement (literal str/bytes pieces and group
     * numbers) or null with {@code func} the callable; returns (new string, count).
     */
    static PyObject sub(ReProgram prog, ReNodes.State s, boolean isStr, PyObject pattern, PyObject string,
                        PyObject[] template, PyObject func, long count) {
        int[] t = s.text;
        List<PyObject> pieces = new ArrayList<>();
        int last = 0, pos = 0, n = 0;
        while ((count == 0 || n < count) && pos <= s.end && next(prog, s, pos)) {
            int st = s.attemptStart, e = s.matchEnd;
            if (st > last) {
                pieces.add(slice(t, isStr, last, st));
            }
            if (func != null) {
                PyObject r = Abstract.call(func, new PyObject[] {new ReMatch(prog, pattern, string, isStr, s, st, 0)}, null);
                if (r != PyNone.INSTANCE) {
                    pieces.add(r);
                }
            } else {
                for (PyObject p : template) {
                    if (p instanceof PyInt) {
                        int g = (int) ((PyInt) p).longValue();
                        int a = s.marks[2 * g], b = s.marks[2 * g + 1];
                        if (g == 0) {
                            a = st;
                            b = e;
                        }
                        if (a >= 0 && b >= 0 && b > a) {
                            pieces.add(slice(t, isStr, a, b));
                        }
                    } else {
                        pieces.add(p);
                    }
                }
            }
            last = e;
            n++;
            s.noEmptyAt = st == e ? e : -1;
            pos = e;
        }
        if (n == 0) {
            return PyTuple.of(slice(t, isStr, 0, t.length), PyInt.of(0));
        }
        if (last < t.length) {
            pieces.add(slice(t, isStr, last, t.length));
        }
        return PyTuple.of(join(pieces, isStr), PyInt.of(n));
    }

    private static PyObject join(List<PyObject> pieces, boolean isStr) {
        if (isStr) {
            int total = 0;
            boolean surrogates = false;
            for (int k = 0; k < pieces.size(); k++) {
                PyObject p = pieces.get(k);
                if (!(p instanceof PyStr s)) {
                    throw Errors.typeError("sequence item " + k + ": expected str instance, " + p.type().name() + " found");
                }
                total += s.value().length();
            }
            StringBuilder sb = new StringBuilder(total);
            for (PyObject p : pieces) {
                sb.append(((PyStr) p).value());
            }
            // pieces cut around lone surrogates must keep them apart: rebuild from code points
            for (int q = 0; q < sb.length() && !surrogates; q++) {
                surrogates = Character.isSurrogate(sb.charAt(q));
            }
            if (!surrogates) {
                return PyStr.of(sb.toString());
            }
            List<Integer> all = new ArrayList<>();
            for (PyObject p : pieces) {
                for (int c : TextAccess.codePoints((PyStr) p)) {
                    all.add(c);
                }
            }
            int[] cps = new int[all.size()];
            for (int k = 0; k < cps.length; k++) {
                cps[k] = all.get(k);
            }
            return PyStr.ofCodePoints(cps);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int k = 0; k < pieces.size(); k++) {
            byte[] b = TextAccess.bytesOrNull(pieces.get(k));
            if (b == null) {
                throw Errors.typeError("sequence item " + k + ": expected a bytes-like object, "
                        + pieces.get(k).type().name() + " found");
            }
            out.write(b, 0, b.length);
        }
        return new PyBytes(out.toByteArray());
    }

    static PyObject[] templateItems(PyObject template) {
        return Iter.toArray(template);
    }
}
