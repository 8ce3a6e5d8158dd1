package org.taipan.objects;

/** {@code zip(*iterables, strict=False)}. */
public final class PyZip extends SubclassableObject {
    public static final PyType TYPE = PyType.builtin("zip", PyZip.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.iter = self -> self;
        t.next = self -> ((PyZip) self).next();
        t.tpNew = PyZip::construct;
    }, null);

    private final PyObject[] its;
    private final boolean strict;
    private boolean done;

    private PyZip(PyObject[] its, boolean strict) {
        super(TYPE);
        this.its = its;
        this.strict = strict;
    }

    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        boolean strict = false;
        if (nkw > 1) {
            throw Errors.typeError("zip() takes at most 1 keyword argument (" + nkw + " given)");
        }
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("strict")) {
                throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for zip()");
            }
            strict = Abstract.isTrue(args[args.length - nkw + k]);
        }
        PyObject[] its = new PyObject[args.length - nkw];
        for (int i = 0; i < its.length; i++) {
            its[i] = Iter.of(args[i]);
        }
        return new PyZip(its, strict).adopt(type);
    }

    private PyObject next() {
        if (done || its.length == 0) {
            return null;
        }
        PyObject[] out = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject v = Iter.next(its[i]);
            if (v == null) {
                done = true;
                if (strict) {
                    checkStrict(i);
                }
                return null;
            }
            out[i] = v;
        }
        return PyTuple.wrap(out);
    }

    /** Iterator {@code i} ran out: an error unless all the others run out at the same time. */
    private void checkStrict(int i) {
        if (i > 0) {
            throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
        }
        for (int j = 1; j < its.length; j++) {
            if (Iter.next(its[j]) != null) {
                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
            }
        }
    }
}
