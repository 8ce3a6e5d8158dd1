package org.taipan.objects;

/** An instance of a class defined in Python whose builtin base is {@code object}. */
public class PyInstance extends PyObject {
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

    /** Assignment to {@code __class__}, checked by the caller for compatible layouts. */
    void setType(PyType t) {
        this.type = t;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
