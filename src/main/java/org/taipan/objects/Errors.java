package org.taipan.objects;

/** Short ways to make the exceptions the runtime raises. */
public final class Errors {
    private Errors() {}

    /** Issues a warning from the running Python code (set by the interpreter: the warnings module lives there). */
    public static java.util.function.BiConsumer<PyType, String> warner = (category, message) -> { };

    /** CPython's PyErr_WarnEx(category, message, 1); raises if the filters make it an error. */
    public static void warn(PyType category, String message) {
        warner.accept(category, message);
    }

    /** The DeprecationWarning for a conversion method that returned an instance of a strict subclass. */
    static void warnSubclassResult(String what, PyObject r, String base) {
        warn(ExceptionTypes.DEPRECATION_WARNING, what + " returned non-" + base + " (type " + r.type().name()
                + ").  The ability to return an instance of a strict subclass of " + base
                + " is deprecated, and may be removed in a future version of Python.");
    }

    public static PyException of(PyType type, String msg) {
        return new PyException(new PyBaseException(type, PyTuple.of(PyStr.of(msg))));
    }

    /** How Argument Clinic names a wrongly typed argument: "None" for None, else the type's name. */
    public static String argTypeName(PyObject o) {
        return o == PyNone.INSTANCE ? "None" : o.type().name();
    }

    public static PyException typeError(String msg) {
        return of(ExceptionTypes.TYPE_ERROR, msg);
    }

    public static PyException valueError(String msg) {
        return of(ExceptionTypes.VALUE_ERROR, msg);
    }

    public static PyException attributeError(String msg) {
        return of(ExceptionTypes.ATTRIBUTE_ERROR, msg);
    }

    /** An AttributeError that records the object and name, from which tracebacks suggest a similar name. */
    public static PyException attributeError(PyObject obj, PyStr name, String msg) {
        PyException e = attributeError(msg);
        e.value.setField("name", name);
        e.value.setField("obj", obj);
        return e;
    }

    public static PyException overflowError(String msg) {
        return of(ExceptionTypes.OVERFLOW_ERROR, msg);
    }

    public static PyException zeroDivisionError(String msg) {
        return of(ExceptionTypes.ZERO_DIVISION_ERROR, msg);
    }

    public static PyException indexError(String msg) {
        return of(ExceptionTypes.INDEX_ERROR, msg);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(ExceptionTypes.KEY_ERROR, PyTuple.of(key)));
    }

    /** "unsupported operand type(s) for +: 'int' and 'str'". */
    public static PyException unsupportedOperands(String op, PyObject v, PyObject w) {
        return typeError("unsupported operand type(s) for " + op + ": '" + v.type().name() + "' and '"
                + w.type().name() + "'");
    }
}
