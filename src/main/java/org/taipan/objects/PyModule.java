package org.taipan.objects;

import org.taipan.util.PyRepr;

/** A module: a named namespace. */
public final class PyModule extends PyObject implements HeapObject {
    public static final PyType TYPE = PyType.builtin("module", PyModule.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = PyModule::repr;
        t.getattro = PyModule::getattr;
        t.tpNew = (type, args, kwnames) -> {
            PyObject[] p = ArgParser.clinic("module", "name, doc=None").bind(args, 0, kwnames);
            if (!(p[0] instanceof PyStr name)) {
                throw Errors.typeError("module.__init__() argument 'name' must be str, not " + Errors.argTypeName(p[0]));
            }
            PyModule m = new PyModule(name.toString(), new PyDict());
            if (type != PyModule.TYPE) {
                m.type = type;
                m.slots = HeapObject.newSlots(type);
            }
            if (p[1] != null) {
                m.dict.setItem(PyStr.of("__doc__"), p[1]);
            }
            return m;
        };
    }, t -> {
        PyGetSetDescr.getter(t, "__dict__", PyObject::instanceDict);
        // dir(module): its namespace's names, or what a __dir__ function in the namespace says
        t.method("__dir__", self -> {
            PyDict d = self.instanceDict();
            PyObject own = d.getItem(PyStr.of("__dir__"));
            return own != null ? Abstract.call(own, new PyObject[0], null) : PyList.wrap(d.keysArray());
        });
    });

    /** The module {@code sys.modules} holds under a name, or null: set by the import system. */
    public static java.util.function.Function<String, PyObject> loadedModule = n -> null;

    private final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        if (dict.getItem(PyStr.of("__name__")) == null) {
            // the keys and order CPython's module_init_dict gives a new module
            dict.setItem(PyStr.of("__name__"), PyStr.of(name));
            dict.setItem(PyStr.of("__doc__"), PyNone.INSTANCE);
            dict.setItem(PyStr.of("__package__"), PyNone.INSTANCE);
            dict.setItem(PyStr.of("__loader__"), PyNone.INSTANCE);
            dict.setItem(PyStr.of("__spec__"), PyNone.INSTANCE);
        }
    }

    /** The class: module, or a subclass defined in Python (also after {@code __class__} assignment). */
    private PyType type = TYPE;
    private PyObject[] slots;

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType t) {
        type = t;
        if (slots == null) {
            slots = HeapObject.newSlots(t);
        }
    }

    @Override
    public PyObject[] slotValues() {
        return slots;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    public String name() {
        PyObject n = dict.getItem(PyStr.of("__name__"));
        return n instanceof PyStr s ? s.toString() : "?";
    }

    private static PyObject repr(PyObject self) {
        PyModule m = (PyModule) self;
        PyObject spec = m.dict.getItem(PyStr.of("__spec__"));
        if (spec != null && spec != PyNone.INSTANCE) {
            PyObject r = reprFromSpec(m, spec);
            if (r != null) {
                return r;
            }
        }
        PyObject file = m.dict.getItem(PyStr.of("__file__"));
        if (file instanceof PyStr f) {
            return PyStr.of("<module '" + m.name() + "' from '" + f + "'>");
        }
        return PyStr.of("<module '" + m.name() + "'" + (m.builtin ? " (built-in)" : "") + ">");
    }

    /** CPython's repr from the spec: {@code from 'origin'} for a file, {@code (origin)} or {@code (loader)} otherwise. */
    private static PyObject reprFromSpec(PyModule m, PyObject spec) {
        PyObject origin = Abstract.lookupAttr(spec, PyStr.of("origin"));
        if (origin == null) {
            return null;
        }
        String name = PyRepr.str(m.name());
        if (origin == PyNone.INSTANCE) {
            PyObject loader = Abstract.lookupAttr(spec, PyStr.of("loader"));
            return PyStr.of(loader == null || loader == PyNone.INSTANCE ? "<module " + name + ">"
                    : "<module " + name + " (" + Abstract.repr(loader) + ")>");
        }
        PyObject hasLocation = Abstract.lookupAttr(spec, PyStr.of("has_location"));
        if (hasLocation != null && Abstract.isTrue(hasLocation)) {
            return PyStr.of("<module " + name + " from " + Abstract.repr(origin) + ">");
        }
        return PyStr.of("<module " + name + " (" + Abstract.str(origin) + ")>");
    }

    /** Whether the module is implemented in Java (its repr says "(built-in)"). */
    public boolean builtin;

    private static PyObject getattr(PyObject self, PyStr name) {
        try {
            return BaseSlots.genericGetAttr(self, name);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            PyModule m = (PyModule) self;
            // PEP 562: a module-level __getattr__ answers for names the module does not have
            PyObject hook = m.dict.getItem(PyStr.of("__getattr__"));
            if (hook != null) {
                return Abstract.call(hook, new PyObject[] {name}, null);
            }
            String modName = m.dict.getItem(PyStr.of("__name__")) instanceof PyStr s ? s.toString() : null;
            if (modName == null) {
                throw Errors.attributeError(self, name, "module has no attribute '" + name + "'");
            }
            PyObject sub = loadedModule.apply(modName + "." + name);
            if (sub instanceof PyModule sm && initializing(sm)) {
                throw Errors.attributeError(self, name, "cannot access submodule '" + name + "' of module '" + modName
                        + "' (most likely due to a circular import)");
            }
            String prefix = initializing(m) ? "partially initialized module '" : "module '";
            String suffix = initializing(m) ? " (most likely due to a circular import)" : "";
            throw Errors.attributeError(self, name, prefix + modName + "' has no attribute '" + name + "'" + suffix);
        }
    }

    /** Whether the module's body is still running ({@code __spec__._initializing}). */
    private static boolean initializing(PyModule m) {
        PyObject spec = m.dict.getItem(PyStr.of("__spec__"));
        if (spec == null || spec == PyNone.INSTANCE) {
            return false;
        }
        try {
            PyObject v = Abstract.lookupAttr(spec, PyStr.of("_initializing"));
            return v != null && Abstract.isTrue(v);
        } catch (PyException e) {
            return false;
        }
    }

    /** Adds a Java function to the module. */
    public void def(String name, BuiltinMethod.General f) {
        add(BuiltinMethod.of(name, null, f));
    }

    /** A function of no arguments (METH_NOARGS): refuses any with CPython's messages. */
    public void def(String name, BuiltinMethod.NoArgs f) {
        add(BuiltinMethod.of(name, null, f));
    }

    public void def(String name, BuiltinMethod.OneArg f) {
        add(BuiltinMethod.of(name, null, f));
    }

    private void add(BuiltinMethod m) {
        String module = name();
        if (!module.equals("builtins")) {
            m.module = module;
        }
        dict.setItem(PyStr.intern(m.name), new PyBuiltinFunction(m, null, this));
    }

    /** Gives functions already defined their {@code __text_signature__}: pairs of name and signature. */
    public void textSignatures(String... nameSignature) {
        for (int i = 0; i < nameSignature.length; i += 2) {
            if (dict.getItem(PyStr.of(nameSignature[i])) instanceof PyBuiltinFunction f) {
                f.method.textSignature = nameSignature[i + 1];
            }
        }
    }

    public void set(String name, PyObject value) {
        dict.setItem(PyStr.of(name), value);
    }
}
