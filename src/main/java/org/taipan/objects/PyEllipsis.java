package org.taipan.objects;

/** The {@code Ellipsis} singleton ({@code ...}), of type {@code ellipsis}. */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyEllipsis.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> PyStr.of("Ellipsis");
        t.tpNew = (type, args, kwnames) -> {
            if (args.length > 0) {
                throw Errors.typeError("EllipsisType takes no arguments");
            }
            return PyEllipsis.INSTANCE;
        };
    }, t -> t.method("__reduce__", self -> PyStr.of("Ellipsis")));
    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
