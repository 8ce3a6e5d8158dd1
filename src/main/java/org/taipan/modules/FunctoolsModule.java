package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/** {@code _functools}: the parts of {@code functools} that run per element, in Java: reduce, cmp_to_key. */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    private static final ArgParser REDUCE = ArgParser.unpack("reduce", 2, 3).varargs();
    private static final ArgParser CMP_TO_KEY = ArgParser.clinic("cmp_to_key", "mycmp");
    private static final ArgParser K_ARGS = ArgParser.clinic("K", "obj");

    public static PyModule create() {
        PyModule m = new PyModule("_functools", new PyDict());
        m.builtin = true;
        m.def("reduce", (self, args, start, kw) -> {
            PyObject[] a = REDUCE.bind(args, start, kw);
            PyObject it;
            try {
                it = Iter.of(a[1]);
            } catch (PyException e) {
                if (!e.value.type().isSubtype(org.taipan.objects.ExceptionTypes.TYPE_ERROR)) {
                    throw e;
                }
                throw Errors.typeError("reduce() arg 2 must support iteration");
            }
            PyObject acc = a[2];
            PyObject[] pair = new PyObject[2];
            for (PyObject v = Iter.next(it); v != null; v = Iter.next(it)) {
                if (acc == null) {
                    acc = v;
                } else {
                    pair[0] = acc;
                    pair[1] = v;
                    acc = Abstract.call(a[0], pair, null);
                    pair = new PyObject[2];
                }
            }
            if (acc == null) {
                throw Errors.typeError("reduce() of empty iterable with no initial value");
            }
            return acc;
        });
        m.def("cmp_to_key", (self, args, start, kw) ->
                new KeyWrapper(CMP_TO_KEY.bind(args, start, kw)[0], null));
        m.set("KeyWrapper", KeyWrapper.TYPE);
        m.set("_lru_cache_wrapper", LruCache.TYPE);
        return m;
    }

    /** {@code functools.KeyWrapper}: what cmp_to_key returns, and calling it wraps one value. */
    static final class KeyWrapper extends PyObject {
        static final PyType TYPE = PyType.builtin("functools.KeyWrapper", KeyWrapper.class, PyType.OBJECT, 0, t -> {
            t.hash = null;
            t.call = (self, args, kw) -> {
                PyObject[] a = K_ARGS.bind(args, 0, kw);
                return new KeyWrapper(((KeyWrapper) self).cmp, a[0]);
            };
            t.richCompare = (v, w, op) -> {
                if (!(w instanceof KeyWrapper other)) {
                    throw Errors.typeError("other argument must be K instance");
                }
                KeyWrapper k = (KeyWrapper) v;
                if (k.obj == null || other.obj == null) {
                    throw Errors.attributeError("object");
                }
                PyObject r = Abstract.call(k.cmp, new PyObject[] {k.obj, other.obj}, null);
                return PyBool.of(Abstract.richCompareBool(r, PyInt.of(0), op));
            };
        }, t -> PyGetSetDescr.getter(t, "obj", self -> {
            PyObject o = ((KeyWrapper) self).obj;
            if (o == null) {
                throw Errors.attributeError("obj");
            }
            return o;
        }));

        final PyObject cmp, obj;

        KeyWrapper(PyObject cmp, PyObject obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
