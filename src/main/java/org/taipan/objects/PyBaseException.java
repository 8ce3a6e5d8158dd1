package org.taipan.objects;

/** Instances of BaseException and the builtin exception types that add no fields. */
public class PyBaseException extends PyObject {
    private final PyType type;
    public PyTuple args;
    public PyObject cause;
    public PyObject context;
    public boolean suppressContext;
    public PyObject traceback;
    private PyDict dict;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** {@code str(exc)} of the plain BaseException: empty, the single argument, or the args tuple. */
    public String message() {
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> Abstract.str(args.get(0)).toString();
            default -> Abstract.str(args).toString();
        };
    }
}
