package org.taipan.modules.thread;

import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.SubclassableObject;
import org.taipan.vm.ThreadState;

/**
 * {@code _thread._local} ({@code threading.local}): an object whose {@code __dict__} is a
 * different dict in each thread. The dicts are kept by the threads ({@link ThreadState#local}),
 * so a thread's values go with it. In a thread that meets the object for the first time, a
 * subclass's {@code __init__} runs again with the arguments the object was made with.
 */
final class PyThreadLocal extends SubclassableObject {
    static final PyType TYPE = PyType.builtin("_thread._local", PyThreadLocal.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tpNew = (type, args, kw) -> {
            if (args.length > 0 && type.init == PyType.OBJECT.init) {
                throw Errors.typeError("Initialization arguments are not supported");
            }
            PyThreadLocal l = new PyThreadLocal(args, kw);
            l.adopt(type);
            ThreadState.current().setLocal(l, new PyDict());
            return l;
        };
    }, t -> PyGetSetDescr.getter(t, "__dict__", PyObject::instanceDict));

    /** The constructor's arguments, for {@code __init__} in other threads. */
    private final PyObject[] args;
    private final String[] kwnames;

    private PyThreadLocal(PyObject[] args, String[] kwnames) {
        super(TYPE);
        this.args = args;
        this.kwnames = kwnames;
    }

    @Override
    public PyDict instanceDict() {
        ThreadState ts = ThreadState.current();
        PyObject d = ts.local(this);
        if (d == null) {
            d = new PyDict();
            ts.setLocal(this, d);
            if (type().init != PyType.OBJECT.init) {
                PyObject[] a = new PyObject[args.length + 1];
                a[0] = this;
                System.arraycopy(args, 0, a, 1, args.length);
                Abstract.call(Abstract.getAttr(type(), PyStr.of("__init__")), a, kwnames);
            }
        }
        return (PyDict) d;
    }
}
