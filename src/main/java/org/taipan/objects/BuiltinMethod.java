package org.taipan.objects;

/**
 * A function implemented in Java: a builtin type's method or a module's function. The three
 * shapes mirror CPython's METH_NOARGS, METH_O and the general case, with their error messages.
 */
public final class BuiltinMethod {
    @FunctionalInterface public interface NoArgs { PyObject call(PyObject self); }
    @FunctionalInterface public interface OneArg { PyObject call(PyObject self, PyObject arg); }
    /** Arguments are {@code args[start..]}: positionals, then the values of {@code kwnames}. */
    @FunctionalInterface public interface General { PyObject call(PyObject self, PyObject[] args, int start, String[] kwnames); }

    public final String name;
    /** The type a method belongs to; null for a module function. */
    final PyType owner;
    /** {@code __text_signature__} as CPython has it ("($module, obj, /)"), or null. */
    String textSignature;
    /** For a type's {@code __new__}: the type whose tp_new it calls. */
    PyType newOf;
    private final NoArgs noArgs;
    private final OneArg oneArg;
    private final General general;

    private BuiltinMethod(String name, PyType owner, NoArgs a, OneArg b, General c) {
        this.name = name;
        this.owner = owner;
        this.noArgs = a;
        this.oneArg = b;
        this.general = c;
    }

    public static BuiltinMethod of(String name, PyType owner, NoArgs f) {
        return new BuiltinMethod(name, owner, f, null, null);
    }

    public static BuiltinMethod of(String name, PyType owner, OneArg f) {
        return new BuiltinMethod(name, owner, null, f, null);
    }

    public static BuiltinMethod of(String name, PyType owner, General f) {
        return new BuiltinMethod(name, owner, null, null, f);
    }

    /** "int.bit_length" for a method, "len" for a function, as CPython's messages say it. */
    String qualifiedName() {
        return owner == null ? name : owner.name() + "." + name;
    }

    PyObject call(PyObject self, PyObject[] args, int start, String[] kwnames) {
        if (general != null) {
            return general.call(self, args, start, kwnames);
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw > 0) {
            throw Errors.typeError(qualifiedName() + "() takes no keyword arguments");
        }
        int n = args.length - start;
        if (noArgs != null) {
            if (n != 0) {
                throw Errors.typeError(qualifiedName() + "() takes no arguments (" + n + " given)");
            }
            return noArgs.call(self);
        }
        if (n != 1) {
            throw Errors.typeError(qualifiedName() + "() takes exactly one argument (" + n + " given)");
        }
        return oneArg.call(self, args[start]);
    }
}
