package org.taipan.vm;

import java.util.ArrayList;
import java.util.List;
import org.taipan.compiler.CodeUnit;
import org.taipan.objects.Errors;
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
import org.taipan.parser.ast.ComplexValue;
import org.taipan.parser.ast.ConstantValue;

/** {@code code.replace(**changes)}: a new code object with some {@code co_*} fields changed. */
public final class CodeReplace {
    private CodeReplace() {}

    static PyObject replace(PyObject self, PyObject[] args, int start, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (args.length - start - nkw > 0) {
            throw Errors.typeError("replace() takes no positional arguments");
        }
        CodeUnit u = ((PyCode) self).unit;
        int argcount = u.argcount(), posonly = u.posonlyargcount(), kwonly = u.kwonlyargcount();
        int stacksize = u.stacksize(), flags = u.flags(), firstlineno = u.firstlineno();
        byte[] code = u.code(), linetable = u.linetable(), exceptiontable = u.exceptiontable();
        List<Object> consts = u.consts();
        List<String> names = u.names();
        List<String> plus = new ArrayList<>(u.localsplusNames());
        String filename = u.filename(), name = u.name(), qualname = u.qualname();
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[args.length - nkw + k];
            switch (kw[k]) {
                case "co_argcount" -> argcount = integer(v, kw[k]);
                case "co_posonlyargcount" -> posonly = integer(v, kw[k]);
                case "co_kwonlyargcount" -> kwonly = integer(v, kw[k]);
                case "co_nlocals" -> integer(v, kw[k]); // follows from co_varnames
                case "co_stacksize" -> stacksize = integer(v, kw[k]);
                case "co_flags" -> flags = integer(v, kw[k]);
                case "co_firstlineno" -> firstlineno = integer(v, kw[k]);
                case "co_code" -> code = bytes(v, kw[k]);
                case "co_linetable" -> linetable = bytes(v, kw[k]);
                case "co_exceptiontable" -> exceptiontable = bytes(v, kw[k]);
                case "co_consts" -> {
                    PyTuple t = tuple(v, kw[k]);
                    consts = new ArrayList<>(t.size());
                    for (int i = 0; i < t.size(); i++) {
                        consts.add(constant(t.get(i)));
                    }
                }
                case "co_names" -> names = strings(v, kw[k]);
                case "co_filename" -> filename = string(v, kw[k]);
                case "co_name" -> name = string(v, kw[k]);
                case "co_qualname" -> qualname = string(v, kw[k]);
                case "co_varnames" -> rename(plus, u.localsplusKinds(), CodeUnit.KIND_LOCAL, strings(v, kw[k]), kw[k]);
                case "co_cellvars" -> rename(plus, u.localsplusKinds(), CodeUnit.KIND_CELL, strings(v, kw[k]), kw[k]);
                case "co_freevars" -> rename(plus, u.localsplusKinds(), CodeUnit.KIND_FREE, strings(v, kw[k]), kw[k]);
                default -> throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for replace()");
            }
        }
        if ((code.length & 1) != 0) {
            throw Errors.valueError("code: co_code is malformed");
        }
        return new PyCode(new CodeUnit(argcount, posonly, kwonly, stacksize, flags, code, consts, names, plus,
                u.localsplusKinds(), filename, name, qualname, firstlineno, linetable, exceptiontable));
    }

    /**
     * Renames the variables of one kind in place; the layout of locals, cells and free variables
     * stays this code's, so the new names must be as many as the old.
     */
    private static void rename(List<String> plus, byte[] kinds, int kind, List<String> names, String field) {
        int n = 0;
        for (int i = 0; i < kinds.length; i++) {
            if (owner(kinds[i]) == kind) {
                n++;
            }
        }
        if (n != names.size()) {
            throw Errors.valueError("code.replace(): " + field + " must keep the number of names (" + n
                    + ") in Taipan");
        }
        for (int i = 0, j = 0; i < kinds.length; i++) {
            if (owner(kinds[i]) == kind) {
                plus.set(i, names.get(j++));
            }
        }
    }

    /** Which co_*vars tuple a localsplus entry is listed in: an argument that is a cell is a local. */
    private static int owner(byte k) {
        if ((k & CodeUnit.KIND_LOCAL) != 0) {
            return CodeUnit.KIND_LOCAL;
        }
        return (k & CodeUnit.KIND_CELL) != 0 ? CodeUnit.KIND_CELL : CodeUnit.KIND_FREE;
    }

    private static int integer(PyObject v, String field) {
        return org.taipan.objects.Seq.index(v).intValueExact();
    }

    private static byte[] bytes(PyObject v, String field) {
        if (!(v instanceof PyBytes b)) {
            throw Errors.typeError("replace() argument '" + field + "' must be bytes, not " + v.type().name());
        }
        return b.toByteArray();
    }

    private static PyTuple tuple(PyObject v, String field) {
        if (!(v instanceof PyTuple t)) {
            throw Errors.typeError("replace() argument '" + field + "' must be tuple, not " + v.type().name());
        }
        return t;
    }

    private static String string(PyObject v, String field) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("replace() argument '" + field + "' must be str, not " + v.type().name());
        }
        return s.value();
    }

    private static List<String> strings(PyObject v, String field) {
        PyTuple t = tuple(v, field);
        List<String> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            if (!(t.get(i) instanceof PyStr s)) {
                throw Errors.typeError("name tuples must contain only strings, not '" + t.get(i).type().name() + "'");
            }
            out.add(s.value().intern());
        }
        return out;
    }

    /** The compiler's value for a constant object (the inverse of {@code PyCode.constant}). */
    public static Object constant(PyObject o) {
        if (o == PyNone.INSTANCE) {
            return ConstantValue.NONE;
        } else if (o == PyEllipsis.INSTANCE) {
            return ConstantValue.ELLIPSIS;
        } else if (o instanceof PyBool b) {
            return b == PyBool.TRUE;
        } else if (o instanceof PyInt i) {
            return i.isLong() ? (Object) i.longValue() : (Object) i.bigValue();
        } else if (o instanceof PyStr s) {
            return s.value();
        } else if (o instanceof PyFloat f) {
            return f.value();
        } else if (o instanceof PyComplex z) {
            return new ComplexValue(z.real, z.imag);
        } else if (o instanceof PyBytes b) {
            return b.toByteArray();
        } else if (o instanceof PyTuple t) {
            List<Object> items = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) {
                items.add(constant(t.get(i)));
            }
            return new CodeUnit.ConstTuple(items);
        } else if (o instanceof PyFrozenSet f) {
            List<Object> items = new ArrayList<>();
            for (PyObject x : f.toArray()) {
                items.add(constant(x));
            }
            return new CodeUnit.ConstFrozenset(items);
        } else if (o instanceof PyCode c) {
            return c.unit;
        }
        throw Errors.typeError("code.replace(): Taipan cannot keep a constant of type '" + o.type().name() + "'");
    }
}
