package org.taipan.vm;

import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;

/** A cell holding a variable shared between a function and the closures nested in it. */
public final class PyCell extends PyObject implements org.taipan.objects.ClassCell {
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> {
            PyObject v = ((PyCell) self).value;
            String at = org.taipan.objects.Ids.address(self);
            return PyStr.of(v == null ? "<cell at " + at + ": empty>"
                    : "<cell at " + at + ": " + v.type().name() + " object at " + org.taipan.objects.Ids.address(v) + ">");
        };
    }, t -> org.taipan.objects.PyGetSetDescr.getset(t, "cell_contents", self -> {
        PyObject v = ((PyCell) self).value;
        if (v == null) {
            throw org.taipan.objects.Errors.valueError("Cell is empty");
        }
        return v;
    }, (self, v) -> ((PyCell) self).value = v));

    /** The contents; null when empty (unbound). */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public void setContents(PyObject v) {
        value = v;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
