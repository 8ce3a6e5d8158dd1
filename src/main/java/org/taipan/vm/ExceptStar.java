package org.taipan.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionGroups;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/** {@code except*} (PEP 654): CHECK_EG_MATCH and PREP_RERAISE_STAR. */
final class ExceptStar {
    private ExceptStar() {}

    /**
     * CHECK_EG_MATCH: splits the exception by the clause's type into {rest, match}; when
     * something matched, the match becomes the exception being handled.
     */
    static PyObject[] match(PyObject excValue, PyObject type) {
        checkType(type);
        if (excValue == PyNone.INSTANCE) {
            // An earlier clause took everything: nothing is left to match (as CPython).
            return new PyObject[] {PyNone.INSTANCE, PyNone.INSTANCE};
        }
        PyBaseException exc = (PyBaseException) excValue;
        ExceptionGroups.Matcher m = ExceptionGroups.matcher(type);
        PyBaseException match, rest;
        if (ExceptionGroups.isGroup(exc)) {
            PyBaseException[] r = ExceptionGroups.split(exc, m);
            match = r[0];
            rest = r[1];
        } else if (m.test(exc)) {
            PyObject g = Abstract.call(ExceptionTypes.BASE_EXCEPTION_GROUP,
                    new PyObject[] {PyStr.of(""), PyTuple.of(exc)}, null);
            match = (PyBaseException) g;
            match.traceback = exc.traceback;
            rest = null;
        } else {
            match = null;
            rest = exc;
        }
        if (match == null) {
            return new PyObject[] {excValue, PyNone.INSTANCE};
        }
        ThreadState.current().excInfo.value = match;
        return new PyObject[] {rest == null ? PyNone.INSTANCE : rest, match};
    }

    private static void checkType(PyObject type) {
        PyObject[] types = type instanceof PyTuple t ? t.toArray() : new PyObject[] {type};
        for (PyObject o : types) {
            if (!(o instanceof PyType t) || !t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        }
        for (PyObject o : types) {
            if (((PyType) o).isSubtype(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    /**
     * PREP_RERAISE_STAR: {@code orig list -- exc}. The list holds what each clause raised (or
     * None) and the unmatched rest. Exceptions re-raised unchanged are put back in the shape
     * they had in {@code orig}; new ones are grouped with them. None when nothing is left.
     */
    static PyObject prepReraise(PyObject orig, PyObject list) {
        PyObject[] excs = Iter.toArray(list);
        if (excs.length == 0) {
            return PyNone.INSTANCE;
        }
        if (!ExceptionGroups.isGroup(orig)) {
            for (PyObject e : excs) {
                if (e != PyNone.INSTANCE) {
                    return e;
                }
            }
            return PyNone.INSTANCE;
        }
        PyBaseException o = (PyBaseException) orig;
        List<PyObject> raised = new ArrayList<>();
        IdentityHashMap<PyObject, Boolean> leaves = new IdentityHashMap<>();
        for (PyObject x : excs) {
            if (x == PyNone.INSTANCE) {
                continue;
            }
            PyBaseException e = (PyBaseException) x;
            if (sameMetadata(e, o)) {
                collectLeaves(e, leaves);
            } else {
                raised.add(e);
            }
        }
        if (!leaves.isEmpty()) {
            PyBaseException projected = ExceptionGroups.split(o, leaf -> leaves.containsKey(leaf))[0];
            if (projected != null) {
                raised.add(projected);
            }
        }
        if (raised.isEmpty()) {
            return PyNone.INSTANCE;
        }
        if (raised.size() == 1) {
            return raised.get(0);
        }
        return Abstract.call(ExceptionTypes.BASE_EXCEPTION_GROUP,
                new PyObject[] {PyStr.of(""), PyList.wrap(raised.toArray(new PyObject[0]))}, null);
    }

    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.traceback == b.traceback && a.cause == b.cause && a.context == b.context
                && a.instanceDict().getItem(PyStr.of("__notes__")) == b.instanceDict().getItem(PyStr.of("__notes__"));
    }

    private static void collectLeaves(PyBaseException e, IdentityHashMap<PyObject, Boolean> leaves) {
        if (ExceptionGroups.isGroup(e)) {
            for (PyObject x : ExceptionGroups.exceptions(e).toArray()) {
                collectLeaves((PyBaseException) x, leaves);
            }
        } else {
            leaves.put(e, Boolean.TRUE);
        }
    }
}
