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
    public PyDict instanceDict() {
        return hasDict ? super.instanceDict() : null;
    }

    /** Adds the member descriptor for slot {@code index} to the class being made. */
    static void member(PyType owner, String name, int index) {
        PyGetSetDescr.slot(owner, name, self -> {
            PyObject v = self instanceof PySlotsInstance s && index < s.slots.length ? s.slots[index] : null;
            if (v == null) {
                throw Errors.attributeError(self, PyStr.of(name), "'" + self.type().name()
                        + "' object has no attribute '" + name + "'");
            }
            return v;
        }, (self, value) -> {
            PySlotsInstance s = (PySlotsInstance) self;
            if (value == null && s.slots[index] == null) {
                throw Errors.attributeError(self, PyStr.of(name), name);
            }
            s.slots[index] = value;
        });
    }
}
