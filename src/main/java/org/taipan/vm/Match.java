package org.taipan.vm;

import java.util.HashSet;
import java.util.Set;
import org.taipan.modules.BuiltinsModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyFrozenSet;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyRange;
import org.taipan.objects.PySet;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/** The match statement's instructions: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS. */
final class Match {
    private Match() {}

    /** Builtins that match a single positional sub-pattern against the subject itself ({@code int(x)}). */
    private static final PyType[] MATCH_SELF = {PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyDict.TYPE,
            PyFloat.TYPE, PyFrozenSet.TYPE, PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE};

    /** Whether the subject's class is a mapping (CPython's Py_TPFLAGS_MAPPING): dict and its subclasses. */
    static boolean isMapping(PyObject subject) {
        return subject.type().isSubtype(PyDict.TYPE) || abcFlag(subject.type(), "_abc_mapping");
    }

    /** Whether the subject is a sequence for matching: list, tuple, range and their kin, never str/bytes. */
    static boolean isSequence(PyObject subject) {
        PyType t = subject.type();
        return t.isSubtype(PyList.TYPE) || t.isSubtype(PyTuple.TYPE) || t.isSubtype(PyRange.TYPE)
                || t == org.taipan.objects.PyMemoryView.TYPE || abcFlag(t, "_abc_sequence");
    }

    /** Classes registered as mappings or sequences by Python code (collections.abc) set a marker attribute. */
    private static boolean abcFlag(PyType t, String marker) {
        PyObject v = t.lookup("__abc_tpflags_" + marker + "__");
        return v != null && Abstract.isTrue(v);
    }

    /** MATCH_KEYS: the values of {@code keys} in the mapping, as a tuple, or None when one is missing. */
    static PyObject keys(PyObject map, PyObject keysObj) {
        PyTuple keys = (PyTuple) keysObj;
        if (keys.size() == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = Abstract.getAttr(map, PyStr.of("get"));
        PyObject dummy = new org.taipan.objects.PyList();
        PyDict seenDict = new PyDict();
        PyObject[] values = new PyObject[keys.size()];
        for (int i = 0; i < values.length; i++) {
            PyObject key = keys.get(i);
            if (seenDict.getItem(key) != null) {
                throw Errors.valueError("mapping pattern checks duplicate key (" + Abstract.repr(key) + ")");
            }
            seenDict.setItem(key, PyNone.INSTANCE);
            PyObject v = Abstract.call(get, new PyObject[] {key, dummy}, null);
            if (v == dummy) {
                return PyNone.INSTANCE;
            }
            values[i] = v;
        }
        return PyTuple.wrap(values);
    }

    /** MATCH_CLASS count: {@code subject cls names -- attrs_or_None}. */
    static int matchClass(PyObject[] s, int sp, int count) {
        PyTuple names = (PyTuple) s[sp - 1];
        PyObject clsObj = s[sp - 2];
        PyObject subject = s[sp - 3];
        s[sp - 1] = s[sp - 2] = null;
        s[sp - 3] = matchClass(subject, clsObj, count, names);
        return sp - 2;
    }

    private static PyObject matchClass(PyObject subject, PyObject clsObj, int count, PyTuple names) {
        if (!(clsObj instanceof PyType cls)) {
            throw Errors.typeError("called match pattern must be a type");
        }
        if (!BuiltinsModule.isInstance(subject, cls)) {
            return PyNone.INSTANCE;
        }
        PyObject[] attrs = new PyObject[count + names.size()];
        Set<String> seen = new HashSet<>();
        if (count > 0) {
            PyObject matchArgs = Abstract.lookupAttr(cls, PyStr.of("__match_args__"));
            boolean matchSelf = false;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple)) {
                    throw Errors.typeError(cls.name() + ".__match_args__ must be a tuple (got "
                            + matchArgs.type().name() + ")");
                }
            } else {
                for (PyType t : MATCH_SELF) {
                    if (cls.isSubtype(t)) {
                        matchSelf = true;
                        break;
                    }
                }
                matchArgs = PyTuple.EMPTY;
            }
            PyTuple ma = (PyTuple) matchArgs;
            int allowed = matchSelf ? 1 : ma.size();
            if (count > allowed) {
                throw Errors.typeError(cls.name() + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + count + " given)");
            }
            if (matchSelf) {
                attrs[0] = subject;
            } else {
                for (int i = 0; i < count; i++) {
                    PyObject name = ma.get(i);
                    if (!(name instanceof PyStr n)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got "
                                + name.type().name() + ")");
                    }
                    PyObject v = attr(subject, cls, n, seen);
                    if (v == null) {
                        return PyNone.INSTANCE;
                    }
                    attrs[i] = v;
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            PyObject v = attr(subject, cls, (PyStr) names.get(i), seen);
            if (v == null) {
                return PyNone.INSTANCE;
            }
            attrs[count + i] = v;
        }
        return PyTuple.wrap(attrs);
    }

    private static PyObject attr(PyObject subject, PyType cls, PyStr name, Set<String> seen) {
        if (!seen.add(name.toString())) {
            throw Errors.typeError(cls.name() + "() got multiple sub-patterns for attribute " + Abstract.repr(name));
        }
        try {
            return Abstract.getAttr(subject, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }
}
