package org.taipan.objects;

/**
 * A slot exposed in a builtin type's dict under its dunder name ({@code int.__add__}): CPython's
 * {@code wrapper_descriptor}. Calling it calls the slot function the type had when it was made.
 */
public final class PySlotWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("wrapper_descriptor", PySlotWrapper.class, PyType.OBJECT,
            PyType.METHOD_DESCRIPTOR, t -> {
        t.descrGet = (self, obj, type) -> obj == null ? self : new PyMethodWrapper((PySlotWrapper) self, obj);
        t.repr = self -> {
            PySlotWrapper w = (PySlotWrapper) self;
            return PyStr.of("<slot wrapper '" + w.name + "' of '" + w.owner.name() + "' objects>");
        };
        t.call = (self, args, kwnames) -> ((PySlotWrapper) self).callUnbound(args, kwnames);
    }, t -> {
        PyGetSetDescr.getter(t, "__name__", self -> PyStr.of(((PySlotWrapper) self).name));
        PyGetSetDescr.getter(t, "__qualname__", self -> {
            PySlotWrapper w = (PySlotWrapper) self;
            return PyStr.of(w.owner.qualname() + "." + w.name);
        });
        PyGetSetDescr.getter(t, "__objclass__", self -> ((PySlotWrapper) self).owner);
        PyGetSetDescr.getter(t, "__doc__", self -> PyNone.INSTANCE);
        PyGetSetDescr.getter(t, "__text_signature__", self -> PyStr.of(((PySlotWrapper) self).textSignature()));
    });

    /** What the wrapper does with the receiver and the remaining positional arguments. */
    @FunctionalInterface
    interface Invoker {
        PyObject invoke(PyObject self, PyObject[] args);
    }

    /** The vectorcall form, for the slots whose wrappers take keywords (__init__, __call__). */
    @FunctionalInterface
    interface KwInvoker {
        PyObject invoke(PyObject self, PyObject[] args, String[] kwnames);
    }

    final PyType owner;
    final String name;
    private final int arity;
    private final Invoker invoker;
    private final KwInvoker kwInvoker;

    PySlotWrapper(PyType owner, String name, int arity, Invoker invoker) {
        this.owner = owner;
        this.name = name;
        this.arity = arity;
        this.invoker = invoker;
        this.kwInvoker = null;
    }

    PySlotWrapper(PyType owner, String name, KwInvoker kwInvoker) {
        this.owner = owner;
        this.name = name;
        this.arity = -1;
        this.invoker = null;
        this.kwInvoker = kwInvoker;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject callUnbound(PyObject[] args, String[] kwnames) {
        if (args.length == 0) {
            throw Errors.typeError("descriptor '" + name + "' of '" + owner.name() + "' object needs an argument");
        }
        PyObject self = args[0];
        if (!self.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' requires a '" + owner.name()
                    + "' object but received a '" + self.type().name() + "'");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callBound(self, rest, kwnames);
    }

    /** The signature CPython documents for the slot's wrapper ("($self, value, /)"). */
    String textSignature() {
        if (kwInvoker != null) {
            return "($self, /, *args, **kwargs)";
        }
        return switch (name) {
            case "__pow__", "__rpow__" -> "($self, value, mod=None, /)";
            case "__get__" -> "($self, instance, owner=None, /)";
            case "__set__" -> "($self, instance, value, /)";
            case "__delete__" -> "($self, instance, /)";
            case "__getattribute__", "__delattr__" -> "($self, name, /)";
            case "__setattr__" -> "($self, name, value, /)";
            case "__getitem__", "__delitem__", "__contains__" -> "($self, key, /)";
            case "__setitem__" -> "($self, key, value, /)";
            default -> arity == 0 ? "($self, /)" : "($self, value, /)";
        };
    }

    PyObject callBound(PyObject self, PyObject[] args, String[] kwnames) {
        if (kwInvoker != null) {
            return kwInvoker.invoke(self, args, kwnames != null && kwnames.length == 0 ? null : kwnames);
        }
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
        }
        if (arity == -2) {
            // One required argument and one optional (__get__, __pow__).
            if (args.length < 1 || args.length > 2) {
                throw Errors.typeError("expected 1 or 2 arguments, got " + args.length);
            }
        } else if (arity >= 0 && args.length != arity) {
            throw Errors.typeError("expected " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + args.length);
        }
        return invoker.invoke(self, args);
    }
}
