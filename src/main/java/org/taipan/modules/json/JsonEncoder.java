package org.taipan.modules.json;

import java.util.IdentityHashMap;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/**
 * {@code _json.make_encoder}: JSONEncoder's work in Java, with or without indentation. Floats
 * and ints are written with float.__repr__ / int.__repr__ (never a subclass's repr), as
 * CPython's encoder does.
 */
final class JsonEncoder extends PyObject {
    private static final ArgParser ARGS_0 = ArgParser.clinic("encoder", "obj");
    static final PyType TYPE = PyType.builtin("_json.Encoder", JsonEncoder.class, PyType.OBJECT, 0, t -> {
        t.call = (self, args, kw) -> {
            PyObject[] a = ARGS_0.bind(args, 0, kw);
            JsonEncoder e = (JsonEncoder) self;
            StringBuilder b = new StringBuilder();
            e.markers = e.checkCircular ? new IdentityHashMap<>() : null;
            e.any(b, a[0], 0);
            return PyStr.of(b.toString());
        };
    }, null);

    private final PyObject dflt;
    private final boolean ascii, checkCircular, allowNan, sortKeys, skipKeys;
    private final String indent, keySep, itemSep;
    private IdentityHashMap<PyObject, Boolean> markers;

    JsonEncoder(PyObject[] a) {
        // default, ensure_ascii, check_circular, allow_nan, sort_keys, skipkeys, indent, key_separator, item_separator
        dflt = a[0];
        ascii = Abstract.isTrue(a[1]);
        checkCircular = Abstract.isTrue(a[2]);
        allowNan = Abstract.isTrue(a[3]);
        sortKeys = Abstract.isTrue(a[4]);
        skipKeys = Abstract.isTrue(a[5]);
        indent = a[6] == PyNone.INSTANCE ? null : ((PyStr) a[6]).value();
        keySep = strArg(a[7]);
        itemSep = strArg(a[8]);
    }

    private static String strArg(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError("make_encoder() argument must be str, not " + o.type().name());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void enter(int depth) {
        if (depth > org.taipan.vm.ThreadState.current().recursionLimit()) {
            throw Errors.of(ExceptionTypes.RECURSION_ERROR,
                    "maximum recursion depth exceeded while encoding a JSON object");
        }
    }

    private void mark(PyObject o) {
        if (markers != null && markers.put(o, Boolean.TRUE) != null) {
            throw Errors.valueError("Circular reference detected");
        }
    }

    private void unmark(PyObject o) {
        if (markers != null) {
            markers.remove(o);
        }
    }

    private String floatText(PyObject o) {
        double v = ((PyFloat) o).value();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            if (!allowNan) {
                throw Errors.valueError("Out of range float values are not JSON compliant");
            }
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        return ((PyStr) PyFloat.TYPE.repr.call(o)).value();
    }

    private void newline(StringBuilder b, int level) {
        b.append('\n');
        for (int k = 0; k < level; k++) {
            b.append(indent);
        }
    }

    /** Writes a scalar; false when o is not one. */
    private boolean scalar(StringBuilder b, PyObject o) {
        if (o instanceof PyStr s) {
            b.append(JsonModule.encode(s, ascii));
        } else if (o == PyNone.INSTANCE) {
            b.append("null");
        } else if (o == PyBool.TRUE) {
            b.append("true");
        } else if (o == PyBool.FALSE) {
            b.append("false");
        } else if (o instanceof PyInt) {
            b.append(((PyStr) PyInt.TYPE.repr.call(o)).value());
        } else if (o instanceof PyFloat) {
            b.append(floatText(o));
        } else {
            return false;
        }
        return true;
    }

    void any(StringBuilder b, PyObject o, int level) {
        if (scalar(b, o)) {
            return;
        }
        enter(level + 1);
        if (o instanceof PyList || o instanceof PyTuple) {
            list(b, o, level);
        } else if (o instanceof PyDict d) {
            dict(b, d, level);
        } else {
            mark(o);
            PyObject r = Abstract.call(dflt, new PyObject[] {o}, null);
            any(b, r, level);
            unmark(o);
        }
    }

    private void list(StringBuilder b, PyObject seq, int level) {
        PyObject[] items = seq instanceof PyTuple t && t.getClass() == PyTuple.class ? tupleItems(t) : Iter.toArray(seq);
        if (items.length == 0) {
            b.append("[]");
            return;
        }
        mark(seq);
        b.append('[');
        int inner = level + 1;
        if (indent != null) {
            newline(b, inner);
        }
        for (int k = 0; k < items.length; k++) {
            if (k > 0) {
                b.append(itemSep);
                if (indent != null) {
                    newline(b, inner);
                }
            }
            any(b, items[k], inner);
        }
        if (indent != null) {
            newline(b, level);
        }
        b.append(']');
        unmark(seq);
    }

    private static PyObject[] tupleItems(PyTuple t) {
        return Iter.toArray(t);
    }

    private void dict(StringBuilder b, PyDict d, int level) {
        if (d.size() == 0) {
            b.append("{}");
            return;
        }
        mark(d);
        PyObject[] keys, values;
        if (d.getClass() == PyDict.class && !sortKeys) {
            keys = d.keysArray();
            values = d.valuesArray();
        } else {
            PyObject items = Abstract.call(Abstract.getAttr(d, PyStr.of("items")), new PyObject[0], null);
            PyList list = (PyList) Abstract.call(PyList.TYPE, new PyObject[] {items}, null);
            if (sortKeys) {
                Abstract.call(Abstract.getAttr(list, PyStr.of("sort")), new PyObject[0], null);
            }
            PyObject[] pairs = Iter.toArray(list);
            keys = new PyObject[pairs.length];
            values = new PyObject[pairs.length];
            for (int k = 0; k < pairs.length; k++) {
                PyObject[] kv = Iter.unpack(pairs[k], 2);
                keys[k] = kv[0];
                values[k] = kv[1];
            }
        }
        b.append('{');
        int inner = level + 1;
        if (indent != null) {
            newline(b, inner);
        }
        boolean first = true;
        for (int k = 0; k < keys.length; k++) {
            PyObject key = keys[k];
            String text;
            if (key instanceof PyStr s) {
                text = null;
            } else if (key instanceof PyFloat) {
                text = floatText(key);
            } else if (key == PyBool.TRUE) {
                text = "true";
            } else if (key == PyBool.FALSE) {
                text = "false";
            } else if (key == PyNone.INSTANCE) {
                text = "null";
            } else if (key instanceof PyInt) {
                text = ((PyStr) PyInt.TYPE.repr.call(key)).value();
            } else if (skipKeys) {
                continue;
            } else {
                throw Errors.typeError("keys must be str, int, float, bool or None, not " + key.type().name());
            }
            if (!first) {
                b.append(itemSep);
                if (indent != null) {
                    newline(b, inner);
                }
            }
            first = false;
            b.append(JsonModule.encode(text == null ? (PyStr) key : PyStr.of(text), ascii));
            b.append(keySep);
            any(b, values[k], inner);
        }
        if (indent != null) {
            newline(b, level);
        }
        b.append('}');
        unmark(d);
    }
}
