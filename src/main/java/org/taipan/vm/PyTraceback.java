package org.taipan.vm;

import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/** One entry of a traceback: a frame the exception passed through, and where it was. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, PyType.OBJECT, 0, null, t -> {
        org.taipan.objects.PyGetSetDescr.getter(t, "tb_frame", self -> ((PyTraceback) self).frame);
        org.taipan.objects.PyGetSetDescr.getter(t, "tb_lasti", self -> org.taipan.objects.PyInt.of(((PyTraceback) self).lasti));
        org.taipan.objects.PyGetSetDescr.getter(t, "tb_lineno",
                self -> org.taipan.objects.PyInt.of(((PyTraceback) self).frame.code.lineOf(((PyTraceback) self).lasti)));
        org.taipan.objects.PyGetSetDescr.getset(t, "tb_next", self -> {
            PyObject n = ((PyTraceback) self).next;
            return n == null ? org.taipan.objects.PyNone.INSTANCE : n;
        }, PyTraceback::setNext);
    });

    /** Towards the frame where the exception was raised (tb_next); assignable, as unittest trims tracebacks. */
    public PyObject next;
    public final PyFrame frame;
    /** Byte offset of the instruction (tb_lasti). */
    public final int lasti;

    PyTraceback(PyObject next, PyFrame frame, int lasti) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    private static void setNext(PyObject self, PyObject value) {
        if (value == null) {
            throw org.taipan.objects.Errors.typeError("can't delete tb_next attribute");
        }
        if (value == org.taipan.objects.PyNone.INSTANCE) {
            ((PyTraceback) self).next = null;
            return;
        }
        if (!(value instanceof PyTraceback)) {
            throw org.taipan.objects.Errors.typeError("expected traceback object or None, got '"
                    + value.type().name() + "'");
        }
        for (PyObject c = value; c instanceof PyTraceback tb; c = tb.next) {
            if (c == self) {
                throw org.taipan.objects.Errors.valueError("traceback loop detected");
            }
        }
        ((PyTraceback) self).next = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
