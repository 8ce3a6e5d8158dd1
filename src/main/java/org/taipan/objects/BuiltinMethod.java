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
    /**
     * Up to three positional-only arguments and no keywords (METH_FASTCALL), each missing one
     * null: bound without an argument array. A call that does not fit is refused by the
     * method's {@link ArgParser}, so the messages stay CPython's.
     */
    @FunctionalInterface public interface Fixed { PyObject call(PyObject self, PyObject a, PyObject b, PyObject c); }

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
    private final Fixed fixed;
    /** For {@link Fixed}: the accepted argument counts, and the parser that words a refusal. */
    private final int min, max;
    private final ArgParser refuse;

    private BuiltinMethod(String name, PyType owner, NoArgs a, OneArg b, General c) {
        this.name = name;
        this.owner = owner;
        this.noArgs = a;
        this.oneArg = b;
        this.general = c;
        this.fixed = null;
        this.min = this.max = 0;
        this.refuse = null;
    }

    private BuiltinMethod(String name, PyType owner, int min, int max, ArgParser refuse, Fixed f) {
        this.name = name;
        this.owner = owner;
        this.noArgs = null;
        this.oneArg = null;
        this.general = null;
        this.fixed = f;
        this.min = min;
        this.max = max;
        this.refuse = refuse;
    }

    /** A {@link Fixed} method taking {@code min..max} (at most 3) arguments; {@code refuse} words the errors. */
    public static BuiltinMethod of(String name, PyType owner, int min, int max, ArgParser refuse, Fixed f) {
        return new BuiltinMethod(name, owner, min, max, refuse, f);
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

    PyObject textSignatureOrNone() {
        String sig = textSignature();
        return sig == null ? PyNone.INSTANCE : PyStr.of(sig);
    }

    /** The text signature set for this method, else CPython's for a builtin type's method. */
    String textSignature() {
        if (textSignature == null) {
            if (owner != null && !owner.isHeapType()) {
                return MethodSignatures.ofMethod(owner, name);
            }
            if (owner == null && module != null) {
                return MethodSignatures.ofFunction(module, name);
            }
        }
        return textSignature;
    }

    /** For a function of a module other than builtins: the module's name, for messages. */
    String module;

    /** "int.bit_length" for a method, "len" for a function, as CPython's messages say it. */
    String qualifiedName() {
        return owner == null ? name : owner.qualname() + "." + name;
    }

    /** How the argument-count messages name it: "math.sqrt" for a function of module math. */
    private String messageName() {
        return module != null ? module + "." + name : qualifiedName();
    }

    /** A call with no arguments, without an argument array when the method takes none. */
    PyObject call0(PyObject self) {
        return noArgs != null ? noArgs.call(self)
                : fixed != null && min == 0 ? fixed.call(self, null, null, null) : call(self, NO_ARGS, 0, null);
    }

    /** A call with one positional argument, without an argument array when the method takes exactly one. */
    PyObject call1(PyObject self, PyObject x) {
        return oneArg != null ? oneArg.call(self, x)
                : fixed != null && min <= 1 && max >= 1 ? fixed.call(self, x, null, null)
                : call(self, new PyObject[] {x}, 0, null);
    }

    /** A call with two positional arguments, without an argument array when the method is {@link Fixed}. */
    PyObject call2(PyObject self, PyObject x, PyObject y) {
        return fixed != null && min <= 2 && max >= 2 ? fixed.call(self, x, y, null)
                : call(self, new PyObject[] {x, y}, 0, null);
    }

    private static final PyObject[] NO_ARGS = new PyObject[0];

    PyObject call(PyObject self, PyObject[] args, int start, String[] kwnames) {
        if (general != null) {
            if (kwnames == null || kwnames.length == 0) {
                return general.call(self, args, start, kwnames);
            }
            try {
                return general.call(self, args, start, kwnames);
            } catch (PyException e) {
                // CPython's method objects refuse keywords to METH_FASTCALL methods, naming them fully
                if (name.equals(e.keywordRefusal)) {
                    throw Errors.typeError(messageName() + "() takes no keyword arguments");
                }
                throw e;
            }
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (fixed != null) {
            int n = args.length - start;
            if (nkw == 0 && n >= min && n <= max) {
                return fixed.call(self, n > 0 ? args[start] : null, n > 1 ? args[start + 1] : null,
                        n > 2 ? args[start + 2] : null);
            }
            if (nkw > 0) {
                throw Errors.typeError(messageName() + "() takes no keyword arguments");
            }
            refuse.bind(args, start, null);
            throw new IllegalStateException(name + ": " + n + " arguments accepted by its parser");
        }
        if (nkw > 0) {
            throw Errors.typeError(messageName() + "() takes no keyword arguments");
        }
        int n = args.length - start;
        if (noArgs != null) {
            if (n != 0) {
                throw Errors.typeError(messageName() + "() takes no arguments (" + n + " given)");
            }
            return noArgs.call(self);
        }
        if (n != 1) {
            throw Errors.typeError(messageName() + "() takes exactly one argument (" + n + " given)");
        }
        return oneArg.call(self, args[start]);
    }
}
