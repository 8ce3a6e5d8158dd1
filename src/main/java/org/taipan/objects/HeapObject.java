package org.taipan.objects;

/**
 * An instance of a class defined in Python, whatever its Java layout: a {@link PyInstance} for
 * classes derived from {@code object}, or one of the {@link Derived} layouts for classes derived
 * from a builtin. Its type can be reassigned ({@code __class__ = ...}) and it may hold
 * {@code __slots__} values.
 */
public interface HeapObject {
    /** Assignment to {@code __class__}, checked by the caller for compatible layouts. */
    void setType(PyType t);

    /** The values of the {@code __slots__} members (indexed by the member descriptors), or null. */
    PyObject[] slotValues();

    /** The slot array a new instance of {@code t} needs, or null when its classes declare no slots. */
    static PyObject[] newSlots(PyType t) {
        return t.instanceSlots == 0 ? null : new PyObject[t.instanceSlots];
    }
}
