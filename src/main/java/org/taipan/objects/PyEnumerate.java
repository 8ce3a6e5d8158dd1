package org.taipan.objects;

/** {@code enumerate(iterable, start=0)}. */
public final class PyEnumerate extends SubclassableObject {
    public static final PyType TYPE = PyType.builtin("enumerate", PyEnumerate.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.iter = self -> self;
        t.next = self -> ((PyEnumerate) self).next();
        t.tpNew = PyEnumerate::construct;
    }, null);

    private final PyObject it;
    private long index;
    private PyInt bigIndex; // once the count leaves the long range

    private PyEnumerate(PyObject it, PyInt start) {
        super(TYPE);
        this.it = it;
        if (start.isLong()) {
            index = start.longValue();
        } else {
            bigIndex = start;
        }
    }

    private static final ArgParser NEW_ARGS = ArgParser.clinic("enumerate", "iterable, start=0");

    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject iterable, start;
        if (type != TYPE) {
            // subclasses are made by enumerate.__new__, which binds as Argument Clinic does
            PyObject[] a = NEW_ARGS.bind(args, 0, kwnames);
            iterable = a[0];
            start = a[1];
        } else {
            // enumerate(...) itself binds by hand (CPython's vectorcall): names checked by position
            if (args.length > 2) {
                throw Errors.typeError("enumerate() takes at most 2 arguments (" + args.length + " given)");
            }
            if (args.length == 0) {
                throw Errors.typeError("enumerate() missing required argument 'iterable'");
            }
            if (args.length == 2 && nkw == 2 && kwnames[0].equals("start")) {
                checkKeyword(kwnames[1], "iterable");
                iterable = args[1];
                start = args[0];
            } else {
                String[] expected = {"iterable", "start"};
                for (int k = 0; k < nkw; k++) {
                    checkKeyword(kwnames[k], expected[npos + k]);
                }
                iterable = args[0];
                start = args.length == 2 ? args[1] : null;
            }
        }
        PyInt s = start == null ? PyInt.of(0) : Seq.index(start);
        return new PyEnumerate(Iter.of(iterable), s).adopt(type);
    }

    private static void checkKeyword(String given, String expected) {
        if (!given.equals(expected)) {
            throw Errors.typeError("'" + given + "' is an invalid keyword argument for enumerate()");
        }
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
