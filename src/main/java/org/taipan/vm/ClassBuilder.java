package org.taipan.vm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taipan.compiler.CodeUnit;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.TypeNewCall;

/**
 * The class statement: {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}
 * resolves the bases (PEP 560's {@code __mro_entries__}), picks the metaclass, asks it to
 * {@code __prepare__} the namespace, runs the class body in it and calls the metaclass.
 * Also the frame inspection behind zero-argument {@code super()}.
 */
public final class ClassBuilder {
    private ClassBuilder() {}

    public static PyObject buildClass(PyObject self, PyObject[] args, int start, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - start - nkw;
        if (npos < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        if (!(args[start] instanceof PyFunction func)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!(args[start + 1] instanceof PyStr name)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        PyObject[] origBases = Arrays.copyOfRange(args, start + 2, start + npos);
        PyObject[] bases = updateBases(origBases);

        PyObject meta = null;
        List<String> kwNames = new ArrayList<>();
        List<PyObject> kwValues = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("metaclass")) {
                meta = args[start + npos + i];
            } else {
                kwNames.add(kwnames[i]);
                kwValues.add(args[start + npos + i]);
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = TypeNewCall.calculateMetaclass((PyType) meta, bases);
        }
        String[] kw = kwNames.toArray(new String[0]);
        PyObject[] kwv = kwValues.toArray(new PyObject[0]);
        PyTuple basesTuple = PyTuple.wrap(bases);

        PyObject ns;
        PyObject prepare = Abstract.lookupAttr(meta, PyStr.of("__prepare__"));
        if (prepare == null) {
            ns = new PyDict();
        } else {
            ns = Abstract.call(prepare, concat(new PyObject[] {name, basesTuple}, kwv), kw.length == 0 ? null : kw);
        }
        if (ns.type().getitem == null) {
            throw Errors.typeError((isClass ? ((PyType) meta).name() : "<metaclass>")
                    + ".__prepare__() must return a mapping, not " + ns.type().name());
        }
        PyObject cell = EvalLoop.runClassBody(func, ns);
        if (bases != origBases) {
            Abstract.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.wrap(origBases));
        }
        PyObject cls = Abstract.call(meta, concat(new PyObject[] {name, basesTuple, ns}, kwv),
                kw.length == 0 ? null : kw);
        if (cls instanceof PyType && cell instanceof PyCell c && c.value != cls) {
            if (c.value == null) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "__class__ not set defining " + Abstract.repr(name)
                        + " as " + Abstract.repr(cls) + ". Was __classcell__ propagated to type.__new__?");
            }
            throw Errors.typeError("__class__ set to " + Abstract.repr(c.value) + " defining " + Abstract.repr(name)
                    + " as " + Abstract.repr(cls));
        }
        return cls;
    }

    private static PyObject[] concat(PyObject[] a, PyObject[] b) {
        PyObject[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** PEP 560: a base that is not a class may stand for others through {@code __mro_entries__}. */
    private static PyObject[] updateBases(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject entries = b instanceof PyType ? null : Abstract.lookupAttr(b, PyStr.of("__mro_entries__"));
            if (entries == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject r = Abstract.call(entries, new PyObject[] {PyTuple.wrap(bases.clone())}, null);
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>(Arrays.asList(bases).subList(0, i));
            }
            out.addAll(Arrays.asList(t.toArray()));
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    /** {@code super()} without arguments: the {@code __class__} cell and the first argument of the caller. */
    static PyObject[] superArgs() {
        PyFrame f = ThreadState.current().frame;
        if (f == null) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "super(): no current frame");
        }
        PyCode co = f.code;
        if (co.argcount == 0) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
        }
        PyObject obj = f.slots[0];
        if (obj instanceof PyCell c && (co.localsplusKinds[0] & CodeUnit.KIND_CELL) != 0) {
            obj = c.value;
        }
        if (obj == null) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "super(): arg[0] deleted");
        }
        for (int i = 0; i < co.nlocalsplus; i++) {
            if ((co.localsplusKinds[i] & CodeUnit.KIND_FREE) != 0 && co.localsplusNames[i].equals("__class__")) {
                PyObject type = f.slots[i] instanceof PyCell c ? c.value : null;
                if (type == null) {
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "super(): empty __class__ cell");
                }
                if (!(type instanceof PyType)) {
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ is not a type ("
                            + type.type().name() + ")");
                }
                return new PyObject[] {type, obj};
            }
        }
        throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ cell not found");
    }
}
