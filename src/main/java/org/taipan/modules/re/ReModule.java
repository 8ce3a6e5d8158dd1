package org.taipan.modules.re;

import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.objects.TextAccess;

/**
 * {@code _re}: the regular-expression engine under {@code re} (written in Python, in
 * src/main/python/re/). {@code compile(pattern, flags, error)} gives a code object whose
 * {@code match(string, pos, endpos, mode)} returns the match's marks as a flat tuple
 * (start and end of each group, -1 when unset, then lastindex) or None.
 */
public final class ReModule {
    private static final ArgParser ARGS_0 = ArgParser.clinic("compile", "pattern, flags, error");
    private static final ArgParser ARGS_1 = ArgParser.clinic("match", "string, pos, endpos, mode, pattern=None");
    private static final ArgParser ARGS_2 = ArgParser.clinic("findall", "string, pos, endpos");
    private static final ArgParser ARGS_3 = ArgParser.clinic("split", "string, maxsplit");
    private static final ArgParser ARGS_4 = ArgParser.clinic("subx", "pattern, template, func, string, count");
    private static final ArgParser ARGS_5 = ArgParser.clinic("scanner", "string, pos, endpos, pattern=None");
    private ReModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_re", new PyDict());
        m.builtin = true;
        m.def("compile", (self, args, start, kw) -> {
            PyObject[] a = ARGS_0.bind(args, start, kw);
            return compile(a[0], (int) Seq.asSsize(a[1]), a[2]);
        });
        m.set("MAXREPEAT", PyInt.of(ReParser.MAXREPEAT));
        m.set("MAXGROUPS", PyInt.of(ReParser.MAXGROUPS));
        m.set("Code", Code.TYPE);
        m.set("Match", ReMatch.TYPE);
        return m;
    }

    private static PyObject compile(PyObject pattern, int flags, PyObject error) {
        boolean isStr = pattern instanceof PyStr;
        int[] cps = isStr ? TextAccess.codePoints((PyStr) pattern) : bytesText(pattern);
        if (cps == null) {
            throw Errors.typeError("first argument must be string or compiled pattern");
        }
        checkFlags(flags, isStr);
        ReProgram prog;
        try {
            prog = new ReProgram(cps, isStr, flags);
        } catch (ReParser.Error e) {
            if (e.overflow) {
                throw Errors.of(ExceptionTypes.OVERFLOW_ERROR, e.getMessage());
            }
            PyObject pos = e.pos < 0 ? PyNone.INSTANCE : PyInt.of(e.pos);
            PyObject exc = Abstract.call(error, new PyObject[] {PyStr.of(e.getMessage()), pattern, pos}, null);
            throw new PyException((org.taipan.objects.PyBaseException) exc);
        }
        prog.flags = checkFlags(prog.flags, isStr);
        return new Code(prog, isStr);
    }

    private static int checkFlags(int flags, boolean isStr) {
        if (isStr) {
            if ((flags & ReParser.F_LOCALE) != 0) {
                throw Errors.valueError("cannot use LOCALE flag with a str pattern");
            }
            if ((flags & ReParser.F_ASCII) == 0) {
                flags |= ReParser.F_UNICODE;
            } else if ((flags & ReParser.F_UNICODE) != 0) {
                throw Errors.valueError("ASCII and UNICODE flags are incompatible");
            }
        } else {
            if ((flags & ReParser.F_UNICODE) != 0) {
                throw Errors.valueError("cannot use UNICODE flag with a bytes pattern");
            }
            if ((flags & ReParser.F_LOCALE) != 0 && (flags & ReParser.F_ASCII) != 0) {
                throw Errors.valueError("ASCII and LOCALE flags are incompatible");
            }
        }
        return flags;
    }

    private static int[] bytesText(PyObject o) {
        byte[] b = TextAccess.bytesOrNull(o);
        if (b == null) {
            return null;
        }
        int[] t = new int[b.length];
        for (int k = 0; k < b.length; k++) {
            t[k] = b[k] & 0xff;
        }
        return t;
    }

    // a few recent texts: matching again and again against the same str (a parser's buffer,
    // with other strings matched in between) converts it once
    private static final int CACHED = 4;
    private static final PyObject[] lastStrings = new PyObject[CACHED];
    private static final int[][] lastTexts = new int[CACHED][];
    private static final long[] lastUse = new long[CACHED];
    private static long uses;

    private static synchronized int[] cached(PyObject string) {
        for (int k = 0; k < CACHED; k++) {
            if (lastStrings[k] == string) {
                lastUse[k] = ++uses;
                return lastTexts[k];
            }
        }
        return null;
    }

    /** Keeps the text in place of the least recently used one. */
    private static synchronized void remember(PyObject string, int[] text) {
        int slot = 0;
        for (int k = 1; k < CACHED; k++) {
            if (lastUse[k] < lastUse[slot]) {
                slot = k;
            }
        }
        lastStrings[slot] = string;
        lastTexts[slot] = text;
        lastUse[slot] = ++uses;
    }

    static int[] text(Code code, PyObject string) {
        int[] t = cached(string);
        if (t != null) {
            if (code.isStr != string instanceof PyStr) {
                throw Errors.typeError(code.isStr ? "cannot use a string pattern on a bytes-like object"
                        : "cannot use a bytes pattern on a string-like object");
            }
            return t;
        }
        if (string instanceof PyStr s) {
            if (!code.isStr) {
                throw Errors.typeError("cannot use a bytes pattern on a string-like object");
            }
            t = TextAccess.codePoints(s);
            remember(s, t);
            return t;
        }
        t = bytesText(string);
        if (t == null) {
            throw Errors.typeError("expected string or bytes-like object, got '" + string.type().name() + "'");
        }
        if (code.isStr) {
            throw Errors.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (string instanceof PyBytes) {
            remember(string, t);
        }
        return t;
    }

    private static int clamp(PyObject v, int dflt, int len) {
        if (v == null || v == PyNone.INSTANCE) {
            return dflt;
        }
        long x = Seq.asSsize(v);
        return (int) Math.max(0, Math.min(len, x));
    }

    static PyObject result(ReProgram prog, ReNodes.State s, int start) {
        int n = prog.groups;
        PyObject[] out = new PyObject[2 * n + 1];
        out[0] = PyInt.of(start);
        out[1] = PyInt.of(s.matchEnd);
        for (int g = 1; g < n; g++) {
            int a = s.marks[2 * g], b = s.marks[2 * g + 1];
            boolean set = a >= 0 && b >= 0;
            out[2 * g] = PyInt.of(set ? a : -1);
            out[2 * g + 1] = PyInt.of(set ? b : -1);
        }
        out[2 * n] = PyInt.of(s.lastIndex);
        return PyTuple.wrap(out);
    }

    /** A compiled pattern as the Python side sees it. */
    static final class Code extends PyObject {
        static final PyType TYPE = PyType.builtin("_re.Code", Code.class, PyType.OBJECT, 0, null, t -> {
            PyGetSetDescr.getter(t, "groups", self -> PyInt.of(((Code) self).prog.groups - 1));
            PyGetSetDescr.getter(t, "flags", self -> PyInt.of(((Code) self).prog.flags));
            PyGetSetDescr.getter(t, "warnings", self -> {
                java.util.List<String> w = ((Code) self).prog.warnings;
                PyObject[] out = new PyObject[w.size()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = PyStr.of(w.get(k));
                }
                return PyTuple.wrap(out);
            });
            PyGetSetDescr.getter(t, "groupindex", self -> {
                PyDict d = new PyDict();
                for (Map.Entry<String, Integer> e : ((Code) self).prog.groupIndex.entrySet()) {
                    d.setItem(PyStr.of(e.getKey()), PyInt.of(e.getValue()));
                }
                return d;
            });
            t.method("match", (self, args, start, kw) -> {
                PyObject[] a = ARGS_1.bind(args, start, kw);
                Code c = (Code) self;
                int[] text = text(c, a[0]);
                int end = clamp(a[2], text.length, text.length);
                int pos = clamp(a[1], 0, text.length);
                ReNodes.State s = c.prog.newState(text, end);
                int mode = (int) Seq.asSsize(a[3]);
                if (!c.prog.run(s, pos, mode)) {
                    return PyNone.INSTANCE;
                }
                if (a[4] != null && a[4] != PyNone.INSTANCE) {
                    return new ReMatch(c.prog, a[4], a[0], c.isStr, s, s.attemptStart, pos);
                }
                return result(c.prog, s, s.attemptStart);
            });
            t.method("findall", (self, args, start, kw) -> {
                PyObject[] a = ARGS_2.bind(args, start, kw);
                Code c = (Code) self;
                int[] text = text(c, a[0]);
                int end = clamp(a[2], text.length, text.length);
                int pos = clamp(a[1], 0, text.length);
                return ReOps.findall(c.prog, c.prog.newState(text, end), c.isStr, pos);
            });
            t.method("split", (self, args, start, kw) -> {
                PyObject[] a = ARGS_3.bind(args, start, kw);
                Code c = (Code) self;
                int[] text = text(c, a[0]);
                return ReOps.split(c.prog, c.prog.newState(text, text.length), c.isStr, Seq.asSsize(a[1]));
            });
            t.method("subx", (self, args, start, kw) -> {
                PyObject[] a = ARGS_4.bind(args, start, kw);
                Code c = (Code) self;
                int[] text = text(c, a[3]);
                long count = Seq.asSsize(a[4]);
                if (count < 0) {
                    return PyTuple.of(ReOps.slice(text, c.isStr, 0, text.length), PyInt.of(0));
                }
                PyObject[] template = a[1] == PyNone.INSTANCE ? null : ReOps.templateItems(a[1]);
                PyObject func = a[2] == PyNone.INSTANCE ? null : a[2];
                return ReOps.sub(c.prog, c.prog.newState(text, text.length), c.isStr, a[0], a[3], template, func, count);
            });
            t.method("scanner", (self, args, start, kw) -> {
                PyObject[] a = ARGS_5.bind(args, start, kw);
                Code c = (Code) self;
                int[] text = text(c, a[0]);
                int end = clamp(a[2], text.length, text.length);
                int pos = clamp(a[1], 0, text.length);
                Scanner sc = new Scanner(c.prog, c.prog.newState(text, end), pos);
                if (a[3] != null && a[3] != PyNone.INSTANCE) {
                    sc.pattern = a[3];
                    sc.string = a[0];
                    sc.isStr = c.isStr;
                    sc.startPos = pos;
                }
                return sc;
            });
        });

        final ReProgram prog;
        final boolean isStr;

        Code(ReProgram prog, boolean isStr) {
            this.prog = prog;
            this.isStr = isStr;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** Successive matches over one string, each starting where the last ended (finditer, sub, split). */
    static final class Scanner extends PyObject {
        static final PyType TYPE = PyType.builtin("_re.Scanner", Scanner.class, PyType.OBJECT, 0, null, t -> {
            t.method("search", self -> ((Scanner) self).next(2));
            t.method("match", self -> ((Scanner) self).next(0));
        });

        final ReProgram prog;
        final ReNodes.State state;
        int pos;
        boolean done;
        PyObject pattern, string;   // set: the scanner returns re.Match objects, else mark tuples
        boolean isStr;
        int startPos;

        Scanner(ReProgram prog, ReNodes.State state, int pos) {
            this.prog = prog;
            this.state = state;
            this.pos = pos;
        }

        PyObject next(int mode) {
            if (done) {
                return PyNone.INSTANCE;
            }
            if (!prog.run(state, pos, mode)) {
                done = true;
                return PyNone.INSTANCE;
            }
            int st = state.attemptStart, e = state.matchEnd;
            state.noEmptyAt = st == e ? e : -1;
            pos = e;
            if (pattern != null) {
                return new ReMatch(prog, pattern, string, isStr, state, st, startPos);
            }
            return result(prog, state, st);
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
