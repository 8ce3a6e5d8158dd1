package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The searching and splitting methods of {@code str}: find, index, count, replace, split,
 * rsplit, splitlines, partition, startswith, endswith, strip. They search the UTF-16 text and
 * report code point indexes; a match never splits a surrogate pair.
 */
final class StrSearch {
    private StrSearch() {}

    /** Whether {@code s} has a match of {@code sub} at char offset {@code at} that does not split a pair. */
    private static boolean whole(String s, String sub, int at) {
        if (sub.isEmpty()) {
            return at == 0 || at == s.length() || !Character.isSurrogatePair(s.charAt(at - 1), s.charAt(at));
        }
        boolean startsLow = Character.isLowSurrogate(sub.charAt(0));
        boolean endsHigh = Character.isHighSurrogate(sub.charAt(sub.length() - 1));
        return !(startsLow && at > 0 && Character.isHighSurrogate(s.charAt(at - 1)))
                && !(endsHigh && at + sub.length() < s.length() && Character.isLowSurrogate(s.charAt(at + sub.length())));
    }

    /** {@code s.indexOf(sub, from)} limited to matches ending by {@code end}, whole code points only; -1 if none. */
    static int indexOf(String s, String sub, int from, int end) {
        from = Math.max(from, 0);
        end = Math.min(end, s.length());
        if (from > end) {
            return -1;
        }
        // the bounded search: a miss costs the range, not the rest of the string
        int i = s.indexOf(sub, from, end);
        while (i >= 0) {
            if (whole(s, sub, i)) {
                return i;
            }
            i = s.indexOf(sub, i + 1, end);
        }
        return -1;
    }

    /** The last match of {@code sub} starting at or after {@code start} and ending by {@code end}; -1 if none. */
    static int lastIndexOf(String s, String sub, int start, int end) {
        for (int i = Math.min(end, s.length()) - sub.length(); i >= Math.max(start, 0); i--) {
            if (s.startsWith(sub, i) && whole(s, sub, i)) {
                return i;
            }
        }
        return -1;
    }

    // ---- slice arguments of find, count, startswith, …

    /** A start or end argument: None or an index-like value, clamped like a slice bound. */
    private static long sliceArg(PyObject v, long dflt) {
        if (v == null || v == PyNone.INSTANCE) {
            return dflt;
        }
        if (!Seq.hasIndex(v)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Seq.asSize(v, null);
    }

    /**
     * The range {@code s[start:end]} as char offsets {from, to}, or null when {@code start} is
     * past the end (where even the empty string is not found).
     */
    private static int[] range(PyStr s, PyObject startArg, PyObject endArg) {
        long n = s.length();
        long start = sliceArg(startArg, 0), end = sliceArg(endArg, n);
        if (end > n) {
            end = n;
        } else if (end < 0) {
            end = Math.max(0, end + n);
        }
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (start > n) {
            return null;
        }
        return new int[] {s.offset((int) start), s.offset((int) Math.max(start, end)), end < start ? 1 : 0};
    }

    static String subArg(PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("must be str, not " + v.type().name());
        }
        return s.value();
    }

    static final ArgParser FIND = ArgParser.clinic("find", "sub, start=None, end=None, /");
    static final ArgParser RFIND = ArgParser.clinic("rfind", "sub, start=None, end=None, /");
    static final ArgParser INDEX = ArgParser.clinic("index", "sub, start=None, end=None, /");
    static final ArgParser RINDEX = ArgParser.clinic("rindex", "sub, start=None, end=None, /");
    static final ArgParser COUNT = ArgParser.clinic("count", "sub, start=None, end=None, /");

    /**
     * find, rfind, index, rindex: the code point index of a match, or -1 (index: ValueError).
     * {@code startArg} and {@code endArg} are null when not given.
     */
    static PyObject find(PyStr self, PyObject subArg, PyObject startArg, PyObject endArg, boolean last, boolean raise) {
        if (self.inline() && subArg instanceof PyStr p && startArg == null && endArg == null && !last) {
            int at = self.inlineIndexOf(p);
            if (at < 0 && raise) {
                throw Errors.valueError("substring not found");
            }
            return PyInt.of(at);
        }
        String sub = subArg(subArg);
        int[] r = range(self, startArg, endArg);
        int at = -1;
        if (r != null && r[2] == 0 && r[1] - r[0] >= sub.length()) {
            String s = self.value();
            at = last ? lastIndexOf(s, sub, r[0], r[1]) : indexOf(s, sub, r[0], r[1]);
        }
        if (at < 0) {
            if (raise) {
                throw Errors.valueError("substring not found");
            }
            return PyInt.of(-1);
        }
        return PyInt.of(self.index(at));
    }

    static PyObject count(PyStr self, PyObject subArg, PyObject startArg, PyObject endArg) {
        String sub = subArg(subArg);
        int[] r = range(self, startArg, endArg);
        if (r == null || r[2] != 0) {
            return PyInt.of(0);
        }
        String s = self.value();
        if (sub.isEmpty()) {
            return PyInt.of(s.codePointCount(r[0], r[1]) + 1);
        }
        int n = 0;
        for (int i = indexOf(s, sub, r[0], r[1]); i >= 0; i = indexOf(s, sub, i + sub.length(), r[1])) {
            n++;
        }
        return PyInt.of(n);
    }

    static final ArgParser REPLACE = ArgParser.unpack("replace", 2, 3);

    static PyObject replace(PyStr self, PyObject oldArg, PyObject newArg, PyObject countArg) {
        String old = strArg("replace", oldArg, 1), rep = strArg("replace", newArg, 2);
        long count = countArg == null ? -1 : Seq.asSsize(countArg);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        String s = self.value();
        if (count == 0) {
            return PyStr.exact(self);
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            long done = 0;
            for (int i = 0; i < s.length(); ) {
                if (done++ < count) {
                    sb.append(rep);
                }
                int c = s.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
            if (done < count) {
                sb.append(rep);
            }
            return PyStr.of(sb.toString());
        }
        int last = 0;
        long done = 0;
        for (int i = indexOf(s, old, 0, s.length()); i >= 0 && done < count;
             i = indexOf(s, old, i + old.length(), s.length())) {
            sb.append(s, last, i).append(rep);
            last = i + old.length();
            done++;
        }
        if (done == 0) {
            return PyStr.exact(self);
        }
        return PyStr.ofBuilder(sb.append(s, last, s.length()));
    }

    /** An argument that must be a str, numbered in the message. */
    static String strArg(String fn, PyObject v, int pos) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError(fn + "() argument " + pos + " must be str, not " + Errors.argTypeName(v));
        }
        return s.value();
    }

    // ---- split

    private static final ArgParser SPLIT = ArgParser.clinic("split", "sep=None, maxsplit=-1");
    private static final ArgParser RSPLIT = ArgParser.clinic("rsplit", "sep=None, maxsplit=-1");

    static PyObject split(PyStr self, PyObject[] args, int start, String[] kw, boolean right) {
        PyObject[] a = (right ? RSPLIT : SPLIT).bind(args, start, kw);
        PyObject sepArg = a[0] == null ? PyNone.INSTANCE : a[0];
        long max = a[1] == null ? -1 : Seq.asSsize(a[1]);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        String s = self.value();
        List<PyObject> out = new ArrayList<>();
        if (sepArg == PyNone.INSTANCE) {
            if (right) {
                splitWhitespaceRight(self, s, max, out);
            } else {
                splitWhitespace(self, s, max, out);
            }
            return PyList.wrap(out.toArray(new PyObject[out.size()]));
        }
        if (!(sepArg instanceof PyStr sepStr)) {
            throw Errors.typeError("must be str or None, not " + sepArg.type().name());
        }
        String sep = sepStr.value();
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        if (!right) {
            // the pieces go straight into the list's array, sized by a first count of the separators
            int count = 0;
            for (int i = indexOf(s, sep, 0, s.length()); i >= 0 && count < max; i = indexOf(s, sep, i + sep.length(), s.length())) {
                count++;
            }
            PyObject[] pieces = new PyObject[count + 1];
            int last = 0;
            for (int k = 0; k < count; k++) {
                int i = indexOf(s, sep, last, s.length());
                pieces[k] = PyStr.ofRange(s, last, i);
                last = i + sep.length();
            }
            pieces[count] = last == 0 ? PyStr.exact(self) : PyStr.ofRange(s, last, s.length());
            return PyList.wrap(pieces);
        } else {
            int end = s.length();
            long done = 0;
            for (int i = lastIndexOf(s, sep, 0, end); i >= 0 && done < max; i = lastIndexOf(s, sep, 0, end)) {
                out.add(PyStr.ofRange(s, i + sep.length(), end));
                end = i;
                done++;
            }
            out.add(end == s.length() ? PyStr.exact(self) : PyStr.ofRange(s, 0, end));
            java.util.Collections.reverse(out);
        }
        return PyList.wrap(out.toArray(new PyObject[out.size()]));
    }

    private static void splitWhitespace(PyStr self, String s, long max, List<PyObject> out) {
        int n = s.length(), i = 0;
        while (true) {
            while (i < n && StrUnicode.isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i >= n) {
                return;
            }
            if (out.size() >= max) {
                out.add(i == 0 ? PyStr.exact(self) : PyStr.ofRange(s, i, s.length()));
                return;
            }
            int j = i;
            while (j < n && !StrUnicode.isSpace(s.codePointAt(j))) {
                j += Character.charCount(s.codePointAt(j));
            }
            out.add(i == 0 && j == n ? PyStr.exact(self) : PyStr.ofRange(s, i, j));
            i = j;
        }
    }

    private static void splitWhitespaceRight(PyStr self, String s, long max, List<PyObject> out) {
        int end = s.length();
        long done = 0;
        while (true) {
            while (end > 0 && StrUnicode.isSpace(s.codePointBefore(end))) {
                end -= Character.charCount(s.codePointBefore(end));
            }
            if (end <= 0) {
                break;
            }
            if (done >= max) {
                out.add(end == s.length() ? PyStr.exact(self) : PyStr.ofRange(s, 0, end));
                break;
            }
            int j = end;
            while (j > 0 && !StrUnicode.isSpace(s.codePointBefore(j))) {
                j -= Character.charCount(s.codePointBefore(j));
            }
            out.add(j == 0 && end == s.length() ? PyStr.exact(self) : PyStr.ofRange(s, j, end));
            end = j;
            done++;
        }
        java.util.Collections.reverse(out);
    }

    private static final ArgParser SPLITLINES = ArgParser.clinic("splitlines", "keepends=False");

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static PyObject splitlines(PyStr self, PyObject[] args, int start, String[] kw) {
        PyObject[] a = SPLITLINES.bind(args, start, kw);
        return splitlines(self, keepends(a[0]));
    }

    /** splitlines' keepends: an int that fits C's int (CPython's {@code bool(accept={int})}). */
    static boolean keepends(PyObject o) {
        if (o == null) {
            return false;
        }
        PyInt k = Seq.index(o);
        if (!k.isLong() || k.longValue() != (int) k.longValue()) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return k.longValue() != 0;
    }

    private static PyObject splitlines(PyStr self, boolean keep) {
        String s = self.value();
        List<PyObject> out = new ArrayList<>();
        int n = s.length(), i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
                if (keep) {
                    eol = j;
                }
            }
            out.add(i == 0 && eol == n ? PyStr.exact(self) : PyStr.ofRange(s, i, eol));
            i = j;
        }
        return PyList.wrap(out.toArray(new PyObject[out.size()]));
    }

    static PyObject partition(PyStr self, PyObject sepArg, boolean right) {
        String sep = subArg(sepArg);
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        String s = self.value();
        int i = right ? lastIndexOf(s, sep, 0, s.length()) : indexOf(s, sep, 0, s.length());
        PyStr empty = PyStr.of("");
        if (i < 0) {
            return right ? PyTuple.of(empty, empty, self) : PyTuple.of(self, empty, empty);
        }
        return PyTuple.of(PyStr.of(s.substring(0, i)), sepArg, PyStr.of(s.substring(i + sep.length())));
    }

    // ---- startswith, endswith

    static final ArgParser STARTSWITH = ArgParser.clinic("startswith", "prefix, start=None, end=None, /");
    static final ArgParser ENDSWITH = ArgParser.clinic("endswith", "suffix, start=None, end=None, /");

    static PyObject startsOrEnds(String name, PyStr self, PyObject affix, PyObject startArg, PyObject endArg, boolean ends) {
        int[] r = range(self, startArg, endArg);
        if (affix instanceof PyTuple t) {
            for (PyObject item : t.toArray()) {
                if (!(item instanceof PyStr p)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + item.type().name());
                }
                if (matchesAt(self.value(), p.value(), r, ends)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(affix instanceof PyStr p)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + affix.type().name());
        }
        if (self.inline() && startArg == null && endArg == null) {
            return PyBool.of(self.inlineAffix(p, ends));
        }
        return PyBool.of(matchesAt(self.value(), p.value(), r, ends));
    }

    private static boolean matchesAt(String s, String p, int[] r, boolean ends) {
        if (r == null || r[2] != 0 || r[1] - r[0] < p.length()) {
            return false;
        }
        int at = ends ? r[1] - p.length() : r[0];
        return s.startsWith(p, at) && whole(s, p, at);
    }

    // ---- strip

    static PyObject strip(String name, PyStr self, PyObject chars, boolean left, boolean right) {
        if (self.inline() && (chars == null || chars == PyNone.INSTANCE)) {
            return PyStr.exact(self.inlineStrip(left, right));
        }
        String s = self.value();
        java.util.function.IntPredicate strip;
        if (chars == null || chars == PyNone.INSTANCE) {
            strip = StrUnicode::isSpace;
        } else if (chars instanceof PyStr c) {
            String set = c.value();
            strip = cp -> set.indexOf(cp) >= 0;
        } else {
            throw Errors.typeError(name + " arg must be None or str");
        }
        int i = 0, j = s.length();
        if (left) {
            while (i < j && strip.test(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
        }
        if (right) {
            while (j > i && strip.test(s.codePointBefore(j))) {
                j -= Character.charCount(s.codePointBefore(j));
            }
        }
        return i == 0 && j == s.length() ? PyStr.exact(self) : PyStr.ofRange(s, i, j);
    }
}
