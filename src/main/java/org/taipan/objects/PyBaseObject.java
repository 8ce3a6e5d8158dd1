package org.taipan.objects;

/** Instances of plain {@code object}. */
public final class PyBaseObject extends PyObject {
    @Override
    public PyType type() {
        return PyType.OBJECT;
    }
}
