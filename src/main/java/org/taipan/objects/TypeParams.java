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

    /** args with params bound to the values in key; `owner` names the alias in errors. */
    static PyObject[] substitute(String owner, PyTuple args, PyTuple params, PyObject key) {
        if (params.size() == 0) {
            throw Errors.typeError(owner + " is not a generic class");
        }
        PyObject[] items = key instanceof PyTuple t ? t.toArray() : new PyObject[] {key};
        if (items.length != params.size()) {
            throw Errors.typeError("Too " + (items.length > params.size() ? "many" : "few") + " arguments for " + owner
                    + "; actual " + items.length + ", expected " + params.size());
        }
        PyObject[] values = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = Abstract.call(Abstract.getAttr(params.get(i), SUBST), new PyObject[] {items[i]}, null);
        }
        PyObject[] out = args.toArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = substituteOne(out[i], params, values);
        }
        return out;
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
            PyObject[] sub = inner.toArray();
            for (int k = 0; k < sub.length; k++) {
                sub[k] = substituteOne(sub[k], params, values);
            }
            return Abstract.getItem(a, PyTuple.wrap(sub));
        }
        return a;
    }
}
