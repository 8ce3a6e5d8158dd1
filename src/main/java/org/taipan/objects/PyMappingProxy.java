package org.taipan.objects;

/** {@code mappingproxy}: a read-only view of a mapping, what {@code C.__dict__} returns. */
public final class PyMappingProxy extends PyObject {
    private static final ArgParser NEW_ARGS = ArgParser.clinic("mappingproxy", "mapping");
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> PyStr.of("mappingproxy(" + Abstract.repr(((PyMappingProxy) self).mapping) + ")");
        t.str = self -> Abstract.str(((PyMappingProxy) self).mapping);
        t.getitem = (self, key) -> Abstract.getItem(((PyMappingProxy) self).mapping, key);
        t.length = self -> Abstract.length(((PyMappingProxy) self).mapping);
        t.iter = self -> Iter.of(((PyMappingProxy) self).mapping);
        t.contains = (self, key) -> Iter.contains(((PyMappingProxy) self).mapping, key);
        t.hash = null;
        t.richCompare = (v, w, op) -> Abstract.richCompare(((PyMappingProxy) v).mapping, w, op);
        t.tpNew = (type, args, kwnames) -> {
            PyObject m = NEW_ARGS.bind(args, 0, kwnames)[0];
            if (m.type().getitem == null || m instanceof PyList || m instanceof PyTuple) {
                throw Errors.typeError("mappingproxy() argument must be a mapping, not " + m.type().name());
            }
            return new PyMappingProxy(m);
        };
        t.nb[NumberOp.OR.ordinal()] = (v, w) -> Abstract.binaryOp(v instanceof PyMappingProxy p ? p.mapping : v,
                w instanceof PyMappingProxy p ? p.mapping : w, NumberOp.OR);
        t.nb[NumberOp.INPLACE_OR.ordinal()] = (v, w) -> {
            throw Errors.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        };
    }, t -> {
        for (String m : new String[] {"keys", "values", "items", "copy"}) {
            t.method(m, self -> call(self, m));
        }
        t.method("__reversed__", self -> PyReversed.of(((PyMappingProxy) self).mapping));
        t.dict().setItem(PyStr.of("__class_getitem__"), PyGenericAlias.classGetitem(t));
        t.method("get", (self, args, start, kw) -> {
            PyObject[] a = ArgParser.unpack("get", 1, 2).bind(args, start, kw);
            PyObject mapping = ((PyMappingProxy) self).mapping;
            return Abstract.callBound(mapping.type().lookup("get"), mapping,
                    a[1] == null ? new PyObject[] {a[0]} : new PyObject[] {a[0], a[1]});
        });
    });

    private static PyObject call(PyObject self, String name) {
        PyObject mapping = ((PyMappingProxy) self).mapping;
        return Abstract.callBound(mapping.type().lookup(name), mapping);
    }

    private final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
