package org.taipan.objects;

/** {@code enumerate(iterable, start=0)}. */
public final class PyEnumerate extends PyObject {
    public static final PyType TYPE = PyType.builtin("enumerate", PyEnumerate.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.iter = self -> self;
        t.next = self -> ((PyEnumerate) self).next();
        t.tpNew = PyEnumerate::construct;
    }, null);

    private final PyObject it;
    private long index;
    private PyInt bigIndex; // once the count leaves the long range

    private PyEnumerate(PyObject it, PyInt start) {
        this.it = it;
        if (start.isLong()) {
            index = start.longValue();
        } else {
            bigIndex = start;
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw Errors.typeError("enumerate() takes at most 2 arguments (" + args.length + " given)");
        }
        PyObject iterable = npos > 0 ? args[0] : null, start = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            if (kw.equals("iterable") && iterable == null) {
                iterable = args[npos + k];
            } else if (kw.equals("start") && start == null) {
                start = args[npos + k];
            } else {
                throw Errors.typeError("'" + kw + "' is an invalid keyword argument for enumerate()");
            }
        }
        if (iterable == null) {
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        PyInt s = start == null ? PyInt.of(0) : Seq.index(start);
        if (type != PyEnumerate.TYPE) {
            throw Errors.typeError("subclasses of enumerate are not supported yet");
        }
        return new PyEnumerate(Iter.of(iterable), s);
    }

    private PyObject next() {
        PyObject v = Iter.next(it);
        if (v == null) {
            return null;
        }
        PyObject i;
        if (bigIndex == null) {
            i = PyInt.of(index);
            if (index == Long.MAX_VALUE) {
                bigIndex = (PyInt) Abstract.binaryOp(i, PyInt.of(1), NumberOp.ADD);
            } else {
                index++;
            }
        } else {
            i = bigIndex;
            bigIndex = (PyInt) Abstract.binaryOp(i, PyInt.of(1), NumberOp.ADD);
        }
        return PyTuple.of(i, v);
    }
}
