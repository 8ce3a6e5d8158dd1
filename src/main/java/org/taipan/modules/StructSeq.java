package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Slot;

/**
 * A named tuple made in Java, like CPython's struct sequences ({@code sys.version_info},
 * {@code sys.flags}): indexes, iterates and compares as a tuple, with the fields as attributes
 * and a repr that names them.
 */
public final class StructSeq extends PyObject {
    private final PyType type;
    private final String[] names;
    final PyTuple values;
    /** Fields that are attributes only, not items (time.struct_time's tm_zone, tm_gmtoff); may be empty. */
    private final String[] extraNames;
    private final PyObject[] extra;

    private StructSeq(PyType type, String[] names, PyTuple values, String[] extraNames, PyObject[] extra) {
        this.type = type;
        this.names = names;
        this.values = values;
        this.extraNames = extraNames;
        this.extra = extra;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static PyTuple tuple(PyObject o) {
        return o instanceof StructSeq s ? s.values : (PyTuple) o;
    }

    /** A new struct-sequence type named {@code name} (as in "sys.version_info") with these fields. */
    public static PyType newType(String name, String[] fields) {
        Slot.Unary iter = PyTuple.TYPE.iter;
        return PyType.builtin(name, StructSeq.class, PyType.OBJECT, 0, t -> {
            t.repr = self -> {
                StructSeq s = (StructSeq) self;
                StringBuilder sb = new StringBuilder(name).append('(');
                for (int i = 0; i < s.names.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(s.names[i]).append('=').append(Abstract.repr(s.values.get(i)));
                }
                return PyStr.of(sb.append(')').toString());
            };
            t.length = self -> ((StructSeq) self).values.size();
            t.getitem = (self, key) -> Abstract.getItem(((StructSeq) self).values, key);
            t.iter = self -> iter.call(((StructSeq) self).values);
            t.hash = self -> Abstract.hash(((StructSeq) self).values);
            t.richCompare = (v, w, op) -> w instanceof StructSeq || w instanceof PyTuple
                    ? Abstract.richCompare(tuple(v), tuple(w), op) : org.taipan.objects.PyNotImplemented.INSTANCE;
            t.getattro = (self, attr) -> {
                StructSeq s = (StructSeq) self;
                for (int i = 0; i < s.names.length; i++) {
                    if (s.names[i].equals(attr.toString())) {
                        return s.values.get(i);
                    }
                }
                for (int i = 0; i < s.extraNames.length; i++) {
                    if (s.extraNames[i].equals(attr.toString())) {
                        return s.extra[i];
                    }
                }
                return org.taipan.objects.Abstract.getAttr(s.values, attr);
            };
        }, null);
    }

    public static StructSeq of(PyType type, String[] names, PyObject... values) {
        return new StructSeq(type, names, PyTuple.of(values), new String[0], new PyObject[0]);
    }

    /** A value with attribute-only fields after the items. */
    /**
     * A struct-sequence type that Python code may also call, as {@code NAME(sequence)} with
     * exactly one item per field (threading's {@code ExceptHookArgs}).
     */
    public static PyType newConstructible(String name, String[] fields) {
        PyType t = newType(name, fields);
        t.tpNew = (type, args, kw) -> {
            PyObject[] p = org.taipan.objects.ArgParser.clinic(name.substring(name.lastIndexOf('.') + 1),
                    "sequence, dict=None").bind(args, 0, kw);
            PyObject[] items = org.taipan.objects.Iter.toArray(p[0]);
            if (items.length != fields.length) {
                throw org.taipan.objects.Errors.typeError(name + "() takes a " + fields.length + "-sequence ("
                        + items.length + "-sequence given)");
            }
            return of(type, fields, items);
        };
        return t;
    }

    static StructSeq withExtra(PyType type, String[] names, PyObject[] values, String[] extraNames, PyObject[] extra) {
        return new StructSeq(type, names, PyTuple.of(values), extraNames, extra);
    }

    /** The items of a struct sequence or tuple, or null. */
    static PyTuple items(PyObject o) {
        return o instanceof StructSeq s ? s.values : o instanceof PyTuple t ? t : null;
    }

    /** An attribute-only field of a struct sequence, or null. */
    static PyObject extra(PyObject o, int i) {
        return o instanceof StructSeq s && i < s.extra.length ? s.extra[i] : null;
    }
}
