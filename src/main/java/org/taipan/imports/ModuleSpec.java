package org.taipan.imports;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;

/**
 * {@code importlib.machinery.ModuleSpec}: what a finder found (name, loader, origin, the
 * package's search locations) and what the module's import attributes are set from. Attributes
 * live in an instance dict, as they do on CPython's pure-Python class, so programs may set their own.
 */
public final class ModuleSpec extends PyObject {
    private static final ArgParser NEW = ArgParser.clinic("ModuleSpec",
            "name, loader, *, origin=None, loader_state=None, is_package=None");

    public static final PyType TYPE = PyType.builtin("_frozen_importlib.ModuleSpec", ModuleSpec.class, PyType.OBJECT,
            0, t -> {
                t.repr = ModuleSpec::repr;
                t.tpNew = (type, args, kwnames) -> {
                    PyObject[] p = NEW.bind(args, 0, kwnames);
                    PyObject isPkg = p[4] == null ? PyNone.INSTANCE : p[4];
                    ModuleSpec s = new ModuleSpec(Abstract.str(p[0]).value(), p[1],
                            p[2] == null || p[2] == PyNone.INSTANCE ? null : p[2], Abstract.isTrue(isPkg) ? new PyList() : null);
                    if (p[3] != null) {
                        s.set("loader_state", p[3]);
                    }
                    return s;
                };
                t.richCompare = (self, other, op) -> {
                    if (op != org.taipan.objects.CompareOp.EQ || !(other instanceof ModuleSpec o)) {
                        return org.taipan.objects.PyNotImplemented.INSTANCE;
                    }
                    ModuleSpec s = (ModuleSpec) self;
                    for (String k : new String[] {"name", "loader", "origin", "submodule_search_locations", "cached",
                        "has_location"}) {
                        if (!Abstract.richCompareBool(s.attr(k), o.attr(k), org.taipan.objects.CompareOp.EQ)) {
                            return PyBool.FALSE;
                        }
                    }
                    return PyBool.TRUE;
                };
            }, t -> {
                PyGetSetDescr.getter(t, "parent", self -> PyStr.of(((ModuleSpec) self).parent()));
                PyGetSetDescr.getset(t, "cached", self -> ((ModuleSpec) self).cached(), (self, v) ->
                        ((ModuleSpec) self).set("_cached", v == null ? PyNone.INSTANCE : v));
                PyGetSetDescr.getset(t, "has_location", self -> ((ModuleSpec) self).attr("_set_fileattr"), (self, v) ->
                        ((ModuleSpec) self).set("_set_fileattr", PyBool.of(v != null && Abstract.isTrue(v))));
            });

    private final PyDict dict = new PyDict();

    /** A spec; {@code origin} null for none, {@code locations} non-null for a package. */
    public ModuleSpec(String name, PyObject loader, PyObject origin, PyObject locations) {
        set("name", PyStr.of(name));
        set("loader", loader == null ? PyNone.INSTANCE : loader);
        set("origin", origin == null ? PyNone.INSTANCE : origin);
        set("loader_state", PyNone.INSTANCE);
        set("submodule_search_locations", locations == null ? PyNone.INSTANCE : locations);
        set("_set_fileattr", PyBool.FALSE);
        set("_cached", PyNone.INSTANCE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    void set(String name, PyObject v) {
        dict.setItem(PyStr.of(name), v);
    }

    /** An attribute as a program sees it (None if it was deleted). */
    PyObject attr(String name) {
        PyObject v = Abstract.lookupAttr(this, PyStr.of(name));
        return v == null ? PyNone.INSTANCE : v;
    }

    public String name() {
        return Abstract.str(attr("name")).value();
    }

    public PyObject loader() {
        return attr("loader");
    }

    /** The origin as a Java string, or null. */
    public String origin() {
        return attr("origin") instanceof PyStr s ? s.value() : null;
    }

    public boolean isPackage() {
        return attr("submodule_search_locations") != PyNone.INSTANCE;
    }

    /** The package the module belongs to: itself for a package, else the name up to its last dot. */
    public String parent() {
        String n = name();
        if (isPackage()) {
            return n;
        }
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    /** Where the compiled file is (or would be) cached: computed from a source origin on first use. */
    private PyObject cached() {
        PyObject c = dict.getItem(PyStr.of("_cached"));
        if (c == PyNone.INSTANCE && Abstract.isTrue(attr("_set_fileattr")) && origin() != null) {
            String o = origin();
            if (o.endsWith(".py") && !o.startsWith(Stdlib.PREFIX)) {
                c = PyStr.of(PycCache.cacheFromSource(o, Importer.optimizeLevel()));
                set("_cached", c);
            } else if (o.endsWith(".pyc")) {
                c = PyStr.of(o);
                set("_cached", c);
            }
        }
        return c;
    }

    private static PyObject repr(PyObject self) {
        ModuleSpec s = (ModuleSpec) self;
        StringBuilder sb = new StringBuilder("ModuleSpec(name=").append(Abstract.repr(s.attr("name")))
                .append(", loader=").append(Abstract.repr(s.attr("loader")));
        if (s.attr("origin") != PyNone.INSTANCE) {
            sb.append(", origin=").append(Abstract.repr(s.attr("origin")));
        }
        if (s.isPackage()) {
            sb.append(", submodule_search_locations=").append(Abstract.repr(s.attr("submodule_search_locations")));
        }
        return PyStr.of(sb.append(')').toString());
    }

    static PyObject requireSpec(PyObject o) {
        if (o == null || o == PyNone.INSTANCE) {
            throw Errors.valueError("spec is None");
        }
        return o;
    }
}
