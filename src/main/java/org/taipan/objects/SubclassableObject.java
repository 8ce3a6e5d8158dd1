package org.taipan.objects;

/**
 * A builtin object whose type Python classes may derive from ({@code enumerate}, {@code map},
 * the itertools iterators, ...): it carries its type, and once made an instance of such a
 * subclass, the subclass's instance dict and {@code __slots__} values.
 */
public abstract class SubclassableObject extends PyObject implements HeapObject {
    private PyType type;
    private PyDict dict;
    private PyObject[] slots;

    protected SubclassableObject(PyType builtin) {
        this.type = builtin;
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public void setType(PyType t) {
        type = t;
    }

    @Override
    public PyObject[] slotValues() {
        return slots;
    }

    @Override
    public PyDict instanceDict() {
        return dict != null || !type.isHeapType() || !type.instancesHaveDict() ? dict : (dict = new PyDict());
    }

    /** This object, made an instance of {@code t} when {@code t} is a class derived in Python. */
    public final PyObject adopt(PyType t) {
        if (t.isHeapType() && !type.isHeapType()) {
            type = t;
            slots = HeapObject.newSlots(t);
        }
        return this;
    }
}
