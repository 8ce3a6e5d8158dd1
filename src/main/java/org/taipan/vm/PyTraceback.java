package org.taipan.vm;

import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/** One entry of a traceback: a frame the exception passed through, and where it was. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, PyType.OBJECT, 0, null, null);

    /** Towards the frame where the exception was raised (tb_next). */
    public final PyObject next;
    public final PyFrame frame;
    /** Byte offset of the instruction (tb_lasti). */
    public final int lasti;

    PyTraceback(PyObject next, PyFrame frame, int lasti) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
