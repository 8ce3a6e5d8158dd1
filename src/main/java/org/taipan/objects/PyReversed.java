package org.taipan.objects;

/**
 * {@code reversed(seq)}: the sequence's {@code __reversed__} if it has one, else an iterator
 * walking {@code __getitem__} down from {@code len(seq) - 1}.
 */
public final class PyReversed extends SubclassableObject {
    private static final ArgParser ARGS = ArgParser.unpack("reversed", 1, 1);

    public static final PyType TYPE = PyType.builtin("reversed", PyReversed.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.iter = self -> self;
        t.next = self -> ((PyReversed) self).next();
        t.tpNew = (type, args, kwnames) -> {
            if (type == PyReversed.TYPE || type.init == PyReversed.TYPE.init) {
                Seq.noKeywords("reversed", kwnames);
            }
            PyObject seq = ARGS.bind(Seq.positional(args, kwnames), 0, null)[0];
            PyObject r = of(seq); // __reversed__'s own result stays as it is
            return r instanceof PyReversed x ? x.adopt(type) : r;
        };
    }, t -> t.method("__length_hint__", self -> {
        PyReversed r = (PyReversed) self;
        if (r.seq == null) {
            return PyInt.of(0);
        }
        long n = Abstract.length(r.seq);
        return PyInt.of(n < r.index + 1 ? 0 : r.index + 1);
    }));

    private PyObject seq;
    private long index;

    private PyReversed(PyObject seq, long n) {
        super(TYPE);
        this.seq = seq;
        this.index = n - 1;
    }

    /** {@code reversed(seq)}. */
    public static PyObject of(PyObject seq) {
        PyObject rev = seq.type().lookup("__reversed__");
        if (rev == PyNone.INSTANCE) {
            throw Errors.typeError("'" + seq.type().name() + "' object is not reversible");
        }
        if (rev != null) {
            return Abstract.callBound(rev, seq);
        }
        if (seq.type().getitem == null || seq instanceof PyDict) {
            throw Errors.typeError("'" + seq.type().name() + "' object is not reversible");
        }
        return new PyReversed(seq, Abstract.length(seq));
    }

    private PyObject next() {
        if (seq == null) {
            return null;
        }
        if (index >= 0) {
            try {
                PyObject v = Abstract.getItem(seq, PyInt.of(index));
                index--;
                return v;
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.INDEX_ERROR) && !e.matches(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
            }
        }
        index = -1;
        seq = null;
        return null;
    }
}
