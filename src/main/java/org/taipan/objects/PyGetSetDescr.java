package org.taipan.objects;

/**
 * A read-only attribute computed by Java code: CPython's getset_descriptor ({@code float.real})
 * or member_descriptor ({@code slice.start}), which differ only in name and wording.
 */
public final class PyGetSetDescr extends PyObject {
    public static final PyType GETSET = type("getset_descriptor", "attribute");
    public static final PyType MEMBER = type("member_descriptor", "member");

    private static PyType type(String name, String word) {
        return PyType.builtin(name, PyGetSetDescr.class, PyType.OBJECT, 0, t -> {
            t.repr = self -> {
                PyGetSetDescr d = (PyGetSetDescr) self;
                return PyStr.of("<" + word + " '" + d.name + "' of '" + d.owner.name() + "' objects>");
            };
            t.descrGet = (self, obj, type) -> obj == null ? self : ((PyGetSetDescr) self).get(obj);
            t.descrSet = (self, obj, value) -> {
                PyGetSetDescr d = (PyGetSetDescr) self;
                if (d.setter != null) {
                    d.check(obj);
                    d.setter.set(obj, value);
                    return;
                }
                throw Errors.attributeError(d.type == MEMBER ? "readonly attribute"
                        : "attribute '" + d.name + "' of '" + d.owner.name() + "' objects is not writable");
            };
        }, t -> {
            // Defined in the type's own dict, these are what the descriptor protocol finds first.
            t.dict().setItem(PyStr.of("__name__"), new PyGetSetDescr(GETSET, t, "__name__",
                    self -> PyStr.of(((PyGetSetDescr) self).name), null));
            t.dict().setItem(PyStr.of("__qualname__"), new PyGetSetDescr(GETSET, t, "__qualname__",
                    self -> PyStr.of(((PyGetSetDescr) self).owner.qualname() + "." + ((PyGetSetDescr) self).name), null));
            t.dict().setItem(PyStr.of("__objclass__"), new PyGetSetDescr(GETSET, t, "__objclass__",
                    self -> ((PyGetSetDescr) self).owner, null));
            t.dict().setItem(PyStr.of("__doc__"), new PyGetSetDescr(GETSET, t, "__doc__",
                    self -> PyNone.INSTANCE, null));
        });
    }

    private final PyType type;
    private final PyType owner;
    private final String name;
    private final Slot.Unary getter;
    private final Setter setter;
    /** For a {@code __slots__} member: its index in the instance's slot values, else -1. */
    private int slotIndex = -1;

    /** Sets ({@code value} not null) or deletes a writable attribute. */
    @FunctionalInterface
    public interface Setter {
        void set(PyObject obj, PyObject value);
    }

    private PyGetSetDescr(PyType type, PyType owner, String name, Slot.Unary getter, Setter setter) {
        this.type = type;
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    /** Adds a writable getset attribute to {@code owner}'s dict. */
    public static void getset(PyType owner, String name, Slot.Unary getter, Setter setter) {
        owner.dict().setItem(PyStr.intern(name), new PyGetSetDescr(GETSET, owner, name, getter, setter));
    }

    /** Adds a getset attribute to {@code owner}'s dict (call from the type's method definer). */
    public static void getter(PyType owner, String name, Slot.Unary getter) {
        owner.dict().setItem(PyStr.intern(name), new PyGetSetDescr(GETSET, owner, name, getter, null));
    }

    /** Adds a writable member (a {@code __slots__} entry, at {@code index} in the slot values) to {@code owner}'s dict. */
    static void slot(PyType owner, String name, int index, Slot.Unary getter, Setter setter) {
        PyGetSetDescr d = new PyGetSetDescr(MEMBER, owner, name, getter, setter);
        d.slotIndex = index;
        owner.dict().setItem(PyStr.intern(name), d);
    }

    /**
     * The index in {@link HeapObject#slotValues()} a {@code __slots__} member reads and writes,
     * or -1 for other descriptors: attribute caches go to the slot directly.
     */
    public int slotIndex() {
        return slotIndex;
    }

    /** Adds a read-only member attribute to {@code owner}'s dict. */
    public static void member(PyType owner, String name, Slot.Unary getter) {
        owner.dict().setItem(PyStr.intern(name), new PyGetSetDescr(MEMBER, owner, name, getter, null));
    }

    private PyObject get(PyObject obj) {
        check(obj);
        return getter.call(obj);
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
    }

    @Override
    public PyType type() {
        return type;
    }
}
