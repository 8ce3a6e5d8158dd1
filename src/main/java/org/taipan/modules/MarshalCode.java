package org.taipan.modules;

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
import org.taipan.vm.PyCode;

/**
 * Code objects in marshal data, in CPython 3.11's field order: argcount, posonlyargcount,
 * kwonlyargcount, stacksize, flags (int32s), co_code, co_consts, co_names, the localsplus
 * names and kinds, filename, name, qualname, firstlineno (int32), linetable and exception
 * table. Every field of the compiler's {@link CodeUnit} is there, so a code object read back
 * is the one written. The instructions are Taipan's (see {@code imports.PycCache.MAGIC}).
 */
final class MarshalCode {
    private MarshalCode() {}

    static void write(MarshalWriter w, PyCode c, int flag) {
        CodeUnit u = c.unit;
        w.writeByte(Marshal.CODE | flag);
        w.writeInt(u.argcount());
        w.writeInt(u.posonlyargcount());
        w.writeInt(u.kwonlyargcount());
        w.writeInt(u.stacksize());
        w.writeInt(u.flags());
        w.write(new PyBytes(u.code()));
        w.write(PyTuple.wrap(c.consts.clone()));
        w.write(PyTuple.wrap(c.names.clone()));
        PyObject[] names = new PyObject[u.localsplusNames().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(u.localsplusNames().get(i));
        }
        w.write(PyTuple.wrap(names));
        w.write(new PyBytes(u.localsplusKinds()));
        w.write(PyStr.of(u.filename()));
        w.write(PyStr.of(u.name()));
        w.write(PyStr.of(u.qualname()));
        w.writeInt(u.firstlineno());
        w.write(new PyBytes(u.linetable()));
        w.write(new PyBytes(u.exceptiontable()));
    }

    /**
     * A code object read inside another one's constants: kept as the compiler's unit, since
     * the outer PyCode makes the nested ones from units anyway (making them twice would cost
     * a full conversion per level of nesting).
     */
    static final class NestedUnit extends PyObject {
        final CodeUnit unit;

        NestedUnit(CodeUnit unit) {
            this.unit = unit;
        }

        @Override
        public org.taipan.objects.PyType type() {
            return PyCode.TYPE;
        }
    }

    static PyObject read(MarshalReader r, String filenameOverride) {
        r.codeDepth++;
        CodeUnit u;
        try {
            u = readUnit(r, filenameOverride);
        } finally {
            r.codeDepth--;
        }
        return r.codeDepth > 0 ? new NestedUnit(u) : new PyCode(u);
    }

    private static CodeUnit readUnit(MarshalReader r, String filenameOverride) {
        int argcount = r.readInt();
        int posonly = r.readInt();
        int kwonly = r.readInt();
        int stacksize = r.readInt();
        int flags = r.readInt();
        byte[] code = bytes(r.read());
        PyTuple consts = tuple(r.read());
        List<Object> constValues = new ArrayList<>(consts.size());
        for (int i = 0; i < consts.size(); i++) {
            constValues.add(constant(consts.get(i)));
        }
        List<String> names = strings(r.read());
        List<String> localsplusNames = strings(r.read());
        byte[] kinds = bytes(r.read());
        String filename = string(r.read());
        String name = string(r.read());
        String qualname = string(r.read());
        int firstlineno = r.readInt();
        byte[] linetable = bytes(r.read());
        byte[] exceptiontable = bytes(r.read());
        if (kinds.length != localsplusNames.size() || (code.length & 1) != 0) {
            throw bad();
        }
        return new CodeUnit(argcount, posonly, kwonly, stacksize, flags, code, constValues, names, localsplusNames,
                kinds, filenameOverride != null ? filenameOverride : filename, name, qualname, firstlineno,
                linetable, exceptiontable);
    }

    private static RuntimeException bad() {
        return Errors.valueError("bad marshal data (invalid code object)");
    }

    private static byte[] bytes(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.toByteArray();
        }
        throw bad();
    }

    private static PyTuple tuple(PyObject o) {
        if (o instanceof PyTuple t) {
            return t;
        }
        throw bad();
    }

    private static String string(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw bad();
    }

    private static List<String> strings(PyObject o) {
        PyTuple t = tuple(o);
        List<String> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            out.add(string(t.get(i)).intern());
        }
        return out;
    }

    /** The compiler's value for a constant (the inverse of {@code PyCode.constant}). */
    private static Object constant(PyObject o) {
        if (o instanceof NestedUnit n) {
            return n.unit;
        }
        try {
            return org.taipan.vm.CodeReplace.constant(o);
        } catch (org.taipan.objects.PyException e) {
            throw bad();
        }
    }
}
