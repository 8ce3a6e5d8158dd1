package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Slot;

/**
 * Attribute access and global look-ups with inline caches: each LOAD_ATTR, STORE_ATTR,
 * LOAD_METHOD and LOAD_GLOBAL instruction remembers its last look-up, valid while the type's
 * version (or the globals' and builtins' dict versions) stays the same.
 */
final class Attrs {
    private Attrs() {}

    /**
     * LOAD_METHOD: pushes {@code method self} when the attribute is a function-like descriptor
     * found on the type (so CALL can skip making a bound method), else {@code NULL attr}.
     */
    static int loadMethod(PyCode co, int unit, PyObject[] s, int sp, PyStr name) {
        PyObject obj = s[sp - 1];
        PyObject method = methodOrNull(co, unit, obj, name);
        s[sp - 1] = method;
        s[sp] = method != null ? obj : loadAttr(co, unit, obj, name);
        return sp + 1;
    }

    /** LOAD_METHOD's method form: the function-like descriptor {@code obj.name} would bind, or null. */
    static PyObject methodOrNull(PyCode co, int unit, PyObject obj, PyStr name) {
        PyType t = obj.type();
        if (t.getattro == PyType.OBJECT.getattro) {
            PyObject descr = cachedLookup(co, unit, t, name);
            if (descr != null && (descr.type().flags & PyType.METHOD_DESCRIPTOR) != 0) {
                PyDict d = obj.instanceDict();
                if (d == null || d.getItem(name) == null) {
                    return descr;
                }
            }
        }
        return null;
    }

    // ---- attribute caches: each LOAD_ATTR, STORE_ATTR, LOAD_METHOD and LOAD_GLOBAL keeps its last look-up

    /**
     * The last type looked up at an instruction, its version then, what the look-up found, and
     * how LOAD_ATTR / STORE_ATTR used it ({@link #kind}), so the next access of that type goes
     * straight to the place: a slot index, or the instance dict entry that held the name.
     */
    static final class AttrCache {
        PyType type;
        int version;
        PyObject descr;
        /** One of the K_ constants: what an attribute access with this type did. */
        byte kind;
        /** K_SLOT: the slot's index; K_DICT, K_DICT_ELSE_CLASS: the dict entry the name was last found at. */
        int index;
    }

    /** A {@code __slots__} member: the value is at {@code index} in the slot values. */
    private static final byte K_SLOT = 1;
    /** Another data descriptor (property, getset; anything with a {@code __set__}): it decides. */
    private static final byte K_DATA = 2;
    /** Nothing on the class: the instance dict alone. */
    private static final byte K_DICT = 3;
    /** The instance dict first, then a non-data descriptor or plain class attribute. */
    private static final byte K_DICT_ELSE_CLASS = 4;

    /** The last LOAD_GLOBAL result, valid while neither dict changes. */
    static final class GlobalCache {
        PyDict globals, builtins;
        int globalsVersion, builtinsVersion;
        PyObject value;
    }

    private static Object[] caches(PyCode co) {
        Object[] c = co.caches;
        if (c == null) {
            c = new Object[co.code.length / 2];
            co.caches = c;
            CACHED.add(new java.lang.ref.WeakReference<>(co));
            if (CACHED.size() > cachedLimit) {
                CACHED.removeIf(r -> r.get() == null);
                cachedLimit = Math.max(1024, 2 * CACHED.size());
            }
        }
        return c;
    }

    /** The code objects that have caches, so that {@link #forgetCaches} can find them. */
    private static final java.util.ArrayList<java.lang.ref.WeakReference<PyCode>> CACHED = new java.util.ArrayList<>();
    private static int cachedLimit = 1024;

    /**
     * Empties every cache, before gc.collect(): a cache holds the last global value and type it
     * saw, which would keep them alive after the program let go of them (CPython's caches hold
     * dict indexes and versions, not objects). They fill again on the next run of each instruction.
     */
    static void forgetCaches() {
        CACHED.removeIf(r -> {
            PyCode co = r.get();
            if (co != null) {
                co.caches = null;
            }
            return true;
        });
    }

    /** {@code t.lookup(name)}, remembered at the instruction until the type (or its MRO) changes. */
    static PyObject cachedLookup(PyCode co, int unit, PyType t, PyStr name) {
        return attrCache(co, unit, t, name).descr;
    }

    /** The cache of the instruction at {@code unit}, holding a look-up of {@code t} (a fresh one if it held none). */
    private static AttrCache attrCache(PyCode co, int unit, PyType t, PyStr name) {
        Object[] cs = caches(co);
        AttrCache c = cs[unit] instanceof AttrCache a ? a : null;
        if (c == null) {
            c = new AttrCache();
            cs[unit] = c;
        } else if (c.type == t && c.version == t.version()) {
            return c;
        }
        c.descr = t.lookup(name.toString());
        c.type = t;
        c.version = t.version();
        c.kind = kindOf(c.descr);
        if (c.kind == K_SLOT) {
            c.index = ((org.taipan.objects.PyGetSetDescr) c.descr).slotIndex();
        }
        return c;
    }

    /** How object.__getattribute__ and __setattr__ treat {@code descr}, found on the class under the name. */
    private static byte kindOf(PyObject descr) {
        if (descr == null) {
            return K_DICT;
        }
        if (descr.type().descrSet != null) {
            return descr instanceof org.taipan.objects.PyGetSetDescr g && g.slotIndex() >= 0 ? K_SLOT : K_DATA;
        }
        return K_DICT_ELSE_CLASS;
    }

    /**
     * LOAD_ATTR: object.__getattribute__ with the class look-up cached and specialised to what
     * the last object of the same type needed; else the type's own getattr.
     */
    static PyObject loadAttr(PyCode co, int unit, PyObject obj, PyStr name) {
        PyType t = obj.type();
        if (t.getattro != PyType.OBJECT.getattro) {
            return t.getattro.call(obj, name);
        }
        AttrCache c = attrCache(co, unit, t, name);
        switch (c.kind) {
            case K_SLOT -> {
                PyObject[] sv = obj instanceof org.taipan.objects.HeapObject h ? h.slotValues() : null;
                if (sv != null && c.index < sv.length && sv[c.index] != null) {
                    return sv[c.index];
                }
            }
            case K_DICT, K_DICT_ELSE_CLASS -> {
                PyDict d = obj.instanceDict();
                if (d != null) {
                    PyObject v = d.valueAtEntry(c.index, name);
                    if (v != null) {
                        return v;
                    }
                    int e = d.entryOf(name);
                    if (e >= 0) {
                        c.index = e;
                        return d.valueAt(e);
                    }
                }
                if (c.kind == K_DICT_ELSE_CLASS) {
                    Slot.DescrGet get = c.descr.type().descrGet;
                    return get != null ? get.call(c.descr, obj, t) : c.descr;
                }
            }
            case K_DATA -> {
                Slot.DescrGet get = c.descr.type().descrGet;
                if (get != null) {
                    return get.call(c.descr, obj, t);
                }
            }
            default -> { }
        }
        return genericGetAttr(obj, t, c.descr, name);
    }

    /** object.__getattribute__ given what the class defines under the name: data descriptors, instance dict, the rest. */
    private static PyObject genericGetAttr(PyObject obj, PyType t, PyObject descr, PyStr name) {
        Slot.DescrGet get = null;
        if (descr != null) {
            PyType dt = descr.type();
            get = dt.descrGet;
            if (get != null && dt.descrSet != null) {
                return get.call(descr, obj, t);
            }
        }
        PyDict dict = obj.instanceDict();
        if (dict != null) {
            PyObject v = dict.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (get != null) {
            return get.call(descr, obj, t);
        }
        if (descr != null) {
            return descr;
        }
        throw Errors.attributeError(obj, name, "'" + t.name() + "' object has no attribute '" + name + "'");
    }

    /** STORE_ATTR (value) and DELETE_ATTR (null): object.__setattr__ with the class look-up cached and specialised. */
    static void storeAttr(PyCode co, int unit, PyObject obj, PyStr name, PyObject value) {
        PyType t = obj.type();
        if (t.setattro != PyType.OBJECT.setattro) {
            t.setattro.call(obj, name, value);
            return;
        }
        AttrCache c = attrCache(co, unit, t, name);
        if (value != null) {
            switch (c.kind) {
                case K_SLOT -> {
                    PyObject[] sv = obj instanceof org.taipan.objects.HeapObject h ? h.slotValues() : null;
                    if (sv != null && c.index < sv.length) {
                        sv[c.index] = value;
                        return;
                    }
                }
                case K_DICT, K_DICT_ELSE_CLASS -> {
                    PyDict d = obj.instanceDict();
                    if (d != null) {
                        if (!d.replaceAtEntry(c.index, name, value)) {
                            c.index = d.setItemEntry(name, value);
                        }
                        return;
                    }
                }
                default -> { }
            }
        }
        PyObject descr = c.descr;
        if (descr != null && descr.type().descrSet != null) {
            descr.type().descrSet.call(descr, obj, value);
            return;
        }
        PyDict dict = obj.instanceDict();
        if (dict == null) {
            if (descr == null) {
                throw Errors.attributeError("'" + t.name() + "' object has no attribute '" + name + "'");
            }
            throw Errors.attributeError("'" + t.name() + "' object attribute '" + name + "' is read-only");
        }
        if (value != null) {
            dict.setItem(name, value);
        } else if (dict.delItem(name) == null) {
            throw Errors.attributeError(obj, name, "'" + t.name() + "' object has no attribute '" + name + "'");
        }
    }

    /** LOAD_GLOBAL with the result remembered while neither the globals nor the builtins change. */
    static PyObject loadGlobalCached(PyFrame f, int unit, PyStr name) {
        Object[] cs = caches(f.code);
        PyDict g = f.globals, b = f.builtins;
        if (cs[unit] instanceof GlobalCache c && c.globals == g && c.builtins == b
                && c.globalsVersion == g.version() && c.builtinsVersion == b.version()) {
            return c.value;
        }
        PyObject v = Ops.loadGlobal(f, name);
        GlobalCache c = cs[unit] instanceof GlobalCache old ? old : new GlobalCache();
        c.globals = g;
        c.builtins = b;
        c.globalsVersion = g.version();
        c.builtinsVersion = b.version();
        c.value = v;
        cs[unit] = c;
        return v;
    }
}
