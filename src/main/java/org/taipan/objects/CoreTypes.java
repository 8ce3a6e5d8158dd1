package org.taipan.objects;

/** The builtin names the core types provide, for the builtins module to register. */
public final class CoreTypes {
    private CoreTypes() {}

    /** float, complex, list, slice, range, set, frozenset, bytes, bytearray and the iterator builtins. */
    public static PyType[] builtinTypes() {
        return new PyType[] {PyFloat.TYPE, PyComplex.TYPE, PyList.TYPE, PySlice.TYPE, PyRange.TYPE, PySet.TYPE,
            PyFrozenSet.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE,
            PyReversed.TYPE, PyMemoryView.TYPE};
    }
}
