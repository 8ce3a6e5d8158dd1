package org.taipan.modules;

import java.util.List;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyWeakRef;
import org.taipan.objects.WeakRefs;

/**
 * {@code _weakref}: the weak reference types and functions that {@code weakref.py} builds on.
 * The machinery is in {@link WeakRefs}; callbacks run on the interpreter thread ({@code vm.Collector}).
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    private static final ArgParser PROXY = ArgParser.unpack("proxy", 1, 2);

    public static PyModule create() {
        PyModule m = new PyModule("_weakref", new PyDict());
        m.builtin = true;
        m.set("ref", PyWeakRef.TYPE);
        m.set("ReferenceType", PyWeakRef.TYPE);
        m.set("ProxyType", WeakRefs.proxyType(false));
        m.set("CallableProxyType", WeakRefs.proxyType(true));
        m.def("proxy", (self, a, start, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("_weakref.proxy() takes no keyword arguments");
            }
            PyObject[] args = PROXY.bind(a, start, null);
            return WeakRefs.proxy(args[0], args[1]);
        });
        m.def("getweakrefcount", (self, o) -> PyInt.of(WeakRefs.refsTo(o).size()));
        m.def("getweakrefs", (self, o) -> {
            List<PyWeakRef> refs = WeakRefs.refsTo(o);
            return PyList.wrap(refs.toArray(new PyObject[0]));
        });
        m.def("_remove_dead_weakref", (self, a, start, kw) -> {
            PyObject[] args = ArgParser.unpack("_remove_dead_weakref", 2, 2).bind(a, start, kw);
            if (!(args[0] instanceof PyDict d)) {
                throw Errors.typeError("_remove_dead_weakref() argument 1 must be dict, not " + args[0].type().name());
            }
            PyObject v = d.getItem(args[1]);
            if (v instanceof PyWeakRef w && w.get() == null) {
                d.delItem(args[1]);
            }
            return PyNone.INSTANCE;
        });
        return m;
    }
}
