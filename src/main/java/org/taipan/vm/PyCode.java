package org.taipan.vm;

import java.math.BigInteger;
import java.util.List;
import org.taipan.compiler.CodeUnit;
import org.taipan.parser.ast.ComplexValue;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyEllipsis;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyFrozenSet;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/**
 * A code object: the compiler's {@link CodeUnit} with its constants made Python objects and its
 * tables decoded into the forms the eval loop reads.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyCode.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> {
            PyCode c = (PyCode) self;
            return PyStr.of("<code object " + c.name + " at " + org.taipan.objects.Ids.address(c)
                    + ", file \"" + c.filename + "\", line " + c.firstlineno + ">");
        };
        t.richCompare = CodeCompare::richCompare;
        t.hash = CodeCompare::hash;
    }, PyCode::attributes);

    private static void attributes(PyType t) {
        org.taipan.objects.PyGetSetDescr.getter(t, "co_name", self -> PyStr.of(((PyCode) self).name));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_qualname", self -> PyStr.of(((PyCode) self).qualname));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_filename", self -> PyStr.of(((PyCode) self).filename));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_firstlineno", self -> PyInt.of(((PyCode) self).firstlineno));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_argcount", self -> PyInt.of(((PyCode) self).argcount));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_posonlyargcount",
                self -> PyInt.of(((PyCode) self).posonlyargcount));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_kwonlyargcount",
                self -> PyInt.of(((PyCode) self).kwonlyargcount));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_nlocals", self -> PyInt.of(((PyCode) self).nlocals));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_stacksize", self -> PyInt.of(((PyCode) self).stacksize));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_flags", self -> PyInt.of(((PyCode) self).flags));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_consts", self -> PyTuple.of(((PyCode) self).consts));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_names", self -> PyTuple.of(((PyCode) self).names));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_varnames", self -> ((PyCode) self).namesOfKind(CodeUnit.KIND_LOCAL));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_cellvars", self -> ((PyCode) self).namesOfKind(CodeUnit.KIND_CELL));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_freevars", self -> ((PyCode) self).namesOfKind(CodeUnit.KIND_FREE));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_code", self -> new PyBytes(((PyCode) self).code.clone()));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_linetable",
                self -> new PyBytes(((PyCode) self).unit.linetable().clone()));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_exceptiontable",
                self -> new PyBytes(((PyCode) self).unit.exceptiontable().clone()));
        org.taipan.objects.PyGetSetDescr.getter(t, "co_lnotab", self -> new PyBytes(((PyCode) self).lnotab()));
        t.method("_varname_from_oparg", (self, i) -> {
            PyCode c = (PyCode) self;
            int k = org.taipan.objects.Seq.index(i).intValueExact();
            if (k < 0 || k >= c.nlocalsplus) {
                throw org.taipan.objects.Errors.of(org.taipan.objects.ExceptionTypes.INDEX_ERROR,
                        "tuple index out of range");
            }
            return PyStr.of(c.localsplusNames[k]);
        });
        t.method("co_lines", self -> ((PyCode) self).coLines());
        t.method("co_positions", self -> ((PyCode) self).coPositions());
        t.method("replace", CodeReplace::replace);
    }

    private PyTuple namesOfKind(int kind) {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (int i = 0; i < nlocalsplus; i++) {
            if ((localsplusKinds[i] & kind) != 0) {
                out.add(PyStr.of(localsplusNames[i]));
            }
        }
        return PyTuple.wrap(out.toArray(new PyObject[0]));
    }

    private static PyObject intOrNone(int v) {
        return v < 0 ? PyNone.INSTANCE : PyInt.of(v);
    }

    /** co_positions(): (line, end line, column, end column) per instruction, None where unknown. */
    private PyObject coPositions() {
        LocationTable lt = locations();
        PyObject[] out = new PyObject[lt.lines.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyTuple.of(intOrNone(lt.lines[i]), intOrNone(lt.endLines[i]), intOrNone(lt.cols[i]),
                    intOrNone(lt.endCols[i]));
        }
        return org.taipan.objects.Iter.of(org.taipan.objects.PyList.wrap(out));
    }

    /** co_lines(): a (start, end, line) byte range per location-table entry, as CPython 3.11 reports them. */
    private PyObject coLines() {
        LocationTable lt = locations();
        PyObject[] out = new PyObject[lt.entries];
        for (int k = 0; k < lt.entries; k++) {
            int start = lt.entryStarts[k];
            int end = k + 1 < lt.entries ? lt.entryStarts[k + 1] : lt.lines.length;
            out[k] = PyTuple.of(PyInt.of(start * 2L), PyInt.of(end * 2L), intOrNone(lt.lines[start]));
        }
        return org.taipan.objects.Iter.of(org.taipan.objects.PyList.wrap(out));
    }

    /**
     * co_lnotab, the pre-3.10 table CPython still derives: (byte delta, signed line delta) pairs
     * at each location-table entry where the table's line changes.
     */
    private byte[] lnotab() {
        LocationTable lt = locations();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int line = firstlineno;
        int lineStart = 0;
        for (int k = 0; k < lt.entries; k++) {
            int l = lt.entryLines[k];
            if (l == line) {
                continue;
            }
            int start = 2 * lt.entryStarts[k];
            int bdelta = start - lineStart;
            int ldelta = l - line;
            for (; bdelta > 255; bdelta -= 255) {
                out.write(255);
                out.write(0);
            }
            for (; ldelta > 127; ldelta -= 127, bdelta = 0) {
                out.write(bdelta);
                out.write(127);
            }
            for (; ldelta < -128; ldelta += 128, bdelta = 0) {
                out.write(bdelta);
                out.write(-128);
            }
            out.write(bdelta);
            out.write(ldelta);
            line = l;
            lineStart = start;
        }
        return out.toByteArray();
    }

    public final CodeUnit unit;
    public final byte[] code;
    public final PyObject[] consts;
    public final PyStr[] names;
    public final String[] localsplusNames;
    public final byte[] localsplusKinds;
    /** Fast locals (arguments first), then cells that are not arguments, then free variables. */
    public final int nlocalsplus;
    public final int nlocals;
    public final int argcount, posonlyargcount, kwonlyargcount, flags, stacksize, firstlineno;
    public final String filename, name, qualname;
    private LocationTable locations;

    /** Source positions per code unit, decoded on first use (tracebacks, f_lineno, co_positions). */
    public LocationTable locations() {
        if (locations == null) {
            locations = new LocationTable(unit.linetable(), firstlineno, code.length / 2);
        }
        return locations;
    }

    /** The line of the instruction at byte offset {@code offset}, or -1 if it has none. */
    public int lineOf(int offset) {
        return offset < 0 ? firstlineno : locations().lines[offset / 2];
    }

    /** Counts calls and loop iterations up to 0, when {@link Jit} compiles the code. */
    int hotness = -Jit.threshold;
    /** The compiled form, once hot. */
    JitCode jit;

    /** Inline caches of the attribute and global look-ups, one slot per code unit, made on first use. */
    Object[] caches;

    /** No keyword-only parameters, no *args, no **kwargs: calls with exactly argcount positionals bind by copying. */
    final boolean simpleArgs;

    /** Decoded exception table: (start, end, target, depth << 1 | lasti) in code units, four ints an entry. */
    final int[] handlers;

    public PyCode(CodeUnit u) {
        this.unit = u;
        this.code = u.code();
        this.consts = new PyObject[u.consts().size()];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = constant(u.consts().get(i));
        }
        this.names = new PyStr[u.names().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.intern(u.names().get(i));
        }
        this.localsplusNames = u.localsplusNames().toArray(new String[0]);
        this.localsplusKinds = u.localsplusKinds();
        this.nlocalsplus = localsplusNames.length;
        int n = 0;
        for (byte k : localsplusKinds) {
            if ((k & CodeUnit.KIND_LOCAL) != 0) {
                n++;
            }
        }
        this.nlocals = n;
        this.argcount = u.argcount();
        this.posonlyargcount = u.posonlyargcount();
        this.kwonlyargcount = u.kwonlyargcount();
        this.flags = u.flags();
        this.stacksize = u.stacksize();
        this.firstlineno = u.firstlineno();
        this.filename = u.filename();
        this.name = u.name();
        this.qualname = u.qualname();
        this.handlers = decodeExceptionTable(u.exceptiontable());
        this.simpleArgs = kwonlyargcount == 0 && (flags & (CodeUnit.CO_VARARGS | CodeUnit.CO_VARKEYWORDS)) == 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The Python object for a compile-time constant. */
    /** CPython interns str constants made only of ASCII letters, digits and underscores. */
    private static boolean isIdentifierLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'))) {
                return false;
            }
        }
        return s.length() <= 40;
    }

    /** The Python object for a compiler constant (see {@code parser.ast.Expr.Constant}). */
    public static PyObject constant(Object c) {
        if (c instanceof String s) {
            return isIdentifierLike(s) ? PyStr.intern(s) : PyStr.constant(s);
        } else if (c instanceof Long l) {
            return PyInt.of(l);
        } else if (c instanceof BigInteger b) {
            return PyInt.of(b);
        } else if (c instanceof Boolean b) {
            return PyBool.of(b);
        } else if (c == ConstantValue.NONE) {
            return PyNone.INSTANCE;
        } else if (c instanceof CodeUnit.ConstTuple t) {
            List<Object> items = t.items();
            PyObject[] out = new PyObject[items.size()];
            java.util.Map<String, PyObject> strs = null;
            for (int i = 0; i < out.length; i++) {
                // equal strs in one constant are one object, as CPython's compiler merges constants
                if (items.get(i) instanceof String s) {
                    if (strs == null) {
                        strs = new java.util.HashMap<>();
                    }
                    out[i] = strs.computeIfAbsent(s, PyStr::of);
                } else {
                    out[i] = constant(items.get(i));
                }
            }
            return PyTuple.wrap(out);
        } else if (c instanceof CodeUnit u) {
            return new PyCode(u);
        } else if (c instanceof Double d) {
            return PyFloat.of(d);
        } else if (c instanceof ComplexValue z) {
            return new PyComplex(z.real(), z.imag());
        } else if (c instanceof byte[] b) {
            return new PyBytes(b.clone());
        } else if (c == ConstantValue.ELLIPSIS) {
            return PyEllipsis.INSTANCE;
        } else if (c instanceof CodeUnit.ConstFrozenset f) {
            List<Object> items = f.items();
            PyObject[] out = new PyObject[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = constant(items.get(i));
            }
            // CPython's compiler rebuilds a frozenset constant from the first one's iteration
            // order when it merges constants; iteration order (e.g. of {3.5, 1, 2}) shows it.
            // Making the code object, it interns identifier-like strings and rebuilds the set
            // again if that replaced one, i.e. if an equal string was interned before: we
            // assume so, as for the common words of real programs.
            PyFrozenSet set = PyFrozenSet.of(PyFrozenSet.of(out).toArray());
            for (Object item : items) {
                if (item instanceof String str && isIdentifierLike(str)) {
                    return PyFrozenSet.of(set.toArray());
                }
            }
            return set;
        }
        if (c instanceof org.taipan.parser.ast.CodePointString cps) {
            return PyStr.ofCodePoints(cps.codePoints());
        }
        throw new IllegalStateException("constant not supported: " + c.getClass().getSimpleName());
    }

    /** 3.11's exception table: varints of 6-bit chunks, most significant first, 0x40 = more, 0x80 = entry start. */
    private static int[] decodeExceptionTable(byte[] t) {
        int[] out = new int[0];
        int count = 0;
        int[] pos = {0};
        while (pos[0] < t.length) {
            int start = readVarint(t, pos);
            int size = readVarint(t, pos);
            int target = readVarint(t, pos);
            int depthLasti = readVarint(t, pos);
            if (count * 4 == out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(8, out.length * 2));
            }
            out[count * 4] = start;
            out[count * 4 + 1] = start + size;
            out[count * 4 + 2] = target;
            out[count * 4 + 3] = depthLasti;
            count++;
        }
        return java.util.Arrays.copyOf(out, count * 4);
    }

    private static int readVarint(byte[] t, int[] pos) {
        int b = t[pos[0]++];
        int v = b & 0x3F;
        while ((b & 0x40) != 0) {
            b = t[pos[0]++];
            v = (v << 6) | (b & 0x3F);
        }
        return v;
    }

    /** The handler index (into {@link #handlers}, in entries) covering code unit {@code unit}, or -1. */
    int findHandler(int unit) {
        for (int i = 0; i < handlers.length; i += 4) {
            if (unit >= handlers[i] && unit < handlers[i + 1]) {
                return i;
            }
        }
        return -1;
    }
}
