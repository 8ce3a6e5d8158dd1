package org.taipan.objects;

/**
 * Every Python object. Behaviour does not live in Java virtual methods but in the slots of the
 * object's {@link PyType} (as in CPython), so that a Python class can override any of it and a
 * subclass of a builtin inherits the builtin's slots unchanged.
 */
public abstract class PyObject {
    public abstract PyType type();

    /** The instance {@code __dict__}, or null for objects without one. */
    public PyDict instanceDict() {
        return null;
    }

    @Override
    public String toString() {
        return Abstract.repr(this).toString();
    }
}
