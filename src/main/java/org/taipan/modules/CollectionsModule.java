package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.Iter;
import org.taipan.objects.NumberOp;
import org.taipan.objects.PyDeque;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * {@code _collections}: what {@code collections} (in Python) needs to be fast: {@code deque},
 * the field descriptor of named tuples ({@code _tuplegetter}) and {@code Counter}'s counting loop.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    private static final ArgParser COUNT_ARGS = ArgParser.unpack("_count_elements", 2, 2);

    public static PyModule create() {
        PyModule m = new PyModule("_collections", new PyDict());
        m.builtin = true;
        m.set("deque", PyDeque.TYPE);
        m.set("_tuplegetter", TupleGetter.TYPE);
        m.def("_count_elements", (self, args, start, kw) -> {
            PyObject[] a = COUNT_ARGS.bind(args, start, kw);
            countElements(a[0], a[1]);
            return PyNone.INSTANCE;
        });
        return m;
    }

    private static void countElements(PyObject mapping, PyObject iterable) {
        PyObject it = Iter.of(iterable);
        PyInt one = PyInt.of(1);
        if (mapping instanceof PyDict d && d.type().getitem == PyDict.TYPE.getitem
                && d.type().setitem == PyDict.TYPE.setitem) {
            for (PyObject v = Iter.next(it); v != null; v = Iter.next(it)) {
                PyObject old = d.getItem(v);
                d.setItem(v, old == null ? one : Abstract.binaryOp(old, one, NumberOp.ADD));
            }
            return;
        }
        PyObject get = Abstract.getAttr(mapping, PyStr.of("get"));
        PyInt zero = PyInt.of(0);
        for (PyObject v = Iter.next(it); v != null; v = Iter.next(it)) {
            PyObject old = Abstract.call(get, new PyObject[] {v, zero}, null);
            Abstract.setItem(mapping, v, Abstract.binaryOp(old, one, NumberOp.ADD));
        }
    }

    /** The descriptor of one field of a named tuple: {@code obj[index]}, read-only. */
    static final class TupleGetter extends PyObject {
        static final PyType TYPE = PyType.builtin("_collections._tuplegetter", TupleGetter.class, PyType.OBJECT, 0,
                t -> {
                    t.tpNew = (type, args, kw) -> {
                        PyObject[] a = ArgParser.unpack("_tuplegetter", 2, 2).bind(args, 0, kw);
                        return new TupleGetter(Seq.asSsize(a[0]), a[1]);
                    };
                    t.descrGet = (self, obj, type) -> obj == null ? self : ((TupleGetter) self).get(obj);
                    t.descrSet = (self, obj, value) -> {
                        throw Errors.attributeError(value == null ? "can't delete attribute" : "can't set attribute");
                    };
                }, t -> PyGetSetDescr.getset(t, "__doc__", self -> ((TupleGetter) self).doc,
                        (self, value) -> ((TupleGetter) self).doc = value == null ? PyNone.INSTANCE : value));

        private final long index;
        private PyObject doc;

        TupleGetter(long index, PyObject doc) {
            this.index = index;
            this.doc = doc;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyObject get(PyObject obj) {
            if (!(obj instanceof PyTuple t)) {
                throw Errors.typeError("descriptor for index '" + index + "' for tuple subclasses doesn't apply to '"
                        + obj.type().name() + "' object");
            }
            if (index >= t.size()) {
                throw Errors.indexError("tuple index out of range");
            }
            return t.get((int) index);
        }
    }
}
