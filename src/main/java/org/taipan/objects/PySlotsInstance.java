package org.taipan.objects;

/**
 * An instance of a class with {@code __slots__}: the slot values live in an array, indexed by
 * the member descriptors in the classes' dicts, and there is no {@code __dict__} unless a
 * class in the hierarchy asks for one.
 */
public final class PySlotsInstance extends PyInstance {
    final PyObject[] slots;
    private final boolean hasDict;

    public PySlotsInstance(PyType type) {
        super(type);
        this.slots = new PyObject[type.instanceSlots];
        this.hasDict = type.instanceHasDict;
    }

    @Override
    public PyObject[] slotValues() {
        return slots;
    }

    @Override
    public PyDict instanceDict() {
        return hasDict ? super.instanceDict() : null;
    }

    /** Adds the member descriptor for slot {@code index} to the class being made. */
    static void member(PyType owner, String name, int index) {
        PyGetSetDescr.slot(owner, name, index, self -> {
            PyObject[] slots = self instanceof HeapObject h ? h.slotValues() : null;
            PyObject v = slots != null && index < slots.length ? slots[index] : null;
            if (v == null) {
                throw Errors.attributeError(self, PyStr.of(name), "'" + self.type().name()
                        + "' object has no attribute '" + name + "'");
            }
            return v;
        }, (self, value) -> {
            PyObject[] slots = ((HeapObject) self).slotValues();
            if (value == null && slots[index] == null) {
                throw Errors.attributeError(self, PyStr.of(name), name);
            }
            slots[index] = value;
        });
    }
}
