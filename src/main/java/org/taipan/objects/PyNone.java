package org.taipan.objects;

/** The {@code None} singleton. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> PyStr.of("None");
        t.bool = self -> false;
        t.tpNew = (type, args, kwnames) -> {
            if (args.length > 0) {
                throw Errors.typeError("NoneType takes no arguments");
            }
            return PyNone.INSTANCE;
        };
    }, null);
    public static final PyNone INSTANCE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
