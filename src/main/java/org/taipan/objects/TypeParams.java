package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Type parameters in {@code types.GenericAlias} and {@code types.UnionType} arguments
 * ({@code list[T]}, {@code dict[str, T] | None}): a parameter is any object with a
 * {@code __typing_subst__} method (typing's TypeVar and ParamSpec); subscripting binds them.
 */
final class TypeParams {
    private static final PyStr SUBST = PyStr.of("__typing_subst__");
    private static final PyStr PARAMETERS = PyStr.of("__parameters__");
    private static final PyStr PREPARE = PyStr.of("__typing_prepare_subst__");
    private static final PyStr UNPACKED_TVT = PyStr.of("__typing_is_unpacked_typevartuple__");

    private TypeParams() {}

    /** The parameters in args, in first-seen order. */
    static PyTuple collect(PyTuple args) {
        List<PyObject> found = new ArrayList<>();
        for (PyObject a : args.toArray()) {
            if (a instanceof PyType) {
                continue;
            }
            if (Abstract.lookupAttr(a, SUBST) != null) {
                addNew(found, a);
            } else if (Abstract.lookupAttr(a, PARAMETERS) instanceof PyTuple inner) {
                for (PyObject p : inner.toArray()) {
                    addNew(found, p);
                }
            }
        }
        return found.isEmpty() ? PyTuple.EMPTY : PyTuple.wrap(found.toArray(new PyObject[0]));
    }

    private static void addNew(List<PyObject> found, PyObject p) {
        for (PyObject q : found) {
            if (q == p) {
                return;
            }
        }
        found.add(p);
    }

    /**
     * args with params bound to the values in key; `owner` names the alias in errors. A
     * parameter with {@code __typing_prepare_subst__} first regroups the values (a
     * TypeVarTuple takes its share as one tuple, spliced where it appears unpacked; a lone
     * ParamSpec takes them all).
     */
    static PyObject[] substitute(PyObject alias, String owner, PyTuple args, PyTuple params, PyObject key) {
        if (params.size() == 0) {
            throw Errors.typeError(owner + " is not a generic class");
        }
        PyObject[] items = key instanceof PyTuple t ? t.toArray() : new PyObject[] {key};
        for (PyObject param : params.toArray()) {
            PyObject prepare = Abstract.lookupAttr(param, PREPARE);
            if (prepare != null) {
                items = ((PyTuple) Abstract.call(prepare, new PyObject[] {alias, PyTuple.wrap(items)}, null)).toArray();
            }
        }
        if (items.length != params.size()) {
            throw Errors.typeError("Too " + (items.length > params.size() ? "many" : "few") + " arguments for " + owner
                    + "; actual " + items.length + ", expected " + params.size());
        }
        PyObject[] values = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = Abstract.call(Abstract.getAttr(params.get(i), SUBST), new PyObject[] {items[i]}, null);
        }
        List<PyObject> out = new ArrayList<>();
        for (PyObject a : args.toArray()) {
            PyObject spliced = unpackedValue(a, params, values);
            if (spliced != null) {
                out.addAll(List.of(((PyTuple) spliced).toArray()));
            } else {
                out.add(substituteOne(a, params, values));
            }
        }
        return out.toArray(new PyObject[0]);
    }

    /** The tuple to splice for an unpacked TypeVarTuple argument (*Ts), else null. */
    private static PyObject unpackedValue(PyObject a, PyTuple params, PyObject[] values) {
        if (a instanceof PyType || !Abstract.isTrue(orFalse(Abstract.lookupAttr(a, UNPACKED_TVT)))) {
            return null;
        }
        PyObject tvt = ((PyTuple) Abstract.getAttr(a, PARAMETERS)).get(0);
        for (int j = 0; j < params.size(); j++) {
            if (params.get(j) == tvt && values[j] instanceof PyTuple) {
                return values[j];
            }
        }
        return null;
    }

    private static PyObject orFalse(PyObject o) {
        return o == null ? PyBool.FALSE : o;
    }

    private static PyObject substituteOne(PyObject a, PyTuple params, PyObject[] values) {
        if (a instanceof PyType) {
            return a;
        }
        for (int j = 0; j < params.size(); j++) {
            if (params.get(j) == a) {
                return values[j];
            }
        }
        if (Abstract.lookupAttr(a, PARAMETERS) instanceof PyTuple inner && inner.size() > 0) {
            List<PyObject> sub = new ArrayList<>();
            for (PyObject p : inner.toArray()) {
                PyObject v = substituteOne(p, params, values);
                // a TypeVarTuple (the only parameter one can unpack) passes its values on one by one
                if (v instanceof PyTuple t && p.type().lookup("__iter__") != null) {
                    sub.addAll(List.of(t.toArray()));
                } else {
                    sub.add(v);
                }
            }
            return Abstract.getItem(a, PyTuple.wrap(sub.toArray(new PyObject[0])));
        }
        return a;
    }
}
