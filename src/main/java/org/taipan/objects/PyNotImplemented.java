package org.taipan.objects;

/** The {@code NotImplemented} singleton, returned by binary slots that do not handle their operands. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class, PyType.OBJECT, 0,
            t -> {
                t.repr = self -> PyStr.of("NotImplemented");
                t.bool = self -> {
                    Errors.warn(ExceptionTypes.DEPRECATION_WARNING, "NotImplemented should not be used in a boolean context");
                    return true;
                };
                t.tpNew = (type, args, kwnames) -> {
                    if (args.length > 0) {
                        throw Errors.typeError("NotImplementedType takes no arguments");
                    }
                    return PyNotImplemented.INSTANCE;
                };
            }, t -> t.method("__reduce__", self -> PyStr.of("NotImplemented")));
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
