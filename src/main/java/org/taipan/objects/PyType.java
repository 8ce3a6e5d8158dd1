package org.taipan.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Python type. Types are data: the MRO, the namespace dict and the slots that implement the
 * type's behaviour are fields here. A builtin type is declared by its Java class as
 * {@code static final PyType TYPE = PyType.builtin(...)}; its slots are set at once (they are
 * what operations call), its dict of methods and slot wrappers is filled on first use.
 */
public class PyType extends PyObject {
    public static final int HEAPTYPE = 1;       // defined by a class statement or type(...)
    public static final int BASETYPE = 1 << 1;  // may be subclassed
    public static final int IMMUTABLE = 1 << 2; // attributes may not be set (builtins)
    public static final int ABSTRACT = 1 << 3;
    /** Instances bind like functions: calling unbound with self first equals calling the bound method. */
    public static final int METHOD_DESCRIPTOR = 1 << 4;

    public static final PyType OBJECT = new PyType("object", PyBaseObject.class, null, BASETYPE | IMMUTABLE);
    public static final PyType TYPE = new PyType("type", PyType.class, OBJECT, BASETYPE | IMMUTABLE);

    static {
        TypeSlots.define(TYPE);
        OBJECT.definer = TypeAttrs::objectMethods;
        TYPE.definer = TypeAttrs::typeMethods;
    }

    private PyType metatype;
    private String name;
    private String qualname;
    /** The Java class of this type's instances (its layout). */
    public final Class<? extends PyObject> javaClass;
    private PyType base;
    private PyType[] bases;
    private PyType[] mro;
    /** Created on first use: creating it while 'object' and 'type' are built would start dict's
     *  class initialisation before they exist. */
    private PyDict dict;
    private Consumer<PyType> definer;
    private boolean populated;
    /** Type flags; only ABSTRACT changes after creation (set with {@code __abstractmethods__}). */
    public int flags;
    /** For classes with {@code __slots__}: how many slot values an instance holds (its bases' included). */
    int instanceSlots;
    /** Whether instances have a {@code __dict__}; false only for classes made entirely of slots. */
    boolean instanceHasDict = true;

    /** Whether instances of this class have a {@code __dict__} (false for classes made entirely of slots). */
    public boolean instancesHaveDict() {
        return instanceHasDict;
    }
    /** Instances get a finalizer token: the class (or a base) defines {@code __del__}. See {@link Finalizers}. */
    boolean hasDel;
    /** Whether instances may be weakly referenced: 0 not known yet, 1 yes, 2 no. See {@link WeakRefs}. */
    int weakrefable;

    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private final HashMap<String, PyObject> lookupCache = new HashMap<>();
    private int version;
    private static final PyObject MISSING = new PyBaseObject();

    // ---- slots (see SlotDefs for the dunder names each one stands for)
    public Slot.Unary repr, str, iter, neg, pos, abs, invert, asInt, asFloat, index;
    public Slot.Hash hash;
    public Slot.Predicate bool;
    public Slot.Length length;
    public Slot.RichCompare richCompare;
    public Slot.GetAttr getattro;
    public Slot.SetAttr setattro;
    public Slot.DescrGet descrGet;
    public Slot.DescrSet descrSet;
    public Slot.Next next;
    public Slot.Call call;
    public Slot.New tpNew;
    public Slot.Init init;
    public Slot.Binary getitem;
    public Slot.Store setitem;
    public Slot.Contains contains;
    /** Binary number slots indexed by {@link NumberOp#ordinal()}. */
    public final Slot.Binary[] nb = new Slot.Binary[NumberOp.values().length];
    /** Three-argument {@code pow()}. */
    public Slot.Ternary pow3;

    private PyType(String name, Class<? extends PyObject> javaClass, PyType base, int flags) {
        this.name = name;
        // As CPython: a builtin's tp_name "io.UnsupportedOperation" has the qualname after the last dot.
        this.qualname = name.substring(name.lastIndexOf('.') + 1);
        this.javaClass = javaClass;
        this.flags = flags;
        setBases(base == null ? new PyType[0] : new PyType[] {base}, base);
        if (base != null) {
            inheritSlots(base);
        } else {
            BaseSlots.defineObject(this);
        }
    }

    /** A class made by a class statement or {@code type(name, bases, ns)}; see {@link TypeNew}. */
    PyType(PyType metatype, String name, PyType[] bases, PyType solidBase, Class<? extends PyObject> layout,
           PyDict ns, int flags) {
        this.metatype = metatype;
        this.name = name;
        this.qualname = name;
        this.javaClass = layout;
        this.flags = flags | HEAPTYPE | BASETYPE;
        this.dict = ns;
        this.populated = true;
        setBases(bases, solidBase);
        inheritSlots(solidBase);
        HeapSlots.fixup(this);
    }

    void setName(String name) {
        this.name = name;
    }

    void setQualname(String qualname) {
        this.qualname = qualname;
    }

    /**
     * Declares a builtin type. {@code slots} runs now and sets the slots this type defines
     * (the rest are inherited from {@code base}); {@code methods} runs when the type's dict is
     * first needed and adds named methods and attributes.
     */
    public static PyType builtin(String name, Class<? extends PyObject> javaClass, PyType base, int flags,
                                 Consumer<PyType> slots, Consumer<PyType> methods) {
        PyType t = new PyType(name, javaClass, base, flags | IMMUTABLE);
        if (slots != null) {
            slots.accept(t);
        }
        if (base == OBJECT && t.tpNew == OBJECT.tpNew) {
            t.tpNew = null; // as CPython's static types without tp_new: "cannot create 'X' instances"
        }
        t.definer = methods;
        return t;
    }

    @Override
    public PyType type() {
        return metatype != null ? metatype : TYPE;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public PyType base() {
        return base;
    }

    public PyType[] bases() {
        return bases.clone();
    }

    public PyType[] mro() {
        return mro.clone();
    }

    public boolean isHeapType() {
        return (flags & HEAPTYPE) != 0;
    }

    /** The namespace, filled with the builtin's methods on first use. */
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        if (!populated) {
            populated = true;
            SlotDefs.addWrappers(this);
            if (definer != null) {
                definer.accept(this);
                definer = null;
            }
            if (dict.getItem(PyStr.of("__doc__")) == null) {
                dict.setItem(PyStr.of("__doc__"), PyNone.INSTANCE); // as CPython: not object's doc by inheritance
            }
        }
        return dict;
    }

    /** {@code issubclass(this, other)} by the MRO, without {@code __subclasscheck__}. */
    public boolean isSubtype(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** CPython's {@code _PyType_Lookup}: the first definition of {@code name} along the MRO, or null. */
    public PyObject lookup(String name) {
        PyObject v = lookupCache.get(name);
        if (v == null) {
            v = MISSING;
            PyStr key = PyStr.of(name);
            for (PyType t : mro) {
                PyObject found = t.dict().getItem(key);
                if (found != null) {
                    v = found;
                    break;
                }
            }
            lookupCache.put(name, v);
        }
        return v == MISSING ? null : v;
    }

    /** Changes whenever a lookup on this type could give a different answer (inline caches compare it). */
    public int version() {
        return version;
    }

    /** Forgets cached lookups here and in every subclass, after a dict or MRO change. */
    public void invalidateCaches() {
        lookupCache.clear();
        version++;
        for (WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) {
                sub.invalidateCaches();
            }
        }
    }

    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) {
                out.add(sub);
            }
        }
        return out;
    }

    private void setBases(PyType[] newBases, PyType solidBase) {
        this.bases = newBases;
        this.base = solidBase;
        this.mro = Mro.compute(this, newBases);
        for (PyType b : newBases) {
            b.subclasses.add(new WeakReference<>(this));
        }
    }

    /**
     * New bases for a class ({@code __bases__} assignment, checked by the caller): the MROs of the
     * class and of its subclasses are recomputed (all put back if one fails) and their slots redone.
     */
    void replaceBases(PyType[] newBases, PyType newBase) {
        PyType[] oldBases = bases;
        PyType oldBase = base;
        java.util.Map<PyType, PyType[]> oldMros = new java.util.IdentityHashMap<>();
        bases = newBases;
        base = newBase;
        try {
            remro(this, oldMros);
        } catch (PyException e) {
            bases = oldBases;
            base = oldBase;
            oldMros.forEach((ty, m) -> ty.mro = m);
            throw e;
        }
        for (PyType b : oldBases) {
            b.subclasses.removeIf(r -> r.get() == this || r.get() == null);
        }
        for (PyType b : newBases) {
            b.subclasses.add(new WeakReference<>(this));
        }
        invalidateCaches();
        refixup(this);
    }

    private static void remro(PyType t, java.util.Map<PyType, PyType[]> old) {
        old.put(t, t.mro);
        t.mro = Mro.compute(t, t.bases);
        for (PyType sub : t.subclasses()) {
            remro(sub, old);
        }
    }

    private static void refixup(PyType t) {
        HeapSlots.fixup(t);
        for (PyType sub : t.subclasses()) {
            refixup(sub);
        }
    }

    /** Gives a builtin type a second base (ExceptionGroup derives from Exception too), recomputing its MRO. */
    void addBuiltinBase(PyType extra) {
        PyType[] nb = java.util.Arrays.copyOf(bases, bases.length + 1);
        nb[bases.length] = extra;
        this.bases = nb;
        this.mro = Mro.compute(this, nb);
        extra.subclasses.add(new WeakReference<>(this));
    }

    /** Copies every slot from {@code from}: a type does what its base does until it says otherwise. */
    private void inheritSlots(PyType from) {
        repr = from.repr; str = from.str; iter = from.iter; neg = from.neg; pos = from.pos;
        abs = from.abs; invert = from.invert; asInt = from.asInt; asFloat = from.asFloat;
        index = from.index; hash = from.hash; bool = from.bool; length = from.length;
        richCompare = from.richCompare; getattro = from.getattro; setattro = from.setattro;
        descrGet = from.descrGet; descrSet = from.descrSet; next = from.next; call = from.call;
        tpNew = from.tpNew; init = from.init; getitem = from.getitem; setitem = from.setitem;
        contains = from.contains; pow3 = from.pow3;
        System.arraycopy(from.nb, 0, nb, 0, nb.length);
    }

    @Override
    public String toString() {
        return "<class '" + (isHeapType() ? moduleName() + "." + qualname : name) + "'>";
    }

    /** {@code __module__}: "builtins" for builtin types. */
    public String moduleName() {
        if (!isHeapType()) {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "builtins" : name.substring(0, dot);
        }
        PyObject m = dict().getItem(PyStr.of("__module__"));
        return m instanceof PyStr s ? s.toString() : "builtins";
    }

    // ---- declaring a builtin's methods (called from the type's method definer)

    public void method(String name, BuiltinMethod.NoArgs f) {
        addMethod(BuiltinMethod.of(name, this, f));
    }

    public void method(String name, BuiltinMethod.OneArg f) {
        addMethod(BuiltinMethod.of(name, this, f));
    }

    public void method(String name, BuiltinMethod.General f) {
        addMethod(BuiltinMethod.of(name, this, f));
    }

    /** A method of {@code min..max} (at most 3) positional arguments; {@code refuse} words the errors. */
    public void method(String name, int min, int max, ArgParser refuse, BuiltinMethod.Fixed f) {
        addMethod(BuiltinMethod.of(name, this, min, max, refuse, f));
    }

    private void addMethod(BuiltinMethod m) {
        dict().setItem(PyStr.intern(m.name), new PyMethodDescr(m));
    }
}
