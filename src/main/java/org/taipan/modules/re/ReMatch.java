package org.taipan.modules.re;

import java.util.Arrays;
import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyGenericAlias;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * {@code re.Match}: a successful match. Groups are cut from the matched text's code points on
 * request (exact str, or bytes for any bytes-like string, as CPython returns them).
 */
final class ReMatch extends PyObject {
    private static final ArgParser ARGS_0 = ArgParser.clinic("groups", "default=None");
    private static final ArgParser ARGS_1 = ArgParser.clinic("groupdict", "default=None");
    private static final ArgParser ARGS_2 = ArgParser.unpack("span", 0, 1);
    private static final ArgParser START_ARGS = ArgParser.unpack("start", 0, 1);
    private static final ArgParser END_ARGS = ArgParser.unpack("end", 0, 1);
    static final PyType TYPE = PyType.builtin("re.Match", ReMatch.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> {
            ReMatch m = (ReMatch) self;
            String r = Abstract.repr(m.slice(m.marks[0], m.marks[1])).value();
            return PyStr.of("<re.Match object; span=(" + m.marks[0] + ", " + m.marks[1] + "), match="
                    + (r.length() > 50 ? r.substring(0, 50) : r) + ">");
        };
        t.getitem = (self, key) -> {
            ReMatch m = (ReMatch) self;
            return m.group(m.index(key), PyNone.INSTANCE);
        };
    }, t -> {
        t.method("group", (self, args, start, kw) -> {
            ReMatch m = (ReMatch) self;
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("group() takes no keyword arguments");
            }
            int n = args.length - start;
            if (n == 0) {
                return m.group(0, PyNone.INSTANCE);
            }
            if (n == 1) {
                return m.group(m.index(args[start]), PyNone.INSTANCE);
            }
            PyObject[] out = new PyObject[n];
            for (int k = 0; k < n; k++) {
                out[k] = m.group(m.index(args[start + k]), PyNone.INSTANCE);
            }
            return PyTuple.wrap(out);
        });
        t.method("groups", (self, args, start, kw) -> {
            ReMatch m = (ReMatch) self;
            PyObject[] a = ARGS_0.bind(args, start, kw);
            PyObject dflt = a[0] == null ? PyNone.INSTANCE : a[0];
            PyObject[] out = new PyObject[m.groups() - 1];
            for (int g = 1; g < m.groups(); g++) {
                out[g - 1] = m.group(g, dflt);
            }
            return PyTuple.wrap(out);
        });
        t.method("groupdict", (self, args, start, kw) -> {
            ReMatch m = (ReMatch) self;
            PyObject[] a = ARGS_1.bind(args, start, kw);
            PyObject dflt = a[0] == null ? PyNone.INSTANCE : a[0];
            PyDict d = new PyDict();
            for (Map.Entry<String, Integer> e : m.prog.groupIndex.entrySet()) {
                d.setItem(PyStr.of(e.getKey()), m.group(e.getValue(), dflt));
            }
            return d;
        });
        t.method("start", (self, args, start, kw) -> PyInt.of(((ReMatch) self).mark(args, start, kw, "start", 0)));
        t.method("end", (self, args, start, kw) -> PyInt.of(((ReMatch) self).mark(args, start, kw, "end", 1)));
        t.method("span", (self, args, start, kw) -> {
            ReMatch m = (ReMatch) self;
            PyObject[] a = ARGS_2.bind(args, start, kw);
            int g = a[0] == null ? 0 : m.index(a[0]);
            return PyTuple.of(PyInt.of(m.marks[2 * g]), PyInt.of(m.marks[2 * g + 1]));
        });
        t.method("expand", (self, template) -> {
            ReMatch m = (ReMatch) self;
            return Abstract.call(Abstract.getAttr(m.pattern, PyStr.of("_expand")), new PyObject[] {self, template}, null);
        });
        t.method("__copy__", self -> self);
        t.method("__deepcopy__", (self, memo) -> self);
        org.taipan.objects.Seq.classMethod(t, "__class_getitem__", (cls, args, start, kw) ->
                new PyGenericAlias(cls, args[start]));
        PyGetSetDescr.getter(t, "string", self -> ((ReMatch) self).string);
        PyGetSetDescr.getter(t, "re", self -> ((ReMatch) self).pattern);
        PyGetSetDescr.getter(t, "pos", self -> PyInt.of(((ReMatch) self).pos));
        PyGetSetDescr.getter(t, "endpos", self -> PyInt.of(((ReMatch) self).endpos));
        PyGetSetDescr.getter(t, "lastindex", self -> {
            int li = ((ReMatch) self).lastIndex;
            return li < 0 ? PyNone.INSTANCE : PyInt.of(li);
        });
        PyGetSetDescr.getter(t, "lastgroup", self -> {
            ReMatch m = (ReMatch) self;
            for (Map.Entry<String, Integer> e : m.prog.groupIndex.entrySet()) {
                if (e.getValue() == m.lastIndex) {
                    return PyStr.of(e.getKey());
                }
            }
            return PyNone.INSTANCE;
        });
        PyGetSetDescr.getter(t, "regs", self -> {
            ReMatch m = (ReMatch) self;
            PyObject[] out = new PyObject[m.groups()];
            for (int g = 0; g < out.length; g++) {
                out[g] = PyTuple.of(PyInt.of(m.marks[2 * g]), PyInt.of(m.marks[2 * g + 1]));
            }
            return PyTuple.wrap(out);
        });
    });

    final ReProgram prog;
    final PyObject pattern;     // the re.Pattern (Python)
    final PyObject string;
    final int[] text;
    final boolean isStr;
    final int[] marks;          // start, end per group; -1 for a group that did not take part
    final int lastIndex, pos, endpos;

    ReMatch(ReProgram prog, PyObject pattern, PyObject string, boolean isStr, ReNodes.State s, int start, int pos) {
        this.prog = prog;
        this.pattern = pattern;
        this.string = string;
        this.text = s.text;
        this.isStr = isStr;
        int n = prog.groups;
        int[] mk = new int[2 * n];
        mk[0] = start;
        mk[1] = s.matchEnd;
        for (int g = 1; g < n; g++) {
            int a = s.marks[2 * g], b = s.marks[2 * g + 1];
            boolean set = a >= 0 && b >= 0;
            mk[2 * g] = set ? a : -1;
            mk[2 * g + 1] = set ? b : -1;
        }
        this.marks = mk;
        this.lastIndex = s.lastIndex;
        this.pos = pos;
        this.endpos = s.end;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    int groups() {
        return prog.groups;
    }

    /** A group number from an int (or __index__) or a group name; IndexError otherwise. */
    int index(PyObject key) {
        if (key instanceof PyInt || !(key instanceof PyStr) && Seq.hasIndex(key)) {
            long g;
            try {
                g = Seq.asSsize(key);
            } catch (org.taipan.objects.PyException e) {
                throw Errors.indexError("no such group");
            }
            if (g >= 0 && g < prog.groups) {
                return (int) g;
            }
            throw Errors.indexError("no such group");
        }
        if (key instanceof PyStr s) {
            Integer g = prog.groupIndex.get(s.value());
            if (g != null) {
                return g;
            }
        }
        throw Errors.indexError("no such group");
    }

    private int mark(PyObject[] args, int start, String[] kw, String name, int which) {
        PyObject[] a = (which == 0 ? START_ARGS : END_ARGS).bind(args, start, kw);
        int g = a[0] == null ? 0 : index(a[0]);
        return marks[2 * g + which];
    }

    PyObject group(int g, PyObject dflt) {
        int a = marks[2 * g];
        return a < 0 ? dflt : slice(a, marks[2 * g + 1]);
    }

    PyObject slice(int a, int b) {
        if (isStr) {
            for (int k = a; k < b; k++) {
                if (text[k] >= 0xD800 && text[k] <= 0xDFFF) {
                    return PyStr.ofCodePoints(Arrays.copyOfRange(text, a, b));
                }
            }
            return PyStr.of(new String(text, a, b - a));
        }
        byte[] out = new byte[b - a];
        for (int k = a; k < b; k++) {
            out[k - a] = (byte) text[k];
        }
        return new PyBytes(out);
    }
}
