package org.taipan.objects;

/**
 * The shapes of type slots (CPython's tp_* / nb_* / sq_* / mp_* function pointers). A type holds
 * one field per slot; builtins fill them with Java code, classes defined in Python get the
 * generic functions of {@link HeapSlots} that look up and call the dunder method.
 */
public final class Slot {
    private Slot() {}

    @FunctionalInterface public interface Unary { PyObject call(PyObject self); }
    @FunctionalInterface public interface Binary { PyObject call(PyObject v, PyObject w); }
    @FunctionalInterface public interface Ternary { PyObject call(PyObject a, PyObject b, PyObject c); }
    @FunctionalInterface public interface Predicate { boolean call(PyObject self); }
    @FunctionalInterface public interface Hash { long call(PyObject self); }
    @FunctionalInterface public interface Length { long call(PyObject self); }
    @FunctionalInterface public interface RichCompare { PyObject call(PyObject v, PyObject w, CompareOp op); }
    @FunctionalInterface public interface Contains { boolean call(PyObject self, PyObject item); }
    /** Stores (value != null) or deletes (value == null). */
    @FunctionalInterface public interface Store { void call(PyObject self, PyObject key, PyObject value); }
    @FunctionalInterface public interface GetAttr { PyObject call(PyObject self, PyStr name); }
    /** Sets (value != null) or deletes (value == null) an attribute. */
    @FunctionalInterface public interface SetAttr { void call(PyObject self, PyStr name, PyObject value); }
    /** {@code obj} is null when the descriptor is looked up on the type itself. */
    @FunctionalInterface public interface DescrGet { PyObject call(PyObject descr, PyObject obj, PyType type); }
    /** Sets (value != null) or deletes (value == null) through a data descriptor. */
    @FunctionalInterface public interface DescrSet { void call(PyObject descr, PyObject obj, PyObject value); }
    /** The iterator protocol without exceptions: returns null when exhausted. */
    @FunctionalInterface public interface Next { PyObject call(PyObject self); }
    /**
     * Calls in CPython's vectorcall shape: positional arguments first, then the values of the
     * keyword arguments whose names are {@code kwnames} (null when there are none).
     */
    @FunctionalInterface public interface Call { PyObject call(PyObject self, PyObject[] args, String[] kwnames); }
    @FunctionalInterface public interface New { PyObject call(PyType type, PyObject[] args, String[] kwnames); }
    @FunctionalInterface public interface Init { void call(PyObject self, PyObject[] args, String[] kwnames); }
}
