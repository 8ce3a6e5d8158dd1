package org.taipan.objects;

/** {@code bool}: a subclass of int with exactly two instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyBool.class, PyInt.TYPE, 0, t -> {
        t.repr = self -> PyStr.of(((PyBool) self).longValue() != 0 ? "True" : "False");
        t.tpNew = (type, args, kwnames) -> {
            Seq.noKeywords("bool", kwnames);
            PyObject[] a = ArgParser.unpack("bool", 0, 1).bind(args, 0, kwnames);
            return of(a[0] != null && Abstract.isTrue(a[0]));
        };
    }, null);
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
