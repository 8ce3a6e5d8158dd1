package org.taipan.objects;

/** An instance of a class defined in Python whose builtin base is {@code object}. */
public class PyInstance extends PyObject implements HeapObject {
    private PyType type;
    private PyDict dict;
    /** Set when the class defines {@code __del__}: see {@link Finalizers}. */
    Finalizers.Token finalizer;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType t) {
        this.type = t;
    }

    /** Assignment to {@code __dict__} (null: deletion, which leaves a fresh empty dict on next use). */
    void setInstanceDict(PyDict d) {
        this.dict = d;
    }

    @Override
    public PyObject[] slotValues() {
        return null;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
