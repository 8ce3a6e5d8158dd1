package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/** The with-statement protocol: BEFORE_WITH, BEFORE_ASYNC_WITH and WITH_EXCEPT_START. */
final class With {
    private With() {}

    /** BEFORE_WITH: {@code mgr -- exit enter_result}, exit being the bound {@code __exit__}. */
    static int before(PyObject[] s, int sp) {
        return enter(s, sp, "__enter__", "__exit__", "");
    }

    /** BEFORE_ASYNC_WITH: {@code mgr -- exit awaitable}; GET_AWAITABLE follows. */
    static int beforeAsync(PyObject[] s, int sp) {
        return enter(s, sp, "__aenter__", "__aexit__", "asynchronous ");
    }

    private static int enter(PyObject[] s, int sp, String enterName, String exitName, String kind) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup(enterName);
        if (enter == null) {
            throw Errors.typeError("'" + t.name() + "' object does not support the " + kind
                    + "context manager protocol");
        }
        PyObject exit = t.lookup(exitName);
        if (exit == null) {
            throw Errors.typeError("'" + t.name() + "' object does not support the " + kind
                    + "context manager protocol (missed " + exitName + " method)");
        }
        PyObject boundExit = Abstract.bindDescriptor(exit, mgr, t);
        PyObject res = Abstract.callBound(enter, mgr);
        s[sp - 1] = boundExit;
        s[sp] = res;
        return sp + 1;
    }

    /** WITH_EXCEPT_START: {@code exit(type(exc), exc, exc.__traceback__)}. */
    static PyObject exitWithException(PyObject exit, PyObject exc) {
        PyBaseException e = (PyBaseException) exc;
        PyObject tb = e.traceback == null ? PyNone.INSTANCE : e.traceback;
        return Abstract.call(exit, new PyObject[] {e.type(), e, tb}, null);
    }
}
