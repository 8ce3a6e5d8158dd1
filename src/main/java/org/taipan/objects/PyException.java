package org.taipan.objects;

/**
 * A raised Python exception travelling up the Java stack. The Python object is {@link #value};
 * this wrapper carries no Java stack trace, since Python tracebacks are built from frames.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;
    /** Set by RERAISE and bare {@code raise}: the frames it passes already have traceback entries. */
    public boolean reraised;
    /** Whether {@code __context__} has been set from the exception being handled when it was raised. */
    public boolean contextChained;
    /**
     * The name a positional-only {@link ArgParser} gave refusing keywords: the method of that
     * name calling it rewords the error with its qualified name ("bytes.replace() takes no
     * keyword arguments"). Null for any other exception.
     */
    String keywordRefusal;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyType type() {
        return value.type();
    }

    /** Whether the exception is an instance of {@code t} (by MRO). */
    public boolean matches(PyType t) {
        return value.type().isSubtype(t);
    }

    @Override
    public String getMessage() {
        String msg;
        try {
            msg = Abstract.str(value).toString();
        } catch (RuntimeException e) {
            msg = value.message();
        }
        return value.type().name() + ": " + msg;
    }
}
