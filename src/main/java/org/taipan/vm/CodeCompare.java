package org.taipan.vm;

import java.util.Arrays;
import org.taipan.objects.Abstract;
import org.taipan.objects.CompareOp;
import org.taipan.objects.Ids;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyEllipsis;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyFrozenSet;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyNotImplemented;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;

/**
 * Equality and hash of code objects, by their fields as CPython compares them: name, argument
 * counts, flags, first line, instructions, constants, names, variable names and the line and
 * exception tables (not the file name, qualified name or stack size). Constants compare as
 * CPython's compiler keys them: of the same type and equal, with {@code 0.0} and {@code -0.0}
 * apart, containers item by item, anything else by identity.
 */
final class CodeCompare {
    private CodeCompare() {}

    static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(v instanceof PyCode a) || !(w instanceof PyCode b)) {
            return PyNotImplemented.INSTANCE;
        }
        boolean eq = equal(a, b);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    static boolean equal(PyCode a, PyCode b) {
        if (a == b) {
            return true;
        }
        if (!a.name.equals(b.name) || a.argcount != b.argcount || a.posonlyargcount != b.posonlyargcount
                || a.kwonlyargcount != b.kwonlyargcount || a.flags != b.flags || a.firstlineno != b.firstlineno
                || !Arrays.equals(a.code, b.code) || !Arrays.equals(a.localsplusNames, b.localsplusNames)
                || !Arrays.equals(a.unit.linetable(), b.unit.linetable())
                || !Arrays.equals(a.unit.exceptiontable(), b.unit.exceptiontable())
                || a.names.length != b.names.length || a.consts.length != b.consts.length) {
            return false;
        }
        for (int i = 0; i < a.names.length; i++) {
            if (!a.names[i].toString().equals(b.names[i].toString())) {
                return false;
            }
        }
        for (int i = 0; i < a.consts.length; i++) {
            if (!sameConstant(a.consts[i], b.consts[i])) {
                return false;
            }
        }
        return true;
    }

    static long hash(PyObject self) {
        PyCode c = (PyCode) self;
        long h = c.name.hashCode();
        h = h * 31 + c.argcount;
        h = h * 31 + c.posonlyargcount;
        h = h * 31 + c.kwonlyargcount;
        h = h * 31 + c.flags;
        h = h * 31 + c.firstlineno;
        h = h * 31 + Arrays.hashCode(c.code);
        h = h * 31 + Arrays.hashCode(c.localsplusNames);
        for (PyStr n : c.names) {
            h = h * 31 + n.toString().hashCode();
        }
        for (PyObject k : c.consts) {
            h = h * 31 + constantHash(k);
        }
        return h == -1 ? -2 : h;
    }

    /** Whether two constants have the same key in CPython's compiler ({@code _PyCode_ConstantKey}). */
    private static boolean sameConstant(PyObject x, PyObject y) {
        if (x == y) {
            return true;
        }
        if (x.type() != y.type()) {
            return false;
        }
        if (x instanceof PyCode a) {
            return equal(a, (PyCode) y);
        }
        if (x instanceof PyFloat a) {
            return Double.doubleToLongBits(a.value()) == Double.doubleToLongBits(((PyFloat) y).value());
        }
        if (x instanceof PyComplex a) {
            PyComplex b = (PyComplex) y;
            return Double.doubleToLongBits(a.real) == Double.doubleToLongBits(b.real)
                    && Double.doubleToLongBits(a.imag) == Double.doubleToLongBits(b.imag);
        }
        if (x instanceof PyTuple a) {
            PyTuple b = (PyTuple) y;
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameConstant(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof PyFrozenSet a) {
            PyObject[] xs = a.toArray(), ys = ((PyFrozenSet) y).toArray();
            if (xs.length != ys.length) {
                return false;
            }
            outer:
            for (PyObject p : xs) {
                for (PyObject q : ys) {
                    if (sameConstant(p, q)) {
                        continue outer;
                    }
                }
                return false;
            }
            return true;
        }
        if (x instanceof PyInt || x instanceof PyStr || x instanceof PyBytes) {
            return Abstract.richCompareBool(x, y, CompareOp.EQ);
        }
        return false; // None, Ellipsis and anything else: by identity
    }

    private static long constantHash(PyObject k) {
        if (k instanceof PyCode) {
            return hash(k);
        }
        if (k instanceof PyTuple t) {
            long h = 7;
            for (int i = 0; i < t.size(); i++) {
                h = h * 31 + constantHash(t.get(i));
            }
            return h;
        }
        if (k instanceof PyFrozenSet s) {
            long h = 11;
            for (PyObject p : s.toArray()) {
                h += constantHash(p); // order-free
            }
            return h;
        }
        if (k instanceof PyInt || k instanceof PyStr || k instanceof PyBytes || k instanceof PyFloat
                || k instanceof PyComplex) {
            return Abstract.hash(k) * 31 + k.type().name().hashCode();
        }
        return k == PyNone.INSTANCE || k == PyEllipsis.INSTANCE ? k.type().name().hashCode() : Ids.id(k);
    }
}
