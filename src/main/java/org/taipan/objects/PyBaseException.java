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
    /** Attributes some exception types add (StopIteration.value, ImportError.name, …), by name. */
    private java.util.HashMap<String, PyObject> fields;

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

    /** A type-specific attribute ({@code StopIteration.value}, {@code OSError.errno}, …), or null. */
    public PyObject field(String name) {
        return fields == null ? null : fields.get(name);
    }

    public void setField(String name, PyObject value) {
        if (fields == null) {
            fields = new java.util.HashMap<>();
        }
        fields.put(name, value);
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
