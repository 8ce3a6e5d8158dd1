package org.taipan.objects;

/** {@code property}: a data descriptor calling fget/fset/fdel. */
public final class PyProperty extends PyObject {
    private static final ArgParser ARGS = ArgParser.clinic("property", "fget=None, fset=None, fdel=None, doc=None");

    public static final PyType TYPE = PyType.builtin("property", PyProperty.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tpNew = (type, args, kwnames) -> new PyProperty(type);
        t.init = (self, args, kwnames) -> ((PyProperty) self).init(ARGS.bind(args, 0, kwnames));
        t.descrGet = (self, obj, type) -> ((PyProperty) self).get(obj);
        t.descrSet = (self, obj, value) -> ((PyProperty) self).set(obj, value);
    }, t -> {
        PyGetSetDescr.member(t, "fget", self -> ((PyProperty) self).fget);
        PyGetSetDescr.member(t, "fset", self -> ((PyProperty) self).fset);
        PyGetSetDescr.member(t, "fdel", self -> ((PyProperty) self).fdel);
        PyGetSetDescr.getset(t, "__doc__", self -> ((PyProperty) self).doc, (self, v) ->
                ((PyProperty) self).doc = v == null ? PyNone.INSTANCE : v);
        PyGetSetDescr.getter(t, "__isabstractmethod__", self -> {
            PyProperty p = (PyProperty) self;
            for (PyObject f : new PyObject[] {p.fget, p.fset, p.fdel}) {
                PyObject v = f == PyNone.INSTANCE ? null : Abstract.lookupAttr(f, PyStr.of("__isabstractmethod__"));
                if (v != null && Abstract.isTrue(v)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        t.method("getter", (self, f) -> ((PyProperty) self).copy(f, null, null));
        t.method("setter", (self, f) -> ((PyProperty) self).copy(null, f, null));
        t.method("deleter", (self, f) -> ((PyProperty) self).copy(null, null, f));
        t.method("__set_name__", (self, args, start, kwnames) -> {
            PyObject[] a = ArgParser.unpack("__set_name__", 2, 2).bind(args, start, kwnames);
            ((PyProperty) self).name = a[1];
            return PyNone.INSTANCE;
        });
    });

    private final PyType type;
    PyObject fget = PyNone.INSTANCE, fset = PyNone.INSTANCE, fdel = PyNone.INSTANCE, doc = PyNone.INSTANCE;
    private PyObject name;
    /** Whether the doc came from fget (it then follows a new getter in copies). */
    private boolean getterDoc;

    /** For instances of subclasses only. */
    private PyDict dict;

    private PyProperty(PyType type) {
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

    private void init(PyObject[] a) {
        fget = a[0] == null ? PyNone.INSTANCE : a[0];
        fset = a[1] == null ? PyNone.INSTANCE : a[1];
        fdel = a[2] == null ? PyNone.INSTANCE : a[2];
        doc = a[3] == null ? PyNone.INSTANCE : a[3];
        getterDoc = false;
        if (doc == PyNone.INSTANCE && fget != PyNone.INSTANCE) {
            PyObject d = Abstract.lookupAttr(fget, PyStr.of("__doc__"));
            if (d != null && d != PyNone.INSTANCE) {
                doc = d;
                getterDoc = true;
            }
        }
        if (type != TYPE && doc != PyNone.INSTANCE) {
            // the subclass's own __doc__ (None by default) would hide the getset
            instanceDict().setItem(PyStr.of("__doc__"), doc);
        }
    }

    private PyObject copy(PyObject g, PyObject s, PyObject d) {
        PyObject newDoc = getterDoc && g != null ? PyNone.INSTANCE : doc;
        PyObject p = Abstract.call(type, new PyObject[] {g != null ? g : fget, s != null ? s : fset,
                d != null ? d : fdel, newDoc}, null);
        if (p instanceof PyProperty pp && name != null) {
            pp.name = name;
        }
        return p;
    }

    private String what(PyObject obj) {
        String owner = "'" + obj.type().qualname() + "' object";
        return name instanceof PyStr n ? "property '" + n + "' of " + owner : "property of " + owner;
    }

    private PyObject get(PyObject obj) {
        if (obj == null) {
            return this;
        }
        if (fget == PyNone.INSTANCE) {
            throw Errors.attributeError(what(obj) + " has no getter");
        }
        return Abstract.call(fget, new PyObject[] {obj}, null);
    }

    private void set(PyObject obj, PyObject value) {
        PyObject f = value == null ? fdel : fset;
        if (f == PyNone.INSTANCE) {
            throw Errors.attributeError(what(obj) + (value == null ? " has no deleter" : " has no setter"));
        }
        Abstract.call(f, value == null ? new PyObject[] {obj} : new PyObject[] {obj, value}, null);
    }
}
