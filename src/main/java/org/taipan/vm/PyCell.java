package org.taipan.vm;

import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;

/** A cell holding a variable shared between a function and the closures nested in it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> {
            PyObject v = ((PyCell) self).value;
            String at = String.format("%016x", System.identityHashCode(self));
            return PyStr.of(v == null ? "<cell at 0x" + at + ": empty>"
                    : "<cell at 0x" + at + ": " + v.type().name() + " object at 0x"
                    + String.format("%016x", System.identityHashCode(v)) + ">");
        };
    }, null);

    /** The contents; null when empty (unbound). */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
