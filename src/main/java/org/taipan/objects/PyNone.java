package org.taipan.objects;

/** The {@code None} singleton. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> PyStr.of("None");
        t.bool = self -> false;
        // CPython hashes None by its address; the low 16 bits are fixed by the binary's layout
        // (0x5bbe for 3.11 on x86-64) and decide where None sits in small sets. A fixed value
        // with those bits gives CPython's set orders, where an identity hash made them vary.
        t.hash = self -> 0x7f0000005bbeL;
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
