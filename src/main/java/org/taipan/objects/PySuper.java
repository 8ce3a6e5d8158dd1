package org.taipan.objects;

import java.util.function.Supplier;

/** {@code super}: attribute look-up that starts after a given class in an object's MRO. */
public final class PySuper extends PyObject {
    /** For {@code super()} without arguments: the running frame's class cell and first argument; set by the VM. */
    public static Supplier<PyObject[]> zeroArgs = () -> {
        throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
    };

    private static final ArgParser ARGS = ArgParser.unpack("super()", 0, 2); // CPython names it so here

    public static final PyType TYPE = PyType.builtin("super", PySuper.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tpNew = (type, args, kwnames) -> new PySuper(type);
        t.init = (self, args, kwnames) -> {
            if (kwnames != null && kwnames.length > 0) {
                throw Errors.typeError("super() takes no keyword arguments");
            }
            PyObject[] a = ARGS.bind(args, 0, kwnames);
            if (a[0] == null) {
                a = zeroArgs.get();
            }
            ((PySuper) self).init(a[0], a[1]);
        };
        t.getattro = PySuper::getattr;
        t.repr = self -> {
            PySuper s = (PySuper) self;
            return PyStr.of("<super: <class '" + (s.thisClass == null ? "NULL" : s.thisClass.name()) + "'>, "
                    + (s.objType == null ? "NULL" : "<" + s.objType.name() + " object>") + ">");
        };
        t.descrGet = (self, obj, type) -> {
            PySuper s = (PySuper) self;
            if (obj == null || s.obj != null) {
                return self;
            }
            return Abstract.call(s.type, new PyObject[] {s.thisClass, obj}, null);
        };
    }, t -> {
        PyGetSetDescr.member(t, "__thisclass__", self -> orNone(((PySuper) self).thisClass));
        PyGetSetDescr.member(t, "__self__", self -> orNone(((PySuper) self).obj));
        PyGetSetDescr.member(t, "__self_class__", self -> orNone(((PySuper) self).objType));
    });

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    private final PyType type;
    private PyType thisClass;
    private PyObject obj;
    private PyType objType;

    /** For instances of subclasses only. */
    private PyDict dict;

    private PySuper(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null && type != TYPE) {
            dict = new PyDict();
        }
        return dict;
    }

    private void init(PyObject typeArg, PyObject objArg) {
        if (!(typeArg instanceof PyType t)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + typeArg.type().name());
        }
        thisClass = t;
        if (objArg != null && objArg != PyNone.INSTANCE) {
            objType = check(t, objArg);
            obj = objArg;
        } else {
            obj = null;
            objType = null;
        }
    }

    /** The type whose MRO is searched: obj itself if it is a subclass of t, else its class. */
    private static PyType check(PyType t, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtype(t)) {
            return ot;
        }
        if (obj.type().isSubtype(t)) {
            return obj.type();
        }
        PyObject cls = Abstract.lookupAttr(obj, PyStr.of("__class__"));
        if (cls instanceof PyType ct && ct != obj.type() && ct.isSubtype(t)) {
            return ct;
        }
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    private static PyObject getattr(PyObject self, PyStr name) {
        PySuper s = (PySuper) self;
        if (s.objType != null && !name.toString().equals("__class__")) {
            PyType[] mro = s.objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != s.thisClass) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict().getItem(name);
                if (v != null) {
                    Slot.DescrGet get = v.type().descrGet;
                    if (get == null) {
                        return v;
                    }
                    return get.call(v, s.obj == s.objType ? null : s.obj, s.objType);
                }
            }
        }
        return BaseSlots.genericGetAttr(self, name);
    }
}
