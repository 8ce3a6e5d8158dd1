package org.taipan.vm;

import org.taipan.compiler.CodeUnit;
import org.taipan.objects.Abstract;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;

/**
 * The "Did you mean: 'x'?" that CPython 3.11 adds to NameError and AttributeError reports: the
 * closest name by an edit distance where changing only the case of a letter costs 1 and any
 * other insertion, deletion or substitution 2, accepted when within a third of the combined
 * lengths (plus 3). Names are looked for in the failing frame's variables, then its globals,
 * then the builtins; for attributes, in {@code dir(obj)}.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MOVE_COST = 2, CASE_COST = 1, MAX_CANDIDATES = 750;

    /** The suggestion for this exception, or null. */
    static String forException(PyBaseException e) {
        try {
            if (e.type().isSubtype(ExceptionTypes.NAME_ERROR)) {
                return forName(e);
            }
            if (e.type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return forAttribute(e);
            }
        } catch (PyException ignored) {
            // A suggestion is a courtesy: any failure computing it means none.
        }
        return null;
    }

    private static String forName(PyBaseException e) {
        if (!(e.field("name") instanceof PyStr name) || !(e.traceback instanceof PyTraceback tb)) {
            return null;
        }
        while (tb.next instanceof PyTraceback next) {
            tb = next;
        }
        PyFrame f = tb.frame;
        PyCode co = f.code;
        java.util.List<String> locals = new java.util.ArrayList<>();
        for (int i = 0; i < co.nlocalsplus; i++) {
            if ((co.localsplusKinds[i] & CodeUnit.KIND_LOCAL) != 0) {
                locals.add(co.localsplusNames[i]);
            }
        }
        String s = best(name.toString(), locals.toArray(new String[0]));
        if (s == null) {
            s = best(name.toString(), keys(f.globals));
        }
        if (s == null) {
            s = best(name.toString(), keys(f.builtins));
        }
        return s;
    }

    private static String forAttribute(PyBaseException e) {
        PyObject obj = e.field("obj");
        if (!(e.field("name") instanceof PyStr name) || obj == null) {
            return null;
        }
        PyObject dir = Abstract.callBound(obj.type().lookup("__dir__"), obj);
        PyObject[] items = Iter.toArray(dir);
        String[] names = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            names[i] = items[i] instanceof PyStr s ? s.toString() : null;
        }
        java.util.Arrays.sort(names, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        return best(name.toString(), names);
    }

    private static String[] keys(PyDict d) {
        PyObject[] ks = d.keysArray();
        String[] out = new String[ks.length];
        for (int i = 0; i < ks.length; i++) {
            out[i] = ks[i] instanceof PyStr s ? s.toString() : null;
        }
        return out;
    }

    private static String best(String name, String[] candidates) {
        if (candidates.length > MAX_CANDIDATES) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c == null || c.equals(name)) {
                continue;
            }
            int max = (name.length() + c.length() + 3) * MOVE_COST / 6;
            int d = distance(name, c, Math.min(max, bestDistance - 1));
            if (d <= max && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The edit distance, or something larger than {@code max} once it is sure to exceed it. */
    private static int distance(String a, String b, int max) {
        if (a.equals(b)) {
            return 0;
        }
        if (Math.abs(a.length() - b.length()) * MOVE_COST > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j * MOVE_COST;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i * MOVE_COST;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1), y = b.charAt(j - 1);
                int sub = x == y ? 0 : Character.toLowerCase(x) == Character.toLowerCase(y) ? CASE_COST : MOVE_COST;
                cur[j] = Math.min(Math.min(prev[j] + MOVE_COST, cur[j - 1] + MOVE_COST), prev[j - 1] + sub);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
